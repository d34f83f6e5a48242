/**
 * Headless Chromium for the benchmark, through Playwright's library API: the same executable
 * and launch flags as the browser tests (playwright.config.ts), one shared browser per run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from '@playwright/test';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(root: string): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return readFileSync(join(root, 'e2e', '.chromium-path'), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

export async function launchBrowser(root: string): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(root), args: LAUNCH_ARGS });
}

/**
 * A fresh context as the browser tests use it. The init script defines `__name`, which tsx's
 * compiler inserts into functions; Playwright ships those functions' source into the page.
 */
export async function newBenchContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    ...options,
  });
  await context.addInitScript('globalThis.__name = (f) => f;');
  return context;
}
