/**
 * `npm run bench`: how fast nianbao is, measured the way a user meets it. Builds the app (the
 * project's vite.config.ts, into a temp folder) and the comparison pages (bench/vite.config.ts),
 * serves both on loopback, drives them in headless Chromium, runs the command-line side in
 * Node, prints one table (median and 95th percentile of each figure, targets met or not) and
 * writes everything to bench-results/latest.json. Nothing here passes or fails.
 *
 * Options: --quick (fewer runs, for trying the harness), --only a,b (sections: node, keystrokes,
 * paste, autosave, cold-start, draft-list), --profile <scenario> (see profile.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  GRID_DRAFT_ID,
  keystrokeCpuIn,
  keystrokesIn,
  measureAutosave,
  measureColdStart,
  measureDraftList,
  measurePaste,
  seededAppContext,
  seededListContext,
  type ColdStart,
  type GridTargetName,
} from './browser/app-benchmarks';
import { keystrokePlan, type KeystrokeRun } from './browser/keystrokes';
import { buildApp, buildComparisonPages, type ChunkModules } from './lib/build';
import { launchBrowser } from './lib/browser';
import { formatTable, targetMet, type Figure } from './lib/figures';
import { currentLoad, describeMachine } from './lib/machine';
import { serveStatic } from './lib/static-server';
import { summarize } from './lib/stats';
import { runNodeBenchmarks } from './node/node-benchmarks';
import { PROFILE_SCENARIOS, runProfile } from './profile';

const SECTIONS = ['node', 'keystrokes', 'paste', 'autosave', 'cold-start', 'draft-list'] as const;
type Section = (typeof SECTIONS)[number];

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args[args.indexOf('--only') + 1];
const only = new Set<string>(args.includes('--only') && onlyArg ? onlyArg.split(',') : SECTIONS);
const wanted = (s: Section) => only.has(s);

const APP_PORT = Number(process.env.BENCH_PORT ?? 4190);
const PAGES_PORT = APP_PORT + 1;
const WORK = process.env.BENCH_WORK ?? '/tmp/bench-work';
const started = performance.now();
const log = (line: string) => {
  const s = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[${s}s] ${line}`);
};

const profileArg = args[args.indexOf('--profile') + 1];
if (args.includes('--profile')) {
  const scenario = PROFILE_SCENARIOS.find((s) => s === profileArg);
  if (!scenario) {
    console.error(`--profile takes one of: ${PROFILE_SCENARIOS.join(', ')}`);
    process.exit(2);
  }
  await runProfile(root, WORK, scenario, APP_PORT + 2, log);
  process.exit(0);
}

const figures: Figure[] = [];
const details: Record<string, unknown> = {};
mkdirSync(WORK, { recursive: true });

function keystrokeFigures(name: string, label: string, run: KeystrokeRun): void {
  const work = summarize(run.work);
  const visible = summarize(run.visible);
  const own = name === 'nianbao';
  figures.push({
    id: `keystroke.${name}.work`,
    label: `表三按键：${label}，处理（含样式和布局）`,
    unit: 'ms',
    summary: work,
    ...(own ? { target: { stat: 'p95', max: 8 } as const } : {}),
  });
  figures.push({
    id: `keystroke.${name}.visible`,
    label: `表三按键：${label}，到显示新总计和核对结果的帧`,
    unit: 'ms',
    summary: visible,
    ...(own ? { target: { stat: 'p95', max: 16 } as const } : {}),
  });
  const late = run.framesLate.filter((f) => f > 0).length;
  figures.push({
    id: `keystroke.${name}.firstFrame`,
    label: `表三按键：${label}，在按键后的第一帧就显示的比例`,
    unit: '%',
    value: run.framesLate.length
      ? (100 * (run.framesLate.length - late)) / run.framesLate.length
      : Number.NaN,
  });
  details[`keystroke.${name}`] = {
    framesLateShare: run.framesLate.length ? late / run.framesLate.length : Number.NaN,
    failures: run.failures,
  };
}

const nodeVersionOnly = describeMachine('');
log(
  `nianbao bench on ${nodeVersionOnly.cpu} × ${nodeVersionOnly.cores}, Node ${process.version}, load ${nodeVersionOnly.loadStart.toFixed(2)}`,
);

if (wanted('node')) {
  log('Node: checkReport, export, reading texts, nianbao check …');
  const node = await runNodeBenchmarks({ root, work: join(WORK, 'node'), quick, log });
  figures.push(...node.figures);
  details.node = node.details;
}

const browserSections = SECTIONS.filter((s) => s !== 'node' && wanted(s));
let chromiumVersion = '';
if (browserSections.length > 0) {
  const appDir = join(WORK, 'app');
  const pagesDir = join(WORK, 'pages');
  log(`building the app into ${appDir} and the comparison pages into ${pagesDir} …`);
  const chunkModules: ChunkModules = await buildApp(root, appDir);
  if (wanted('keystrokes')) await buildComparisonPages(root, pagesDir);
  const app = await serveStatic(appDir, APP_PORT);
  const pages = await serveStatic(pagesDir, PAGES_PORT);
  const browser = await launchBrowser(root);
  chromiumVersion = browser.version();
  log(`Chromium ${chromiumVersion}; app on ${app.url}, comparison pages on ${pages.url}`);
  try {
    const context = await seededAppContext(browser, app.url, WORK);
    log(`stored the full sample report as draft ${GRID_DRAFT_ID} through 从备份恢复`);

    if (wanted('keystrokes')) {
      const count = quick ? 60 : 300;
      const warmup = quick ? 10 : 20;
      const plan = keystrokePlan(count + warmup);
      const runs: Partial<Record<GridTargetName, KeystrokeRun>> = {};
      for (const [target, label] of [
        ['plain', '原生 DOM（下限）'],
        ['surveyjs', 'SurveyJS'],
        ['nianbao', 'nianbao'],
      ] as const) {
        log(`keystrokes: ${label}, ${count} + ${warmup} warm-up …`);
        const run = await keystrokesIn(
          target,
          context,
          { app: app.url, pages: pages.url },
          plan,
          warmup,
        );
        runs[target] = run;
        keystrokeFigures(target, label, run);
        if (run.failures.length)
          log(
            `  ${run.failures.length} keystrokes not shown: ${run.failures.slice(0, 3).join('; ')}`,
          );
      }
      // CPU time per keystroke, in traced passes of their own (the floor and the app only:
      // SurveyJS's is not needed to tell the app's work from the machine's load).
      const cpuRuns: Partial<Record<GridTargetName, number[]>> = {};
      for (const [target, label] of [
        ['plain', '原生 DOM（下限）'],
        ['nianbao', 'nianbao'],
      ] as const) {
        log(`keystrokes, CPU time: ${label}, ${count} + ${warmup} warm-up, traced …`);
        const cpu = await keystrokeCpuIn(
          target,
          browser,
          context,
          { app: app.url, pages: pages.url },
          plan,
          warmup,
        );
        cpuRuns[target] = cpu.cpu;
        figures.push({
          id: `keystroke.${target}.cpu`,
          label: `表三按键：${label}，处理的 CPU 时间（不含等待 CPU）`,
          unit: 'ms',
          summary: summarize(cpu.cpu),
        });
        if (cpu.failures.length) log(`  ${cpu.failures.length} not measured: ${cpu.failures[0]}`);
      }
      const ownCpu = cpuRuns.nianbao;
      const plainCpu = cpuRuns.plain;
      if (ownCpu && plainCpu) {
        const a = summarize(ownCpu);
        const b = summarize(plainCpu);
        figures.push({
          id: 'keystroke.ratio.plain.cpu',
          label: 'nianbao ÷ 原生 DOM：CPU 时间',
          unit: '×',
          value: a.median / b.median,
          valueP95: a.p95 / b.p95,
        });
      }
      const own = runs.nianbao;
      for (const other of ['surveyjs', 'plain'] as const) {
        const base = runs[other];
        if (!own || !base) continue;
        for (const kind of ['work', 'visible'] as const) {
          const a = summarize(own[kind]);
          const b = summarize(base[kind]);
          figures.push({
            id: `keystroke.ratio.${other}.${kind}`,
            label: `nianbao ÷ ${other === 'plain' ? '原生 DOM' : 'SurveyJS'}：${kind === 'work' ? '处理' : '到显示'}`,
            unit: '×',
            value: a.median / b.median,
            valueP95: a.p95 / b.p95,
          });
        }
      }
    }

    if (wanted('paste')) {
      log('paste of a 23 × 6 block …');
      const paste = await measurePaste(context, app.url, quick ? 8 : 30, 3);
      figures.push({
        id: 'paste.work',
        label: '粘贴 23×6 整块：处理（含样式和布局）',
        unit: 'ms',
        summary: summarize(paste.samples.map((s) => s.work)),
      });
      figures.push({
        id: 'paste.visible',
        label: '粘贴 23×6 整块：到显示核对结果的帧',
        unit: 'ms',
        summary: summarize(paste.samples.map((s) => s.visible)),
        target: { stat: 'p95', max: 50 },
      });
      details.paste = { failures: paste.failures };
    }

    if (wanted('autosave')) {
      log('autosave …');
      const autosave = await measureAutosave(context, app.url, quick ? 5 : 15);
      figures.push({
        id: 'autosave.committed',
        label: '自动保存：最后一次按键到写入 IndexedDB',
        unit: 'ms',
        summary: summarize(autosave.samples.map((s) => s.committed)),
      });
      figures.push({
        id: 'autosave.status',
        label: '自动保存：最后一次按键到显示「已保存」',
        unit: 'ms',
        summary: summarize(autosave.samples.map((s) => s.status)),
      });
      details.autosave = { failures: autosave.failures };
    }

    if (wanted('cold-start')) {
      const runs = quick ? 3 : 10;
      log(`cold start: home × ${runs} …`);
      const home = await measureColdStart(
        context,
        `${app.url}#/`,
        { kind: 'home' },
        runs,
        chunkModules,
      );
      log(`cold start: 表三 grid × ${runs} …`);
      const grid = await measureColdStart(
        context,
        `${app.url}#/drafts/${GRID_DRAFT_ID}/requests`,
        { kind: 'grid' },
        runs,
        chunkModules,
      );
      const coldFigures = (id: string, label: string, cold: ColdStart, max?: number) => {
        figures.push({
          id: `cold.${id}`,
          label: `冷启动：导航到${label}可用（绘制帧）`,
          unit: 'ms',
          summary: summarize(cold.times.map((t) => t.frame)),
          ...(max === undefined ? {} : { target: { stat: 'p95', max } as const }),
        });
      };
      coldFigures('home', '首页列表', home);
      coldFigures('grid', '表三第一个输入框', grid, 400);
      const sum = (cold: ColdStart, beforeReadyOnly: boolean) =>
        cold.chunks
          .filter((c) => !beforeReadyOnly || c.beforeReady)
          .reduce((s, c) => s + c.gzip, 0) / 1024;
      figures.push({
        id: 'js.home',
        label: '首页加载的 JavaScript（gzip）',
        unit: 'kB',
        value: sum(home, false),
        target: { stat: 'value', max: 150 },
      });
      figures.push({
        id: 'js.grid',
        label: '直接打开表三时加载的 JavaScript（gzip）',
        unit: 'kB',
        value: sum(grid, false),
      });
      const heavy = (cold: ColdStart) =>
        cold.chunks.filter((c) => c.contents.some((p) => /^(docx|pdfjs-dist) /.test(p)));
      details.coldStart = {
        homeChunks: home.chunks,
        gridChunks: grid.chunks,
        docxOrPdfOnHome: heavy(home).map((c) => c.file),
        docxOrPdfOnGrid: heavy(grid).map((c) => c.file),
        lazyDocxOrPdfChunks: Object.entries(chunkModules)
          .filter(([, modules]) =>
            modules.some((m) => /node_modules\/(docx|pdfjs-dist)\//.test(m.id)),
          )
          .map(([file]) => file),
      };
    }

    if (wanted('draft-list')) {
      const count = quick ? 200 : 1000;
      log(`draft list with ${count} drafts …`);
      const listContext = await seededListContext(browser, app.url, WORK, count, log);
      const times = await measureDraftList(listContext, app.url, count, quick ? 3 : 8);
      await listContext.close();
      figures.push({
        id: 'list.1000',
        label: `草稿列表 ${count} 份：导航到列表可用（第一页和总数，绘制帧）`,
        unit: 'ms',
        summary: summarize(times.map((t) => t.frame)),
        target: { stat: 'p95', max: 200 },
      });
    }
    await context.close();
  } finally {
    await browser.close();
    await app.close();
    await pages.close();
  }
}

const machine = describeMachine(chromiumVersion);
machine.loadStart = nodeVersionOnly.loadStart;
machine.loadEnd = currentLoad();
const results = {
  command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
  finishedAt: new Date().toISOString(),
  durationSeconds: Math.round((performance.now() - started) / 1000),
  machine,
  figures: figures.map((f) => ({ ...f, met: targetMet(f) })),
  details,
};
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log('');
console.log(
  `机器：${machine.cpu}，${machine.cores} 核，${machine.memoryGb} GB；${machine.os}；Node ${machine.node}；Chromium ${machine.chromium || '—'}；` +
    `1 分钟负载 ${machine.loadStart.toFixed(2)} → ${machine.loadEnd.toFixed(2)}；用时 ${results.durationSeconds} s`,
);
console.log('');
console.log(formatTable(figures));
const cold = details.coldStart;
if (cold && typeof cold === 'object' && 'homeChunks' in cold) {
  const { homeChunks, docxOrPdfOnHome, docxOrPdfOnGrid, lazyDocxOrPdfChunks } = cold as {
    homeChunks: { file: string; gzip: number; contents: string[] }[];
    docxOrPdfOnHome: string[];
    docxOrPdfOnGrid: string[];
    lazyDocxOrPdfChunks: string[];
  };
  console.log('');
  console.log('首页加载的脚本：');
  for (const c of homeChunks) {
    console.log(`  ${c.file}  ${(c.gzip / 1024).toFixed(1)} kB gzip  ${c.contents.join(', ')}`);
  }
  console.log(
    `docx / pdf.js 在首页：${docxOrPdfOnHome.length ? docxOrPdfOnHome.join(', ') : '无'}；在表三：${docxOrPdfOnGrid.length ? docxOrPdfOnGrid.join(', ') : '无'}`,
  );
  console.log(`docx / pdf.js 所在的按需加载脚本：${lazyDocxOrPdfChunks.join(', ') || '无'}`);
}
console.log('');
console.log(`结果已写入 bench-results/latest.json`);
