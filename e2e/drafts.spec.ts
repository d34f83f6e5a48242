import { expect, test } from '@playwright/test';
import { screenshot } from './screenshot';

test('a new blank draft opens in the editor and is listed on the home page', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: '我的报告' })).toBeVisible();
  await page.getByRole('button', { name: '新建报告' }).click();
  await expect(page).toHaveURL(/#\/drafts\/[0-9a-f-]{36}\/basics$/);
  await expect(
    page.getByRole('status').filter({ hasText: /已保存 \d{2}:\d{2}:\d{2}/ }),
  ).toBeVisible();
  await page.getByRole('link', { name: /年报/ }).click();
  await expect(page.getByRole('link', { name: /未命名报告/ })).toHaveCount(1);
  await screenshot(page, 'drafts-list-first');
});
