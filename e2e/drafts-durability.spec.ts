/**
 * Nothing typed is lost: closing the page right after typing, reloading mid-edit, closing the
 * whole browser and opening it again on the same profile. Real Chromium, real IndexedDB.
 */
import { expect, test } from '@playwright/test';
import {
  createBlankDraft,
  expectSaved,
  openDraft,
  saveStatus,
  withBrowserProfile,
} from './drafts-helpers';

test('text typed just before the page closes is there when the draft reopens, every time', async ({
  context,
}) => {
  const first = await context.newPage();
  const id = await createBlankDraft(first);
  await first.close();
  for (let round = 1; round <= 12; round++) {
    const page = await context.newPage();
    await openDraft(page, id);
    const agency = page.getByLabel('机关名称');
    await expect(agency).toHaveValue(round === 1 ? '' : `第${round - 1}次关闭前输入的机关`);
    await agency.fill(`第${round}次关闭前输入的机关`);
    // Well within the half-second autosave delay: the write has not even started.
    await expect(saveStatus(page)).toHaveText('保存中…');
    await page.close();
  }
  const page = await context.newPage();
  await openDraft(page, id);
  await expect(page.getByLabel('机关名称')).toHaveValue('第12次关闭前输入的机关');
  await expectSaved(page);
});

test('a reload in the middle of typing keeps every character', async ({ page }) => {
  const id = await createBlankDraft(page);
  await page.getByRole('link', { name: /一、总体情况/ }).click();
  const overview = page.getByRole('textbox', { name: /总体情况/ });
  await overview.click();
  await overview.pressSequentially('本机关认真贯彻落实条例', { delay: 20 });
  await page.reload();
  await expect(page.getByRole('textbox', { name: /总体情况/ })).toHaveValue(
    '本机关认真贯彻落实条例',
  );
  await page.goto(`./#/drafts/${id}/basics`);
  await page.goto('./');
  await expect(page.getByRole('link', { name: /未命名报告/ })).toHaveCount(1);
});

test('closing the browser and opening it again on the same profile loses nothing', async ({
  baseURL,
}, testInfo) => {
  await withBrowserProfile(testInfo, baseURL, async ({ open }) => {
    let { context, page } = await open();
    const id = await createBlankDraft(page);
    await page.getByLabel('机关名称').fill('关闭浏览器前的机关');
    await expectSaved(page);
    await page.getByLabel('落款机关').fill('刚输入就关闭浏览器');
    await context.close();

    ({ context, page } = await open());
    await openDraft(page, id);
    await expect(page.getByLabel('机关名称')).toHaveValue('关闭浏览器前的机关');
    await expect(page.getByLabel('落款机关')).toHaveValue('刚输入就关闭浏览器');
    await context.close();
  });
});
