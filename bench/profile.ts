/**
 * `npm run bench -- --profile <scenario>`: where the time goes when a figure misses its target.
 * Builds the app unminified (function names kept, each module marked), runs one scenario under
 * the V8 CPU profiler of headless Chromium, writes the profile to
 * bench-results/profile-<scenario>.cpuprofile (open it in Chrome DevTools' Performance panel) and
 * prints the functions that cost most, with their source modules.
 *
 * Scenarios: keystrokes (200 digits typed into 表三), paste (ten 23 × 6 pastes), list (going to
 * the home page listing 1,000 drafts, until its first page and the count show), grid-open (going
 * from the home page to 表三), cold-grid (loading 表三 with an empty HTTP cache: a trace only, as
 * the page's process changes).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';
import {
  GRID_DRAFT_ID,
  keystrokesIn,
  listReady,
  measurePaste,
  seededAppContext,
  seededListContext,
  type ScenarioHooks,
} from './browser/app-benchmarks';
import { keystrokePlan } from './browser/keystrokes';
import { launchBrowser } from './lib/browser';
import { buildApp } from './lib/build';
import { formatFunctionTimes, functionTimes, type CpuProfile } from './lib/cpu-profile';
import { serveStatic } from './lib/static-server';
import { formatTraceSummary, summarizeTrace } from './lib/trace-summary';

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
];

export const PROFILE_SCENARIOS = ['keystrokes', 'paste', 'list', 'grid-open', 'cold-grid'] as const;
export type ProfileScenario = (typeof PROFILE_SCENARIOS)[number];

/** Starts the CPU profiler and a Chrome trace of the page; hands both over when done. */
function profilerHooks(
  browser: Browser,
  onProfile: (profile: CpuProfile, trace: string) => void,
): ScenarioHooks {
  let cdp: CDPSession | null = null;
  return {
    async before(page: Page) {
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    },
    async after() {
      if (!cdp) return;
      const { profile } = await cdp.send('Profiler.stop');
      const trace = (await browser.stopTracing()).toString('utf8');
      // safe: the protocol's Profile has exactly the fields CpuProfile names (and more)
      onProfile(profile as unknown as CpuProfile, trace);
      await cdp.detach();
    },
  };
}

export async function runProfile(
  root: string,
  work: string,
  scenario: ProfileScenario,
  port: number,
  log: (line: string) => void,
): Promise<void> {
  const appDir = join(work, 'app-profile');
  log(`building the app unminified into ${appDir} …`);
  await buildApp(root, appDir, { minify: false });
  const app = await serveStatic(appDir, port);
  const browser = await launchBrowser(root);
  const recorded: { profile: CpuProfile | null; trace: string } = { profile: null, trace: '' };
  const hooks = profilerHooks(browser, (p, trace) => {
    recorded.profile = p;
    recorded.trace = trace;
  });
  try {
    if (scenario === 'cold-grid') {
      const context = await seededAppContext(browser, app.url, work);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.clearBrowserCache');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      log('loading 表三 cold under a trace …');
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await page.goto(`${app.url}#/drafts/${GRID_DRAFT_ID}/requests`);
      await page.waitForFunction(() => {
        const input = document.querySelector('[data-path="requests.newReceived.naturalPerson"]');
        return input instanceof HTMLInputElement && !input.readOnly;
      });
      const trace = (await browser.stopTracing()).toString('utf8');
      await context.close();
      mkdirSync(join(root, 'bench-results'), { recursive: true });
      const traceFile = join(root, 'bench-results', 'trace-cold-grid.json');
      writeFileSync(traceFile, trace);
      console.log(`\ntrace written to ${traceFile}`);
      console.log(formatTraceSummary(summarizeTrace(trace), 25));
      return;
    }
    if (scenario === 'keystrokes' || scenario === 'paste' || scenario === 'grid-open') {
      const context = await seededAppContext(browser, app.url, work);
      if (scenario === 'keystrokes') {
        log('typing 200 digits into 表三 under the profiler …');
        await keystrokesIn(
          'nianbao',
          context,
          { app: app.url, pages: '' },
          keystrokePlan(200),
          0,
          hooks,
        );
      } else if (scenario === 'paste') {
        log('pasting ten 23 × 6 blocks under the profiler …');
        await measurePaste(context, app.url, 10, 0, hooks);
      } else {
        log('going from the home page to 表三 under the profiler …');
        const page = await context.newPage();
        await page.goto(`${app.url}#/`);
        await page.getByRole('table', { name: '报告列表' }).waitFor();
        await hooks.before?.(page);
        await page.evaluate((id) => {
          window.location.hash = `#/drafts/${id}/requests`;
        }, GRID_DRAFT_ID);
        await page.waitForFunction(() => {
          const input = document.querySelector('[data-path="requests.newReceived.naturalPerson"]');
          return input instanceof HTMLInputElement && !input.readOnly;
        });
        await hooks.after?.(page);
      }
      await context.close();
    } else {
      const context = await seededListContext(browser, app.url, work, 1000, log);
      const page = await context.newPage();
      await page.goto(`${app.url}#/bin`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      log('going to the list of 1,000 drafts under the profiler …');
      await hooks.before?.(page);
      await page.evaluate(() => {
        window.location.hash = '#/';
      });
      await page.waitForFunction(
        (ready) =>
          document.querySelectorAll('table[aria-label="报告列表"] tbody tr').length >= ready.rows &&
          (document
            .querySelector('[role="group"][aria-label="筛选和排序"]')
            ?.textContent?.includes(ready.total) ??
            false),
        listReady(1000),
        { timeout: 120_000 },
      );
      await hooks.after?.(page);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
  const result = recorded.profile;
  if (!result) throw new Error('no profile was recorded');
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const file = join(root, 'bench-results', `profile-${scenario}.cpuprofile`);
  writeFileSync(file, JSON.stringify(result));
  const traceFile = join(root, 'bench-results', `trace-${scenario}.json`);
  writeFileSync(traceFile, recorded.trace);
  const span = (result.endTime - result.startTime) / 1000;
  console.log(`\nprofile of ${scenario}: ${span.toFixed(0)} ms recorded, written to ${file}\n`);
  console.log(formatFunctionTimes(functionTimes(result, appDir), 30));
  console.log(`\ntrace written to ${traceFile}`);
  console.log(formatTraceSummary(summarizeTrace(recorded.trace), 25));
}
