/**
 * 我的报告 with more drafts than a page: the pager (by role and name), the counts it shows,
 * filters and sorting over every draft whatever the page, the focus when paging, and a draft's
 * row following an edit made in the editor. The bin pages the same way.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createEmptyReport } from '../src/domain/report/empty-report';
import { expectSaved, restoreBackup } from './drafts-helpers';
import { screenshot } from './screenshot';

const AGENCIES = ['甲市统计局', '乙区司法局', '丙县水利局'];
const COUNT = 130;

interface Generated {
  id: string;
  name: string;
  agency: string;
  year: number;
  finished: boolean;
}

/** Draft i: agencies and years interleaved, so that each filter picks rows from every page. */
function generated(i: number): Generated {
  const n = String(i).padStart(3, '0');
  const agency = AGENCIES[i % AGENCIES.length] ?? '甲市统计局';
  return {
    id: `bbbbbbbb-0000-4000-8000-000000000${n}`,
    name: `${agency}报告${n}`,
    agency,
    year: 2021 + (i % 4),
    finished: i % 10 === 0,
  };
}

const drafts = Array.from({ length: COUNT }, (_, i) => generated(i));

/**
 * A backup of these drafts (all COUNT by default), draft i last edited at minute i (so the newest
 * is the last); with `deletedAt`, all of them in the bin.
 */
function backupFile(
  path: string,
  list: readonly Generated[] = drafts,
  deletedAt: string | null = null,
): void {
  const rows = list.map((d, i) => {
    const report = createEmptyReport({
      agency: d.agency,
      year: d.year,
      fill: d.finished ? 0 : null,
    });
    if (d.finished) {
      report.signature = { agency: d.agency, date: `${d.year + 1}-01-20` };
      report.overview = `${d.year}年，${d.agency}坚持主动公开，依申请公开工作规范，政府信息管理有序，政府信息公开平台建设稳步推进，监督保障有力。`;
      report.problems = '（一）存在的主要问题：公开内容还不够全面。（二）改进措施：加强培训。';
      report.other = '本年度未收取信息处理费。';
    }
    const updatedAt = new Date(Date.UTC(2025, 0, 10, 8, i)).toISOString();
    return {
      id: d.id,
      revision: 1,
      schemaVersion: 1,
      updatedAt,
      deletedAt,
      draft: {
        id: d.id,
        name: d.name,
        report,
        previousYear: null,
        acknowledgements: {},
        createdAt: updatedAt,
        updatedAt,
        exportedAt: null,
      },
      snapshots: [],
    };
  });
  const backup = {
    format: 'nianbao.workspace',
    schemaVersion: 1,
    exportedAt: '2025-01-21T08:00:00.000Z',
    drafts: rows,
  };
  writeFileSync(path, JSON.stringify(backup));
}

function list(page: Page) {
  return page.getByRole('table', { name: '报告列表' });
}

function pager(page: Page, where: 'top' | 'bottom' = 'top') {
  return page.getByRole('navigation', {
    name: where === 'top' ? '分页' : '分页（列表下方）',
    exact: true,
  });
}

/** Names of the rows shown, newest first by default: draft COUNT−1, COUNT−2, … */
function newest(from: number, count: number, pick: (d: Generated) => boolean = () => true) {
  return [...drafts]
    .reverse()
    .filter(pick)
    .slice(from, from + count)
    .map((d) => d.name);
}

