/**
 * 我的报告 and 回收站: the list with state and check counts, filters and sorting, and every
 * action on a draft (create, open, rename, duplicate, delete to the bin, undo, restore, delete
 * for good, empty the bin with confirmation).
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createEmptyReport } from '../src/domain/report/empty-report';
import { createBlankDraft, expectSaved, restoreBackup } from './drafts-helpers';
import { screenshot } from './screenshot';

/** Columns after the name (a row header): 机关, 年度, 最近编辑, 状态, 错误, 警告, 操作. */
const ERRORS = 4;
const WARNINGS = 5;

function list(page: Page) {
  return page.getByRole('table', { name: '报告列表' });
}

function row(page: Page, name: RegExp) {
  return list(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name }) });
}

/** A finished report (every cell 0, dates and sections right): no error, no warning. */
function finishedReport(agency: string, year: number) {
  const report = createEmptyReport({ agency, year, fill: 0 });
  report.signature = { agency, date: `${year + 1}-01-20` };
  report.overview = `${year}年，${agency}坚持主动公开，依申请公开工作规范，政府信息管理有序，政府信息公开平台建设稳步推进，监督保障有力。`;
  report.problems = '（一）存在的主要问题：公开内容还不够全面。（二）改进措施：加强培训。';
  report.other = '本年度未收取信息处理费。';
  return report;
}

function stored(
  id: string,
  report: ReturnType<typeof createEmptyReport>,
  times: {
    updatedAt: string;
    exportedAt: string | null;
  },
) {
  return {
    id,
    revision: 3,
    schemaVersion: 1,
    updatedAt: times.updatedAt,
    deletedAt: null,
    draft: {
      id,
      name: '',
      report,
      previousYear: null,
      acknowledgements: {},
      createdAt: '2025-01-05T01:00:00.000Z',
      ...times,
    },
    snapshots: [],
  };
}

test('the list shows state and counts, and filters and sorts by year and agency', async ({
  page,
}, testInfo) => {
  // Three drafts arrive through a workspace backup: exported, finished, and just begun.
  const backup = {
    format: 'nianbao.workspace',
    schemaVersion: 1,
    exportedAt: '2025-01-21T08:00:00.000Z',
    drafts: [
      stored('aaaaaaaa-0000-4000-8000-000000000001', finishedReport('甲市统计局', 2023), {
        updatedAt: '2024-01-20T02:00:00.000Z',
        exportedAt: '2024-01-20T03:00:00.000Z',
      }),
      stored('aaaaaaaa-0000-4000-8000-000000000002', finishedReport('乙区司法局', 2024), {
        updatedAt: '2025-01-20T02:00:00.000Z',
        exportedAt: null,
      }),
      stored(
        'aaaaaaaa-0000-4000-8000-000000000003',
        createEmptyReport({ agency: '甲市统计局', year: 2024 }),
        {
          updatedAt: '2025-01-21T02:00:00.000Z',
          exportedAt: '2025-01-20T02:00:00.000Z',
        },
      ),
    ],
  };
  const file = testInfo.outputPath('workspace.json');
  writeFileSync(file, JSON.stringify(backup));
  await page.goto('./');
  await restoreBackup(page, file, 3);

  const exported = row(page, /^甲市统计局2023年/);
  const finished = row(page, /^乙区司法局2024年/);
  const begun = row(page, /^甲市统计局2024年/);
  await expect(exported).toContainText('已导出');
  await expect(finished).toContainText('已完成（无错误）');
  // Edited after its export: back to 草稿, with the blank cells counted as warnings.
  await expect(begun).toContainText('草稿');
  await expect(begun.getByRole('cell').nth(ERRORS)).toHaveText('0');
  await expect(begun.getByRole('cell').nth(WARNINGS)).not.toHaveText('0');
  await expect(finished.getByRole('cell').nth(ERRORS)).toHaveText('0');
  await expect(finished.getByRole('cell').nth(WARNINGS)).toHaveText('0');
  await screenshot(page, 'drafts-list');

  await expect(page.getByText('共 3 份', { exact: true })).toBeVisible();
  // Fewer drafts than a page: no pager.
  await expect(page.getByRole('navigation', { name: '分页', exact: true })).toHaveCount(0);

  // Last edited first by default.
  const names = list(page).getByRole('rowheader');
  await expect(names).toHaveText([/^甲市统计局2024年/, /^乙区司法局2024年/, /^甲市统计局2023年/]);
  await page
    .getByRole('combobox', { name: '排序', exact: true })
    .selectOption({ label: '机关名称' });
  await expect(names).toHaveText([/^甲市统计局2024年/, /^甲市统计局2023年/, /^乙区司法局2024年/]);

  await page
    .getByRole('combobox', { name: '年度', exact: true })
    .selectOption({ label: '2024年度' });
  await expect(names).toHaveText([/^甲市统计局2024年/, /^乙区司法局2024年/]);
  await page.getByRole('combobox', { name: '机关', exact: true }).fill('甲市统计局');
  await expect(names).toHaveText([/^甲市统计局2024年/]);
  await expect(page.getByText('筛选出 1 份，共 3 份')).toBeVisible();
  await page
    .getByRole('combobox', { name: '年度', exact: true })
    .selectOption({ label: '全部年度' });
  await expect(names).toHaveText([/^甲市统计局2024年/, /^甲市统计局2023年/]);
});

