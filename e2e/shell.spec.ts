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