test('more drafts than a page: the pager, counts, filters across pages and focus', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('many.json');
  backupFile(file);
  await page.goto('./');
  await restoreBackup(page, file, COUNT);

  // A reload lists them from the stored summaries.
  await page.reload();
  const names = list(page).getByRole('rowheader');
  await expect(page.getByText(`共 ${COUNT} 份`, { exact: true })).toBeVisible();
  await expect(pager(page)).toContainText('第 1 / 3 页');
  await expect(names).toHaveText(newest(0, 50));
  await expect(pager(page).getByRole('button', { name: '上一页' })).toBeDisabled();
  await expect(pager(page, 'bottom')).toContainText('第 1 / 3 页');

  // State and counts come from the summaries: a finished one and a blank one.
  const finished = list(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: '甲市统计局报告120', exact: true }) });
  await expect(finished).toContainText('已完成（无错误）');
  await expect(finished.getByRole('cell').nth(4)).toHaveText('0');
  await expect(finished.getByRole('cell').nth(5)).toHaveText('0');
  const blank = list(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: '乙区司法局报告121', exact: true }) });
  await expect(blank).toContainText('草稿');
  await expect(blank.getByRole('cell').nth(4)).toHaveText('0');
  await expect(blank.getByRole('cell').nth(5)).not.toHaveText('0');
  await screenshot(page, 'drafts-many-page-1');

  // Above the table the focus stays on the button used, and moves to the other at the end.
  const next = pager(page).getByRole('button', { name: '下一页' });
  const previous = pager(page).getByRole('button', { name: '上一页' });
  await next.click();
  await expect(pager(page)).toContainText('第 2 / 3 页');
  await expect(names).toHaveText(newest(50, 50));
  await expect(next).toBeFocused();
  await next.click();
  await expect(pager(page)).toContainText('第 3 / 3 页');
  await expect(names).toHaveText(newest(100, 30));
  await expect(next).toBeDisabled();
  await expect(previous).toBeFocused();

  // Below the table: the new page is read from its top, focus on the same button above.
  await pager(page, 'bottom').getByRole('button', { name: '上一页' }).click();
  await expect(pager(page)).toContainText('第 2 / 3 页');
  await expect(previous).toBeFocused();
  await expect(pager(page)).toBeInViewport();

  // Filters apply to every draft, not to the page shown, and start again at page 1.
  const byAgency = (d: Generated) => d.agency === '乙区司法局';
  // 机关 keeps the agencies whose name contains what is typed.
  await page.getByRole('combobox', { name: '机关', exact: true }).fill('司法');
  const agencyCount = drafts.filter(byAgency).length;
  await expect(page.getByText(`筛选出 ${agencyCount} 份，共 ${COUNT} 份`)).toBeVisible();
  await expect(pager(page)).toHaveCount(0);
  await expect(names).toHaveText(newest(0, agencyCount, byAgency));

  const byBoth = (d: Generated) => byAgency(d) && d.year === 2023;
  await page.getByRole('combobox', { name: '年度', exact: true }).selectOption('2023');
  const bothCount = drafts.filter(byBoth).length;
  await expect(page.getByText(`筛选出 ${bothCount} 份，共 ${COUNT} 份`)).toBeVisible();
  await expect(names).toHaveText(newest(0, bothCount, byBoth));
  await screenshot(page, 'drafts-many-filtered');

  // Sorting by agency orders all drafts (拼音: 丙 bǐng, 甲 jiǎ, 乙 yǐ; newer years first), then pages.
  await page.getByRole('combobox', { name: '机关', exact: true }).fill('');
  await page.getByRole('combobox', { name: '年度', exact: true }).selectOption('');
  await page
    .getByRole('combobox', { name: '排序', exact: true })
    .selectOption({ label: '机关名称' });
  const order = ['丙县水利局', '甲市统计局', '乙区司法局'];
  const byAgencyName = newest(0, COUNT).sort((a, b) => {
    const x = drafts.find((d) => d.name === a);
    const y = drafts.find((d) => d.name === b);
    if (!x || !y) throw new Error('unknown draft');
    return order.indexOf(x.agency) - order.indexOf(y.agency) || y.year - x.year;
  });
  await expect(pager(page)).toContainText('第 1 / 3 页');
  await expect(names).toHaveText(byAgencyName.slice(0, 50));
  await next.click();
  await expect(names).toHaveText(byAgencyName.slice(50, 100));

  // Opening a draft and coming back keeps the sorting and the page; the edited draft's row
  // follows the edit (the summary is written with it) and moves to the top.
  await page.getByRole('combobox', { name: '排序', exact: true }).selectOption({
    label: '最近编辑在前',
  });
  await expect(pager(page)).toContainText('第 1 / 3 页');
  await next.click();
  const [before, opened] = newest(49, 2);
  if (!before || !opened) throw new Error('not enough drafts');
  const openedRow = list(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: opened, exact: true }) });
  const warnings = await openedRow.getByRole('cell').nth(5).textContent();
  await openedRow.getByRole('link', { name: opened, exact: true }).click();
  await page.getByLabel('机关名称').fill('丁镇人民政府');
  await expectSaved(page);
  await page.getByRole('link', { name: /年报/ }).click();
  await expect(pager(page)).toContainText('第 2 / 3 页');
  await expect(names.first()).toHaveText(before);
  await previous.click();
  await expect(names.first()).toHaveText(opened);
  const moved = list(page).getByRole('row').nth(1);
  await expect(moved.getByRole('cell').nth(0)).toHaveText('丁镇人民政府');
  await expect(moved).toContainText('草稿');
  await expect(moved.getByRole('cell').nth(5)).toHaveText(warnings ?? '');
  await expect(page.getByText(`共 ${COUNT} 份`, { exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: '机关', exact: true }).fill('丁镇');
  await expect(names).toHaveText([opened]);
});

test('a bin with more drafts than a page pages the same way', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('bin.json');
  const binned = drafts.slice(0, 60);
  backupFile(file, binned, '2025-01-20T08:00:00.000Z');
  await page.goto('./');
  await restoreBackup(page, file, 60);
  await expect(page.getByText('还没有报告。', { exact: false })).toBeVisible();

  await page.getByRole('link', { name: '回收站' }).click();
  const bin = page.getByRole('table', { name: '回收站中的报告' });
  const names = bin.getByRole('rowheader');
  await expect(pager(page)).toContainText('第 1 / 2 页');
  await expect(pager(page, 'bottom')).toContainText('第 1 / 2 页');
  await expect(names).toHaveCount(50);
  await expect(names.first()).toHaveText(binned.at(-1)?.name ?? '');
  await screenshot(page, 'drafts-bin-paged');

  await pager(page, 'bottom').getByRole('button', { name: '下一页' }).click();
  await expect(pager(page)).toContainText('第 2 / 2 页');
  await expect(names).toHaveCount(10);
  await expect(names.last()).toHaveText(binned[0]?.name ?? '');
  // From the pager below, the focus goes to the pager above, at the top of the new page; 下一页
  // is now disabled there, so 上一页 takes it.
  await expect(pager(page).getByRole('button', { name: '上一页' })).toBeFocused();
  await expect(pager(page)).toBeInViewport();

  // Restoring one from page 2 leaves 59, still on two pages.
  await bin.getByRole('button', { name: `恢复 ${binned[0]?.name ?? ''}` }).click();
  await expect(page.getByRole('status').filter({ hasText: '已恢复到我的报告' })).toBeVisible();
  await expect(names).toHaveCount(9);
  await expect(pager(page)).toContainText('第 2 / 2 页');
});
