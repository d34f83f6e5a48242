/**
 * Offline after the first visit (service worker from vite-plugin-pwa), and updates offered by a
 * prompt that never reloads a tab under the user's hands.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createEmptyReport } from '../src/domain/report/empty-report';
import { createBlankDraft, expectSaved, openDraft, restoreBackup } from './drafts-helpers';
import { screenshot } from './screenshot';

/** First visit, then a reload so that the page is controlled by the service worker. */
async function visitUntilControlled(page: Page): Promise<void> {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/** A finished 2024 report (no error, no warning), as a workspace backup file. */
function finishedBackup(path: string, id: string): void {
  const report = createEmptyReport({ agency: '丁县教育局', year: 2024, fill: 0 });
  report.signature = { agency: '丁县教育局', date: '2025-01-20' };
  report.overview =
    '2024年，丁县教育局坚持主动公开，依申请公开工作规范，政府信息管理有序，政府信息公开平台建设稳步推进，监督保障有力。';
  report.problems = '（一）存在的主要问题：公开内容还不够全面。（二）改进措施：加强培训。';
  report.other = '本年度未收取信息处理费。';
  const draft = {
    id,
    name: '',
    report,
    previousYear: null,
    acknowledgements: {},
    createdAt: '2025-01-05T01:00:00.000Z',
    updatedAt: '2025-01-20T01:00:00.000Z',
    exportedAt: null,
  };
  writeFileSync(
    path,
    JSON.stringify({
      format: 'nianbao.workspace',
      schemaVersion: 1,
      exportedAt: '2025-01-20T02:00:00.000Z',
      drafts: [
        {
          id,
          revision: 1,
          schemaVersion: 1,
          updatedAt: draft.updatedAt,
          deletedAt: null,
          draft,
          snapshots: [],
        },
      ],
    }),
  );
}

test('after the first visit the app opens, edits, saves and exports with no network', async ({
  page,
  context,
}, testInfo) => {
  await visitUntilControlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: '我的报告' })).toBeVisible();

  const id = await createBlankDraft(page);
  await page.getByLabel('机关名称').fill('离线时输入的机关');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('机关名称')).toHaveValue('离线时输入的机关');

  // Draft exports, including the Word file built by a lazily loaded module.
  await page.goto(`./#/drafts/${id}/review`);
  const drafts = page.getByRole('group', { name: '导出草稿' });
  for (const name of ['导出草稿 JSON', '导出草稿 Word']) {
    const downloading = page.waitForEvent('download');
    await drafts.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    expect((await downloading).suggestedFilename()).toMatch(/\.(json|docx)$/);
  }

  // A final export of a finished report marks it 已导出 in the list.
  const file = testInfo.outputPath('finished.json');
  const finishedId = 'bbbbbbbb-0000-4000-8000-000000000001';
  finishedBackup(file, finishedId);
  await page.goto('./');
  await restoreBackup(page, file);
  const finishedRow = page
    .getByRole('table', { name: '报告列表' })
    .getByRole('row')
    .filter({ hasText: '丁县教育局' });
  await expect(finishedRow).toContainText('已完成（无错误）');
  await page.goto(`./#/drafts/${finishedId}/review`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('group', { name: '正式导出' }).getByRole('button', { name: /Word/ }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\.docx$/);
  await expectSaved(page);
  await page.goto('./');
  await expect(finishedRow).toContainText('已导出');
  await screenshot(page, 'offline-list');
});

test('control: without the service worker the same offline reload fails', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('heading', { name: '我的报告' })).toBeVisible();
  await context.setOffline(true);
  await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await context.close();
});

/**
 * Deploys "the next version" on the running preview server: the served folder is read from disk
 * on every request, so a service worker whose bytes differ is what the browser finds next.
 * Returns a function that puts the original back.
 */
function deployNextVersion(): () => void {
  const swPath = join(process.env.E2E_DIST ?? 'dist', 'sw.js');
  const original = readFileSync(swPath, 'utf8');
  writeFileSync(swPath, `${original}\n// next version ${Date.now()}\n`);
  return () => writeFileSync(swPath, original);
}

async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

test('a new version is offered; updating saves first and reloads only the tab that asked', async ({
  context,
}) => {
  const page = await context.newPage();
  await visitUntilControlled(page);
  const id = await createBlankDraft(page);
  const other = await context.newPage();
  await other.goto('./');
  await expect(other.getByRole('heading', { name: '我的报告' })).toBeVisible();
  await other.evaluate(() => Object.assign(window, { notReloaded: true }));

  const undeploy = deployNextVersion();
  try {
    await checkForUpdate(page);
  } finally {
    undeploy();
  }
  const prompt = page.getByRole('alertdialog', { name: '有新版本可用' });
  await expect(prompt).toContainText('有新版本可用');
  await screenshot(page, 'offline-update-prompt');

  // Typed just before updating: saved before the reload.
  await page.getByLabel('机关名称').fill('更新前一刻输入的机关');
  await prompt.getByRole('button', { name: '立即更新' }).click();
  await page.waitForEvent('load');
  await openDraft(page, id);
  await expect(page.getByLabel('机关名称')).toHaveValue('更新前一刻输入的机关');

  // The other tab was not reloaded; it says the new version is active.
  await expect(other.getByRole('alertdialog')).toContainText('新版本已在另一个标签页中启用');
  expect(await other.evaluate(() => 'notReloaded' in window)).toBe(true);
});
