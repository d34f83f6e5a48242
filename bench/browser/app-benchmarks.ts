/**
 * The browser side: the built app (and the two comparison pages) in headless Chromium, driven
 * through Playwright's library API.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { fullSampleReport } from '@/domain/document/full-sample-report';
import { DRAFT_LIST_PAGE_SIZE, formatCount } from '@/ui/drafts/draft-list-view';
import type { ChunkModule, ChunkModules } from '../lib/build';
import { newBenchContext } from '../lib/browser';
import { seededRandom } from '../lib/random';
import { spanCpu, SPAN_CPU_CATEGORIES } from '../lib/span-cpu';
import { variedReport } from '../node/generate-reports';
import {
  BALANCE_LEFT,
  BALANCE_RIGHT_EXTRA,
  COLUMN_IDS,
  INPUT_ROWS,
  RESULT_ROWS,
} from '../pages/grid-shape';
import { draftOf, restoreThroughUi, writeBackup } from './app-setup';
import { armAutosave, pasteBlock, type AutosaveSample, type PasteSample } from './grid-probes';
import { typeKeystrokes, type Cell, type KeystrokeRun } from './keystrokes';
import { watchReady, type ReadyKind, type ReadyTimes } from './ready-watch';

export const GRID_DRAFT_ID = 'bench-full-sample';

/** Counts the balance findings the app's grid shows: the tooltip on each column's 四 cell. */
function appBalanceErrors(): void {
  window.__benchBalanceErrors = () =>
    [...document.querySelectorAll('[data-path^="requests.carriedForward."]')].filter((input) =>
      (input.parentElement?.querySelector('[role="tooltip"]')?.textContent ?? '').includes(
        '一+二=',
      ),
    ).length;
}

/** Counts SurveyJS's shown validator errors of the balance rule. */
function surveyBalanceErrors(): void {
  window.__benchBalanceErrors = () =>
    [...document.querySelectorAll('.sd-error__item')].filter((e) =>
      (e.textContent ?? '').includes('勾稽关系'),
    ).length;
}

async function waitGridReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const input = document.querySelector('[data-path="requests.carriedForward.otherOrg"]');
    return input instanceof HTMLInputElement && !input.readOnly && !input.disabled;
  });
}

/** A context with the full sample report stored as draft GRID_DRAFT_ID, restored via the UI. */
export async function seededAppContext(
  browser: Browser,
  appUrl: string,
  work: string,
): Promise<BrowserContext> {
  const context = await newBenchContext(browser, { serviceWorkers: 'block' });
  const file = `${work}/backup-one.json`;
  writeBackup(file, [draftOf(GRID_DRAFT_ID, fullSampleReport(), '2024-01-20T08:00:00.000Z')]);
  const page = await context.newPage();
  await restoreThroughUi(page, appUrl, file);
  await page.close();
  return context;
}

export function gridUrl(appUrl: string): string {
  return `${appUrl}#/drafts/${GRID_DRAFT_ID}/requests`;
}

export type GridTargetName = 'nianbao' | 'surveyjs' | 'plain';

/** Called around the measured part of a scenario (the profiler uses them). */
export interface ScenarioHooks {
  before?: (page: Page) => Promise<void>;
  after?: (page: Page) => Promise<void>;
}

/** Types the plan into one of the three grids, each in a fresh page. */
export async function keystrokesIn(
  target: GridTargetName,
  context: BrowserContext,
  urls: { app: string; pages: string },
  plan: readonly Cell[],
  warmup: number,
  hooks: ScenarioHooks = {},
  mark: string | null = null,
): Promise<KeystrokeRun> {
  const page = await context.newPage();
  try {
    if (target === 'nianbao') {
      await page.goto(gridUrl(urls.app));
      await waitGridReady(page);
      await page.evaluate(appBalanceErrors);
    } else {
      await page.goto(`${urls.pages}${target}.html`);
      await waitGridReady(page);
      if (target === 'surveyjs') await page.evaluate(surveyBalanceErrors);
    }
    await hooks.before?.(page);
    const run = await typeKeystrokes(
      page,
      plan,
      warmup,
      target === 'nianbao'
        ? { withTotalColumn: true, mark, settle: waitSaved }
        : { withTotalColumn: false, mark },
    );
    await hooks.after?.(page);
    return run;
  } finally {
    await page.close();
  }
}

/** The user-timing marks around each keystroke in a traced run: `<name>:start`, `<name>:end`. */
const KEYSTROKE_MARK = 'bench-keystroke';

