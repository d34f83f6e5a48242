import { expect, test } from '@playwright/test';
import { screenshot } from './screenshot';

test('the app opens in Chinese with its name and, on a draft, the steps of a report', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/年报/);
  await expect(page.getByRole('link', { name: /年报/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: '我的报告' })).toBeVisible();
  await page.getByRole('button', { name: '新建报告' }).click();
  const steps = page.getByRole('navigation', { name: '报告步骤' });
  await expect(steps.getByRole('listitem')).toHaveText([
    /^基本信息/,
    /^一、总体情况/,
    /^二、主动公开政府信息情况/,
    /^三、收到和处理政府信息公开申请情况/,
    /^四、政府信息公开行政复议、行政诉讼情况/,
    /^五、存在的主要问题及改进情况/,
    /^六、其他需要报告的事项/,
    /^审核与导出/,
  ]);
  await screenshot(page, 'shell');
});

test.describe('when the editor code cannot load', () => {
  test.use({ serviceWorkers: 'block' });

  test('a draft address says so in Chinese and 重试 opens the draft once it can', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: '新建报告' }).click();
    await expect(page.getByRole('navigation', { name: '报告步骤' })).toBeVisible();
    const draftUrl = page.url();

    const editorChunk = /draft-editor-page-[^/]*\.js$/;
    await page.route(editorChunk, (route) => route.abort());
    await page.goto('about:blank');
    await page.goto(draftUrl);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('编辑页面的程序没有加载成功');
    await screenshot(page, 'shell-editor-load-failed');

    await page.unroute(editorChunk);
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(page.getByRole('navigation', { name: '报告步骤' })).toBeVisible();
  });
});
