/**
 * History, workspace backups and the upgrade of a first-layout database, in the browser.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createBlankDraft, expectSaved, openDraft } from './drafts-helpers';
import { screenshot } from './screenshot';

function overview(page: Page) {
  return page.getByRole('textbox', { name: /总体情况/ });
}

test('history lists versions with what changed; restoring keeps the current version first', async ({
  page,
}) => {
  const id = await createBlankDraft(page);
  await page.goto(`./#/drafts/${id}/overview`);
  await overview(page).fill('第一稿：本机关认真贯彻落实条例。');
  await expectSaved(page);

  await page.getByRole('button', { name: '历史版本' }).click();
  const dialog = page.getByRole('dialog', { name: '历史版本' });
  await expect(dialog.getByRole('row')).toHaveCount(2);
  await expect(dialog.getByRole('row').nth(1)).toContainText('新建');
  await expect(dialog.getByRole('row').nth(1)).toContainText('初始版本');
  await dialog.getByRole('button', { name: '将当前内容存为一个版本' }).click();
  await expect(dialog.getByRole('row')).toHaveCount(3);
  await expect(dialog.getByRole('row').nth(1)).toContainText('手动保存');
  await expect(dialog.getByRole('row').nth(1)).toContainText('总体情况 +16 字');
  await dialog.getByRole('button', { name: '关闭' }).click();

  await overview(page).fill('第二稿：完全改写的总体情况。');
  await expectSaved(page);
  await page.getByRole('button', { name: '历史版本' }).click();
  await dialog
    .getByRole('row')
    .nth(1)
    .getByRole('button', { name: /^恢复 / })
    .click();
  await expect(dialog.getByRole('alertdialog', { name: '确认恢复' })).toContainText(
    '当前内容会先存为一个历史版本',
  );
  await screenshot(page, 'drafts-history');
  await dialog.getByRole('button', { name: '确认恢复' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/已恢复到 .* 的版本；恢复前的内容已存为历史版本/)).toBeVisible();
  await expect(overview(page)).toHaveValue('第一稿：本机关认真贯彻落实条例。');

  // The version replaced by the restore is there to restore in turn.
  await page.getByRole('button', { name: '历史版本' }).click();
  const replaced = dialog.getByRole('row').filter({ hasText: '恢复历史版本前' });
  await expect(replaced).toHaveCount(1);
  await expect(replaced).toContainText('总体情况 −2 字');
  await replaced.getByRole('button', { name: /^恢复 / }).click();
  await dialog.getByRole('button', { name: '确认恢复' }).click();
  await expect(overview(page)).toHaveValue('第二稿：完全改写的总体情况。');
  await page.reload();
  await expect(overview(page)).toHaveValue('第二稿：完全改写的总体情况。');
});

test('a workspace backup restores by merging: missing drafts added, changed ones as copies', async ({
  page,
}) => {
  const kept = await createBlankDraft(page);
  await page.getByLabel('机关名称').fill('甲市统计局');
  await expectSaved(page);
  const lost = await createBlankDraft(page);
  await page.getByLabel('机关名称').fill('乙县财政局');
  await expectSaved(page);

  await page.goto('./');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载全部备份' }).click();
  const download = await downloading;
  const file = await download.path();
  const backup: unknown = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup).toMatchObject({ format: 'nianbao.workspace', schemaVersion: 1 });

  // After the backup: one draft changes, the other is deleted for good.
  await openDraft(page, kept);
  await page.getByLabel('机关名称').fill('甲市统计局（备份后改名）');
  await expectSaved(page);
  await page.goto('./');
  await page.getByRole('button', { name: /^删除 乙县财政局/ }).click();
  await page.getByRole('link', { name: /回收站/ }).click();
  await page.getByRole('button', { name: /^永久删除 乙县财政局/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: '永久删除' }).click();
  await expect(page.getByText('回收站是空的。')).toBeVisible();

  await page.goto('./');
  await page.getByRole('button', { name: '从备份恢复' }).click();
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  await dialog.getByLabel('备份文件').setInputFiles(file);
  const items = dialog.getByRole('table', { name: '备份中的报告' });
  await expect(items.getByRole('row').filter({ hasText: '乙县财政局' })).toContainText(
    '本机没有，将新增',
  );
  await expect(items.getByRole('row').filter({ hasText: '甲市统计局' })).toContainText(
    '本机已有不同版本',
  );
  await expect(dialog.getByRole('combobox', { name: /甲市统计局.*的处理方式/ })).toHaveValue(
    'copy',
  );
  await screenshot(page, 'drafts-backup-restore-plan');
  await dialog.getByRole('button', { name: '开始恢复' }).click();
  const result = dialog.getByRole('status', { name: '恢复结果' });
  await expect(result).toContainText(/新增 1 份：乙县财政局\d{4}年政府信息公开工作年度报告/);
  await expect(result).toContainText('作为副本导入 1 份');
  await dialog.getByRole('button', { name: '完成' }).click();

  const list = page.getByRole('table', { name: '报告列表' });
  await expect(list.getByRole('row')).toHaveCount(4);
  await expect(list.getByRole('link', { name: /甲市统计局（备份后改名）/ })).toBeVisible();
  await expect(
    list.getByRole('link', { name: /^甲市统计局\d{4}年政府信息公开工作年度报告（备份中的版本/ }),
  ).toBeVisible();
  await expect(list.getByRole('link', { name: /^乙县财政局/ })).toBeVisible();
  await openDraft(page, lost);
  await expect(page.getByLabel('机关名称')).toHaveValue('乙县财政局');
});

test('a database written by the first layout opens: drafts readable, a bad one kept and offered', async ({
  page,
}) => {
  const fixture: unknown = JSON.parse(
    readFileSync(new URL('../src/storage/fixtures/database-v1.json', import.meta.url), 'utf8'),
  );
  await page.goto('./favicon.svg');
  await page.evaluate(
    (v1) =>
      new Promise<void>((resolve, reject) => {
        const f = v1 as {
          name: string;
          idbVersion: number;
          stores: { drafts: { keyPath: string; indexes: string[] } };
          rows: { drafts: unknown[] };
        };
        const request = indexedDB.open(f.name, f.idbVersion);
        request.onupgradeneeded = () => {
          const store = request.result.createObjectStore('drafts', {
            keyPath: f.stores.drafts.keyPath,
          });
          for (const index of f.stores.drafts.indexes) store.createIndex(index, index);
          for (const row of f.rows.drafts) store.put(row);
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      }),
    fixture,
  );

  await page.goto('./');
  const list = page.getByRole('table', { name: '报告列表' });
  await expect(
    list.getByRole('link', { name: '示例市统计局2023年政府信息公开工作年度报告' }),
  ).toBeVisible();
  const unreadable = page.getByRole('region', { name: '无法读取的草稿' });
  await expect(unreadable).toContainText('9b2e4c61-1d3a-4f5b-8c7d-2e1f0a9b8c7d');
  await expect(unreadable).toContainText('草稿内容不符合当前格式');
  await screenshot(page, 'drafts-upgraded-v1');
  const downloading = page.waitForEvent('download');
  await unreadable.getByRole('button', { name: '下载原始数据' }).click();
  const raw: unknown = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
  expect(raw).toMatchObject({ draft: { name: '损坏的草稿', report: { year: '二〇二三' } } });

  await list.getByRole('link', { name: '示例市统计局2023年政府信息公开工作年度报告' }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('示例市统计局');
  await page.getByLabel('落款机关').fill('示例市统计局（升级后修改）');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('落款机关')).toHaveValue('示例市统计局（升级后修改）');
});

test('a bulk paste into 表三 keeps the version before it, which can be restored', async ({
  page,
}) => {
  const id = await createBlankDraft(page);
  await page.goto(`./#/drafts/${id}/requests`);
  const grid = page.getByRole('grid').first();
  const cell = (name: string) => grid.getByRole('textbox', { name, exact: true });
  await cell('一、本年新收政府信息公开申请数量 / 自然人').fill('5');
  await cell('一、本年新收政府信息公开申请数量 / 商业企业').click();
  await expectSaved(page);

  await cell('一、本年新收政府信息公开申请数量 / 自然人').click();
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    (document.activeElement ?? document.body).dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, '10\t2\t1\t0\t0\t1\r\n3\t0\t0\t0\t0\t0\r\n');
  await expect(cell('一、本年新收政府信息公开申请数量 / 自然人')).toHaveValue('10');
  await expectSaved(page);

  await page.getByRole('button', { name: '历史版本' }).click();
  const dialog = page.getByRole('dialog', { name: '历史版本' });
  const beforePaste = dialog.getByRole('row').filter({ hasText: '批量粘贴前' });
  await expect(beforePaste).toHaveCount(1);
  await expect(beforePaste).toContainText('表三 改动 1 格');
  await beforePaste.getByRole('button', { name: /^恢复 / }).click();
  await dialog.getByRole('button', { name: '确认恢复' }).click();
  await expect(cell('一、本年新收政府信息公开申请数量 / 自然人')).toHaveValue('5');
  await expect(cell('二、上年结转政府信息公开申请数量 / 自然人')).toHaveValue('');
});
