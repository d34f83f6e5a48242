// Unit tests of the benchmark's own helpers: `npx vitest run --config bench/vitest.config.ts`.
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  test: { environment: 'node', include: ['bench/**/*.test.ts'] },
});