/**
 * The CPU time of each keystroke (warm-up excluded), over the same span as the wall-clock
 * "work" figure: the same typing as `keystrokesIn`, traced, with marks at its start and end.
 * Even user-timing tracing costs a little, so this runs as a pass of its own and the
 * wall-clock figures come from untraced passes.
 */
export async function keystrokeCpuIn(
  target: GridTargetName,
  browser: Browser,
  context: BrowserContext,
  urls: { app: string; pages: string },
  plan: readonly Cell[],
  warmup: number,
): Promise<{ cpu: number[]; failures: string[] }> {
  let trace = '';
  const run = await keystrokesIn(
    target,
    context,
    urls,
    plan,
    warmup,
    {
      before: (page) => browser.startTracing(page, { categories: SPAN_CPU_CATEGORIES }),
      after: async () => {
        trace = (await browser.stopTracing()).toString('utf8');
      },
    },
    KEYSTROKE_MARK,
  );
  // One span per keystroke that reached the page: warm-up ones first.
  const cpu = spanCpu(trace, `${KEYSTROKE_MARK}:start`, `${KEYSTROKE_MARK}:end`).slice(warmup);
  const failures = [...run.failures];
  const unmatched = cpu.filter((ms) => Number.isNaN(ms)).length;
  if (unmatched > 0) failures.push(`${unmatched} keystrokes without both marks`);
  return { cpu: cpu.filter((ms) => !Number.isNaN(ms)), failures };
}

/** Waits until the save status says 「已保存」 (autosave of the previous change done). */
async function waitSaved(page: Page): Promise<void> {
  await page
    .locator('.save-status', { hasText: '已保存' })
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
}

export async function measurePaste(
  context: BrowserContext,
  appUrl: string,
  runs: number,
  warmup: number,
  hooks: ScenarioHooks = {},
): Promise<{ samples: PasteSample[]; failures: string[] }> {
  const page = await context.newPage();
  const rows = INPUT_ROWS.slice(0, 23).map((r) => r.id);
  const random = seededRandom(77);
  const samples: PasteSample[] = [];
  const failures: string[] = [];
  try {
    await page.goto(gridUrl(appUrl));
    await waitGridReady(page);
    await page.evaluate(appBalanceErrors);
    await hooks.before?.(page);
    for (let i = 0; i < runs + warmup; i++) {
      const values = rows.map(() => COLUMN_IDS.map(() => Math.floor(random() * 40)));
      const sample = await page.evaluate(pasteBlock, {
        rows,
        columns: COLUMN_IDS,
        values,
        left: BALANCE_LEFT,
        right: [...RESULT_ROWS, ...BALANCE_RIGHT_EXTRA],
        withTotalColumn: true,
      });
      if (!sample.ok) failures.push(sample.note);
      else if (i >= warmup) samples.push(sample);
      await waitSaved(page);
    }
    await hooks.after?.(page);
  } finally {
    await page.close();
  }
  return { samples, failures };
}

export async function measureAutosave(
  context: BrowserContext,
  appUrl: string,
  runs: number,
): Promise<{ samples: AutosaveSample[]; failures: number }> {
  const page = await context.newPage();
  const samples: AutosaveSample[] = [];
  let failures = 0;
  const cells = INPUT_ROWS.flatMap((r) => COLUMN_IDS.map((c) => ({ row: r.id, column: c })));
  try {
    await page.goto(gridUrl(appUrl));
    await waitGridReady(page);
    await waitSaved(page);
    for (let i = 0; i < runs + 1; i++) {
      const cell = cells[(i * 37) % cells.length] ?? { row: 'granted', column: 'naturalPerson' };
      const current = await page
        .locator(`[data-path="requests.${cell.row}.${cell.column}"]`)
        .inputValue();
      const digit = ((Number(current) || 0) + 1 + (i % 8)) % 10;
      await page.evaluate(armAutosave, {
        draftId: GRID_DRAFT_ID,
        row: cell.row,
        column: cell.column,
        expected: digit,
      });
      await page.keyboard.press(String(digit));
      const sample = await page.evaluate(() => window.__benchAutosave ?? null);
      if (!sample?.ok) failures++;
      else if (i > 0) samples.push(sample);
    }
  } finally {
    await page.close();
  }
  return { samples, failures };
}

export interface LoadedChunk {
  file: string;
  bytes: number;
  gzip: number;
  /** Loaded before the screen was usable. */
  beforeReady: boolean;
  /** Packages and source folders bundled into it, largest first, with their share of it. */
  contents: string[];
}

