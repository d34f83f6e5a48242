#!/usr/bin/env node
// `npm run bench`: finds a Chromium (as the browser tests do), then runs the TypeScript benchmark
// under tsx with the benchmark's own tsconfig (for the `@/` alias). Arguments pass through, e.g.
// `npm run bench -- --only keystrokes,cold-start`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

if (!process.env.CHROMIUM_PATH && !existsSync(join(root, 'e2e', '.chromium-path'))) {
  const found = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-chromium.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (found.status !== 0) process.exit(found.status ?? 1);
}

const tsxCli = require.resolve('tsx/cli');
const run = spawnSync(
  process.execPath,
  [
    tsxCli,
    '--tsconfig',
    join(root, 'bench', 'tsconfig.json'),
    join(root, 'bench', 'run-bench.ts'),
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(run.status ?? 1);
