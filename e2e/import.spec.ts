/**
 * Importing published reports in a real browser: pasted page text, a saved HTML page and a PDF
 * read beside their source with their problems, a draft created only on confirmation; and
 * year N+1 started from a draft with 上年结转 filled.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { screenshot } from './screenshot';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string): string => path.resolve(repoRoot, '../shared/fixtures', name);

async function openImport(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: '从已发布的报告导入' }).click();
  const dialog = page.getByRole('dialog', { name: '从已发布的报告导入' });
  await expect(dialog).toBeVisible();
  return dialog;
}

function gridCell(page: Page, name: string) {
  return page
    .getByRole('grid', { name: '表三 收到和处理政府信息公开申请情况' })
    .getByRole('textbox', { name, exact: true });
}

test('pasted page text is read beside its source, with the dates warning, and becomes a draft on confirmation', async ({
  page,
}) => {
  const dialog = await openImport(page);
  await dialog
    .getByLabel(/粘贴报告全文/)
    .fill(readFileSync(fixture('seed-xiangxiang-xinfang-2022.txt'), 'utf8'));
  await dialog.getByRole('button', { name: '读取粘贴的文字' }).click();

  await expect(dialog.getByRole('region', { name: '原文：粘贴的文字' })).toContainText(
    '湘乡市信访局2022年政府信息公开工作年度报告',
  );
  const result = dialog.getByRole('region', { name: '读取结果' });
  await expect(result.getByText('湘乡市信访局', { exact: true })).toBeVisible();
  await expect(result).toContainText('落款日期为2022年1月10日');
  await expect(
    result.getByRole('cell', { name: '一、本年新收政府信息公开申请数量 总计：0' }),
  ).toBeVisible();
  await screenshot(page, 'import-pasted-seed');

  await dialog.getByRole('button', { name: '创建草稿' }).click();
  await expect(page).toHaveURL(/#\/drafts\/[0-9a-f-]{36}\/basics$/);
  await expect(page.getByLabel('机关名称')).toHaveValue('湘乡市信访局');
  const id = /#\/drafts\/([0-9a-f-]{36})\//.exec(page.url())?.[1] ?? '';
  await page.goto(`./#/drafts/${id}/requests`);
  await expect(gridCell(page, '一、本年新收政府信息公开申请数量 / 自然人')).toHaveValue('0');
});

test('nothing is created until the user confirms, and a bad file gets a Chinese message', async ({
  page,
}) => {
  const dialog = await openImport(page);
  await dialog.getByLabel(/或选择报告文件/).setInputFiles({
    name: '报告.doc',
    mimeType: 'application/msword',
    buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  });
  await expect(dialog.getByRole('alert')).toContainText('旧版 Word');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: '我的报告' })).toBeVisible();
});

test('a saved portal page (.html) shows its numbers', async ({ page }) => {
  const dialog = await openImport(page);
  await dialog.getByLabel(/或选择报告文件/).setInputFiles(fixture('pingtan-area-2024.html'));
  const result = dialog.getByRole('region', { name: '读取结果' });
  await expect(
    result.getByRole('cell', { name: '一、本年新收政府信息公开申请数量 总计：218' }),
  ).toBeVisible();
  await expect(
    result.getByRole('cell', { name: '行政规范性文件 现行有效件数：440' }),
  ).toBeVisible();
  await expect(dialog.getByRole('region', { name: '原文：pingtan-area-2024.html' })).toContainText(
    '一、总体情况',
  );
  await screenshot(page, 'import-html-pingtan');
});

test('a PDF is read through the bundled pdf.js worker, with its wrong totals marked', async ({
  page,
}) => {
  const dialog = await openImport(page);
  await dialog.getByLabel(/或选择报告文件/).setInputFiles(fixture('hongze-district-2023.pdf'));
  const result = dialog.getByRole('region', { name: '读取结果' });
  await expect(
    result.getByRole('cell', { name: '一、本年新收政府信息公开申请数量 总计：21' }),
  ).toBeVisible({ timeout: 30_000 });
  const wrongTotal = result.getByRole('cell', { name: /^行政复议 总计：0（/ });
  await expect(wrongTotal).toHaveClass(/reading-cell-error/);
  await expect(result).toContainText('总计印为0，结果维持、结果纠正、其他结果、尚未审结之和为11');
  await screenshot(page, 'import-pdf-hongze-2023');
});

test('year N+1 starts from a draft with 上年结转 filled from last year’s 结转', async ({
  page,
}) => {
  const dialog = await openImport(page);
  await dialog.getByLabel(/或选择报告文件/).setInputFiles(fixture('huaian-city-2024.pdf'));
  await expect(
    dialog
      .getByRole('region', { name: '读取结果' })
      .getByRole('cell', { name: '四、结转下年度继续办理 自然人：103' }),
  ).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: '创建草稿' }).click();
  await expect(page).toHaveURL(/#\/drafts\/[0-9a-f-]{36}\/basics$/);

  await page.goto('./');
  await page.getByRole('button', { name: '基于上年报告新建' }).click();
  const next = page.getByRole('dialog', { name: '基于上年报告新建' });
  await expect(next.getByLabel('选择上年的草稿')).toContainText(
    '淮安市人民政府2024年政府信息公开工作年度报告',
  );
  await expect(next.getByRole('region', { name: '新草稿' })).toContainText(
    '淮安市人民政府2025年度草稿',
  );
  await screenshot(page, 'import-next-year');
  await next.getByRole('button', { name: '创建 2025 年度草稿' }).click();
  await expect(page).toHaveURL(/#\/drafts\/[0-9a-f-]{36}\/basics$/);
  await expect(page.getByLabel('机关名称')).toHaveValue('淮安市人民政府');
  const id = /#\/drafts\/([0-9a-f-]{36})\//.exec(page.url())?.[1] ?? '';
  await page.goto(`./#/drafts/${id}/requests`);
  await expect(gridCell(page, '二、上年结转政府信息公开申请数量 / 自然人')).toHaveValue('103');
  await expect(gridCell(page, '一、本年新收政府信息公开申请数量 / 自然人')).toHaveValue('');
});

test('year N+1 starts from an exported JSON file, and a file that is not one is refused in Chinese', async ({
  page,
}) => {
  const report = JSON.parse(
    readFileSync(
      path.join(repoRoot, 'src/domain/test-fixtures/pingtan-area-2023.report.json'),
      'utf8',
    ),
  ) as unknown;
  const exchange = {
    format: 'nianbao.report',
    schemaVersion: 1,
    exportedAt: '2024-03-08T08:00:00.000Z',
    status: 'final',
    report,
  };
  await page.goto('./');
  await page.getByRole('button', { name: '基于上年报告新建' }).click();
  const next = page.getByRole('dialog', { name: '基于上年报告新建' });
  await next.getByRole('radio', { name: '导出的报告文件（.json）' }).check();
  const input = next.getByLabel('选择由「导出 JSON」得到的上年报告文件');
  await input.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": 1}'),
  });
  await expect(next.getByRole('alert')).toContainText('不是年报导出的报告文件');
  await expect(next.getByRole('button', { name: '创建草稿' })).toBeDisabled();
  await input.setInputFiles({
    name: '平潭2023.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exchange)),
  });
  await expect(next.getByRole('region', { name: '新草稿' })).toContainText(
    '平潭综合实验区2024年度草稿',
  );
  await next.getByRole('button', { name: '创建 2024 年度草稿' }).click();
  await expect(page).toHaveURL(/#\/drafts\/[0-9a-f-]{36}\/basics$/);
  await expect(page.getByLabel('机关名称')).toHaveValue('平潭综合实验区');
  const id = /#\/drafts\/([0-9a-f-]{36})\//.exec(page.url())?.[1] ?? '';
  await page.goto(`./#/drafts/${id}/requests`);
  await expect(gridCell(page, '二、上年结转政府信息公开申请数量 / 自然人')).toHaveValue('0');
});

test('a PDF is read offline: pdf.js and its worker come from the app, not the network', async ({
  page,
  context,
}) => {
  await page.goto('./');
  // The service worker installs on the first visit and controls the page from the next load.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  const dialog = await openImport(page);
  await dialog.getByLabel(/或选择报告文件/).setInputFiles(fixture('hongze-district-2024.pdf'));
  await expect(
    dialog
      .getByRole('region', { name: '读取结果' })
      .getByRole('cell', { name: '一、本年新收政府信息公开申请数量 总计：95' }),
  ).toBeVisible({ timeout: 30_000 });
  await context.setOffline(false);
});
