import { readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// The browser found by scripts/ensure-chromium.mjs (run by `npm run test:e2e`).
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return (
      readFileSync(new URL('./e2e/.chromium-path', import.meta.url), 'utf8').trim() || undefined
    );
  } catch {
    return undefined;
  }
}

// Several runs may share a machine: each may pick its own port and output folders.
const port = Number(process.env.E2E_PORT ?? 4173);
const distDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.E2E_OUT ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  // No retries: a test that passes only sometimes is a race to find, in the app or in the test.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite build --outDir ${distDir} --emptyOutDir --logLevel warn && npx vite preview --outDir ${distDir} --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
