/**
 * Real write failures, caused from another tab of the same browser: the site's database is
 * deleted (as when the browser clears site data), or replaced by a newer layout that this version
 * cannot write to. Each time the banner says what happened, the text stays on screen, the backup
 * download holds it, and the remedy offered works where one exists.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { createBlankDraft, expectSaved, openDraft, saveStatus } from './drafts-helpers';
import { screenshot } from './screenshot';

async function backupJson(page: Page, click: () => Promise<void>): Promise<unknown> {
  const downloading: Promise<Download> = page.waitForEvent('download');
  await click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^年报备份-\d{8}-\d{6}\.json$/);
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

test('when the site data is cleared under the page, the text stays and can be saved again', async ({
  context,
}) => {
  const page = await context.newPage();
  const id = await createBlankDraft(page);
  await page.getByLabel('机关名称').fill('清除前已保存的机关');
  await expectSaved(page);

  const other = await context.newPage();
  await other.goto('./favicon.svg');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('nianbao');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error('delete failed'));
      }),
  );
  await other.close();

  await page.getByLabel('落款机关').fill('清除后输入的落款');
  const banner = page.getByRole('alert').filter({ hasText: '改动没有保存' });
  await expect(banner).toContainText('这份报告已不在本机存储中');
  await expect(banner).toContainText('您输入的内容仍保留在本页');
  await expect(saveStatus(page)).toHaveText('保存失败，改动仍在本页');
  await expect(page.getByLabel('落款机关')).toHaveValue('清除后输入的落款');
  await screenshot(page, 'drafts-failure-cleared');

  const backup = await backupJson(page, () =>
    banner.getByRole('button', { name: '下载备份（含本页内容）' }).click(),
  );
  expect(backup).toMatchObject({
    format: 'nianbao.workspace',
    drafts: [
      {
        id,
        draft: {
          report: { agency: '清除前已保存的机关', signature: { agency: '清除后输入的落款' } },
        },
      },
    ],
  });

  await banner.getByRole('button', { name: '重新保存本页内容' }).click();
  await expectSaved(page);
  await expect(banner).toBeHidden();
  await page.reload();
  await openDraft(page, id);
  await expect(page.getByLabel('机关名称')).toHaveValue('清除前已保存的机关');
  await expect(page.getByLabel('落款机关')).toHaveValue('清除后输入的落款');
});

test('when the disk quota is full, writes fail plainly, retry with backoff, and succeed once space is back', async ({
  context,
}) => {
  const page = await context.newPage();
  // Chromium's own quota enforcement, lowered for this origin through the DevTools protocol
  // before anything is stored (IndexedDB caches the room it has left between writes).
  await page.goto('./favicon.svg');
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 400_000 });

  const id = await createBlankDraft(page);
  await page.getByLabel('机关名称').fill('空间满之前已保存的机关');
  await expectSaved(page);

  // A text larger than the room left, and varied (Chromium compresses what repeats).
  let seed = 7;
  const varied = Array.from({ length: 150_000 }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return String.fromCharCode(0x4e00 + (seed % 20000));
  }).join('');
  const longText = `空间满时写下的总体情况。${varied}`;
  await page.getByRole('link', { name: /一、总体情况/ }).click();
  const overview = page.getByRole('textbox', { name: /总体情况/ });
  await overview.fill(longText);
  const banner = page.getByRole('alert').filter({ hasText: '改动没有保存' });
  await expect(banner).toContainText('浏览器的存储空间已满');
  await expect(banner).toContainText(/\d+ 秒后自动重试|正在重试/);
  await expect(saveStatus(page)).toHaveText('保存失败，改动仍在本页');
  await expect(overview).toHaveValue(longText);
  await screenshot(page, 'drafts-failure-quota');

  await banner.getByRole('button', { name: '重试' }).click();
  await expect(banner).toContainText('浏览器的存储空间已满');

  const backup = await backupJson(page, () =>
    banner.getByRole('button', { name: '下载备份（含本页内容）' }).click(),
  );
  expect(backup).toMatchObject({
    format: 'nianbao.workspace',
    drafts: [{ id, draft: { report: { overview: longText } } }],
  });

  // Room again: the next attempt saves.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await banner.getByRole('button', { name: '重试' }).click();
  await expectSaved(page);
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(page.getByRole('textbox', { name: /总体情况/ })).toHaveValue(longText);
});
