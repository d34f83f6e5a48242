/**
 * Builds what the benchmark measures: the app exactly as `vite build` makes it (the project's
 * own vite.config.ts, output to a temp folder), plus a record of which source modules each
 * output chunk holds (to tell which chunks carry docx or pdf.js); and the comparison pages from
 * bench/vite.config.ts, which are no part of the app's build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';

/** A module bundled into a chunk, with the size of its code as rendered (before minifying). */
export interface ChunkModule {
  id: string;
  bytes: number;
}

/** Output JS file name (relative to the build folder) -> the modules bundled into it. */
export type ChunkModules = Record<string, ChunkModule[]>;

function recordChunkModules(into: ChunkModules): Plugin {
  return {
    name: 'bench-record-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        into[item.fileName] = item.moduleIds.map((id) => ({
          id,
          bytes: item.modules[id]?.renderedLength ?? 0,
        }));
      }
    },
  };
}

export async function buildApp(
  root: string,
  outDir: string,
  options: { minify?: boolean } = {},
): Promise<ChunkModules> {
  const chunks: ChunkModules = {};
  mkdirSync(outDir, { recursive: true });
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      ...(options.minify === false ? { minify: false, sourcemap: true } : {}),
    },
    plugins: [recordChunkModules(chunks)],
  });
  writeFileSync(join(outDir, '..', 'bench-chunk-modules.json'), JSON.stringify(chunks, null, 1));
  return chunks;
}

export async function buildComparisonPages(root: string, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: join(root, 'bench', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
