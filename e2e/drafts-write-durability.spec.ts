/**
 * Every read-write transaction the app opens asks for `strict` durability (committed means on
 * disk), and what that costs. Measured on a real on-disk profile (a default Playwright context
 * keeps IndexedDB in memory, where durability costs nothing): the same draft-sized writes with
 * `strict` and `relaxed`, and the autosave latency the user sees (last keystroke → 「已保存」).
 * Timings are attached to the report and printed, not asserted: they belong to this machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { createBlankDraft } from './drafts-helpers';

declare global {
  interface Window {
    __nianbaoTransactions?: { mode: string; durability: string }[];
    __nianbaoLatencies?: number[];
  }
}

test('the app writes with strict durability; its cost and the autosave latency are measured', async ({
  baseURL,
}, testInfo) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'nianbao-measure-'));
  const launchOptions = testInfo.project.use.launchOptions ?? {};
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...(launchOptions.executablePath ? { executablePath: launchOptions.executablePath } : {}),
    args: launchOptions.args ?? [],
    baseURL,
    locale: 'zh-CN',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(() => {
      const seen: { mode: string; durability: string }[] = [];
      window.__nianbaoTransactions = seen;
      const original = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (
        this: IDBDatabase,
        ...args: Parameters<typeof original>
      ) {
        const tx = original.apply(this, args);
        seen.push({ mode: tx.mode, durability: tx.durability });
        return tx;
      };
      // Autosave latency: from the last input event to the status saying 已保存.
      const latencies: number[] = [];
      window.__nianbaoLatencies = latencies;
      let typedAt: number | null = null;
      document.addEventListener('input', () => (typedAt = performance.now()), true);
      new MutationObserver(() => {
        const status = document.querySelector('.app-header [role="status"]');
        if (typedAt !== null && status?.textContent?.startsWith('已保存')) {
          latencies.push(performance.now() - typedAt);
          typedAt = null;
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await createBlankDraft(page);
    const agency = page.getByLabel('机关名称');
    for (let i = 0; i < 8; i++) {
      await agency.fill(`测试机关${i}`);
      await expect
        .poll(() => page.evaluate(() => window.__nianbaoLatencies?.length ?? 0))
        .toBe(i + 1);
    }
    const transactions = await page.evaluate(() => window.__nianbaoTransactions ?? []);
    const writes = transactions.filter((t) => t.mode === 'readwrite');
    expect(writes.length).toBeGreaterThanOrEqual(9);
    expect(writes.filter((t) => t.durability !== 'strict')).toEqual([]);
    const latencies = await page.evaluate(() => window.__nianbaoLatencies ?? []);

    // The same writes, strict against relaxed, in a scratch database of this origin.
    const timings = await page.evaluate(async () => {
      const record = {
        text: '政府信息公开'.repeat(3000),
        cells: Array.from({ length: 300 }, (_, i) => i),
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('nianbao-durability-measure', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('rows');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      async function time(durability: IDBTransactionDurability): Promise<number[]> {
        const out: number[] = [];
        for (let i = 0; i < 40; i++) {
          const start = performance.now();
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction('rows', 'readwrite', { durability });
            tx.objectStore('rows').put({ ...record, i }, 'draft');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          out.push(performance.now() - start);
        }
        return out;
      }
      const median = (xs: number[]) =>
        [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
      await time('relaxed'); // warm up
      const strict = await time('strict');
      const relaxed = await time('relaxed');
      db.close();
      indexedDB.deleteDatabase('nianbao-durability-measure');
      return {
        recordBytes: JSON.stringify(record).length,
        strictMedianMs: median(strict),
        relaxedMedianMs: median(relaxed),
      };
    });
    const round = (x: number) => Math.round(x * 10) / 10;
    const measured = {
      ...timings,
      strictMedianMs: round(timings.strictMedianMs),
      relaxedMedianMs: round(timings.relaxedMedianMs),
      autosaveLatencyMs: latencies.map(round),
    };
    testInfo.annotations.push({ type: 'measurement', description: JSON.stringify(measured) });
    console.log(`storage durability: ${JSON.stringify(measured)}`);
    expect(latencies).toHaveLength(8);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
