#!/usr/bin/env node
// Finds a Chromium for the browser tests, installing one where it can:
//   1. $CHROMIUM_PATH (or $PLAYWRIGHT_CHROMIUM_EXECUTABLE) if it names an executable;
//   2. /usr/bin/chromium or /usr/bin/chromium-browser (Debian/Ubuntu package);
//   3. Playwright's own Chromium, if already downloaded;
//   4. `npx playwright install chromium`;
//   5. as root with apt-get: Debian's `chromium` package.
// Prints the path it settled on to e2e/.chromium-path; exits non-zero with a clear message if none.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'e2e', '.chromium-path');

function executable(path) {
  if (!path) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function playwrightOwn() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function done(path, how) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, path);
  console.log(`浏览器测试使用 Chromium：${path}（${how}）`);
  process.exit(0);
}

const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
if (fromEnv) {
  if (executable(fromEnv)) done(fromEnv, '环境变量');
  console.error(`环境变量指定的浏览器不存在或不可执行：${fromEnv}`);
  process.exit(1);
}
for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
  if (executable(path)) done(path, '系统已安装');
}
let own = await playwrightOwn();
if (own) done(own, 'Playwright 自带');

console.log('未找到 Chromium，尝试 npx playwright install chromium …');
spawnSync('npx', ['playwright', 'install', 'chromium'], {
  cwd: root,
  stdio: 'inherit',
  timeout: 300_000,
});
own = await playwrightOwn();
if (own) done(own, 'Playwright 下载');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt;
try {
  execFileSync('which', ['apt-get'], { stdio: 'ignore' });
  hasApt = true;
} catch {
  hasApt = false;
}
if (isRoot && hasApt) {
  console.log('改用 apt-get 安装 Debian 的 chromium …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (executable('/usr/bin/chromium')) done('/usr/bin/chromium', 'apt-get 安装');
}

console.error(
  '无法找到或安装 Chromium。请安装 Chromium（Debian/Ubuntu：sudo apt-get install chromium），' +
    '或执行 npx playwright install chromium，或用环境变量 CHROMIUM_PATH 指定浏览器路径。',
);
process.exit(1);