export interface ColdStart {
  times: ReadyTimes[];
  chunks: LoadedChunk[];
}

/** The package or src folder a module belongs to. */
export function moduleGroup(id: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg?.[1]) return pkg[1];
  const src = /\/src\/([^/]+(?:\/[^/]+)?)\//.exec(id);
  return src?.[1] ? `src/${src[1]}` : id.replace(/^.*\//, '');
}

/** What a chunk holds, as packages and src folders with their share of its code, largest first. */
function describeChunk(modules: readonly ChunkModule[]): string[] {
  const groups = new Map<string, number>();
  let all = 0;
  for (const m of modules) {
    const group = moduleGroup(m.id);
    groups.set(group, (groups.get(group) ?? 0) + m.bytes);
    all += m.bytes;
  }
  return [...groups.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([group, bytes]) => `${group} ${all > 0 ? Math.round((100 * bytes) / all) : 0}%`);
}

/**
 * Cold start: a new page with the HTTP cache cleared and disabled (so nothing, not even V8's
 * code cache, is reused), no service worker; navigation start to usable and to the frame that
 * paints it. The JavaScript of the last run's page is listed and sized (gzip, zlib level 6).
 */
export async function measureColdStart(
  context: BrowserContext,
  url: string,
  what: ReadyKind,
  runs: number,
  chunkModules: ChunkModules,
): Promise<ColdStart> {
  const times: ReadyTimes[] = [];
  let chunks: LoadedChunk[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(watchReady, what);
    const scripts: { url: string; at: number; body: Promise<Buffer> }[] = [];
    page.on('response', (response) => {
      const u = new URL(response.url());
      if (/\.m?js$/.test(u.pathname)) {
        scripts.push({ url: u.pathname, at: performance.now(), body: response.body() });
      }
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchReady, undefined, { timeout: 30_000 });
    const readyAt = performance.now();
    const t = await page.evaluate(() => window.__benchReady ?? null);
    await page.waitForLoadState('networkidle');
    if (t && i > 0) times.push(t);
    if (i === runs) {
      chunks = [];
      for (const s of scripts) {
        const body = await s.body;
        const file = s.url.replace(/^.*?\/(assets\/)/, '$1').replace(/^\//, '');
        chunks.push({
          file,
          bytes: body.length,
          gzip: gzipSync(body).length,
          beforeReady: s.at <= readyAt,
          contents: describeChunk(chunkModules[file] ?? []),
        });
      }
    }
    await cdp.detach();
    await page.close();
  }
  return { times, chunks };
}

/** A context whose app holds `count` drafts, restored from one backup through the UI. */
export async function seededListContext(
  browser: Browser,
  appUrl: string,
  work: string,
  count: number,
  log: (line: string) => void,
): Promise<BrowserContext> {
  const context = await newBenchContext(browser, { serviceWorkers: 'block' });
  const file = `${work}/backup-${count}.json`;
  const drafts = Array.from({ length: count }, (_, i) =>
    draftOf(
      `bench-list-${String(i).padStart(4, '0')}`,
      variedReport(i),
      new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    ),
  );
  writeBackup(file, drafts);
  const setup = await context.newPage();
  const start = performance.now();
  await restoreThroughUi(setup, appUrl, file);
  log(
    `  restored ${count} drafts through 从备份恢复 in ${(performance.now() - start).toFixed(0)} ms`,
  );
  await setup.close();
  return context;
}

/** What makes the list of `count` drafts usable: its first page and the count of all drafts. */
export function listReady(count: number): Extract<ReadyKind, { kind: 'list' }> {
  return {
    kind: 'list',
    rows: Math.min(count, DRAFT_LIST_PAGE_SIZE),
    total: `共 ${formatCount(count)} 份`,
  };
}

/**
 * Navigation to the home page listing `count` drafts until the list is usable (its first page of
 * rows and the count of all drafts shown); warm HTTP cache.
 */
export async function measureDraftList(
  context: BrowserContext,
  appUrl: string,
  count: number,
  runs: number,
): Promise<ReadyTimes[]> {
  const times: ReadyTimes[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const page = await context.newPage();
    await page.addInitScript(watchReady, listReady(count));
    await page.goto(`${appUrl}#/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchReady, undefined, { timeout: 60_000 });
    const t = await page.evaluate(() => window.__benchReady ?? null);
    if (t && i > 0) times.push(t);
    await page.close();
  }
  return times;
}