test('rename, duplicate, delete with undo, restore from the bin, delete for good and empty the bin', async ({
  page,
}) => {
  await createBlankDraft(page);
  await page.getByLabel('机关名称').fill('丙县水利局');
  await expectSaved(page);
  await page.getByRole('link', { name: /年报/ }).click();

  // 导出 in a row opens the draft's 审核与导出 step with its export buttons.
  await page.getByRole('button', { name: /^导出 丙县水利局/ }).click();
  await expect(page).toHaveURL(/#\/drafts\/[0-9a-f-]{36}\/review$/);
  await expect(page.getByRole('group', { name: '导出草稿' })).toBeVisible();
  await page.getByRole('link', { name: /年报/ }).click();

  await page.getByRole('button', { name: /^重命名 丙县水利局/ }).click();
  const rename = page.getByRole('dialog', { name: '重命名报告' });
  await rename.getByLabel('报告名称').fill('水利局年报（初稿）');
  await rename.getByRole('button', { name: '保存名称' }).click();
  await expect(rename).toBeHidden();
  await expect(row(page, /^水利局年报（初稿）$/)).toHaveCount(1);

  await page.getByRole('button', { name: '复制 水利局年报（初稿）' }).click();
  await expect(page.getByText('已复制为「水利局年报（初稿）（副本）」。')).toBeVisible();
  await expect(list(page).getByRole('rowheader')).toHaveCount(2);

  await page.getByRole('button', { name: '删除 水利局年报（初稿）（副本）' }).click();
  await expect(
    page.getByText('「水利局年报（初稿）（副本）」已移到回收站，可在回收站中恢复。'),
  ).toBeVisible();
  await expect(list(page).getByRole('rowheader')).toHaveCount(1);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(list(page).getByRole('rowheader')).toHaveCount(2);

  await page.getByRole('button', { name: '删除 水利局年报（初稿）（副本）' }).click();
  await expect(list(page).getByRole('rowheader')).toHaveCount(1);
  await page.getByRole('button', { name: '删除 水利局年报（初稿）', exact: true }).click();
  await expect(page.getByText('还没有报告。')).toBeVisible();
  await page.getByRole('link', { name: '回收站（2）' }).click();

  const bin = page.getByRole('table', { name: '回收站中的报告' });
  await expect(bin.getByRole('rowheader')).toHaveText([
    '水利局年报（初稿）',
    '水利局年报（初稿）（副本）',
  ]);
  await screenshot(page, 'drafts-bin');
  await page.getByRole('button', { name: '恢复 水利局年报（初稿）', exact: true }).click();
  await expect(page.getByText('「水利局年报（初稿）」已恢复到我的报告。')).toBeVisible();
  await expect(bin.getByRole('rowheader')).toHaveText(['水利局年报（初稿）（副本）']);

  // Emptying asks first; cancelling keeps everything.
  await page.getByRole('button', { name: '清空回收站' }).click();
  const confirm = page.getByRole('dialog', { name: '清空回收站？' });
  await expect(confirm).toContainText(
    '回收站中的 1 份报告及其全部历史版本将被永久删除，无法恢复。',
  );
  await screenshot(page, 'drafts-bin-confirm');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(bin.getByRole('rowheader')).toHaveCount(1);
  await page.getByRole('button', { name: '清空回收站' }).click();
  await confirm.getByRole('button', { name: '清空回收站' }).click();
  await expect(page.getByText('已永久删除 1 份报告。')).toBeVisible();
  await expect(page.getByText('回收站是空的。')).toBeVisible();

  await page.getByRole('link', { name: '返回我的报告' }).click();
  await expect(list(page).getByRole('rowheader')).toHaveText(['水利局年报（初稿）']);
  await list(page).getByRole('link', { name: '水利局年报（初稿）' }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('丙县水利局');
});
