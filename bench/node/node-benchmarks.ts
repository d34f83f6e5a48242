/**
 * The command-line side, in Node: checkReport on one report, the HTML and Word renderers on one
 * full report, reading published texts in-process, and `nianbao check` as a user runs it (a new
 * Node process over a folder of 10, 100 and 1,000 files), to see the cost per report and how it
 * grows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport } from '@/domain/checks/check-report';
import { fullSampleReport } from '@/domain/document/full-sample-report';
import { renderReportHtml } from '@/domain/document/render-report-html';
import { parsePublishedReport } from '@/domain/parse/parse-published-report';
import { createExchangeFile, serializeExchangeFile } from '@/domain/report/exchange';
import { renderReportDocx } from '@/export/render-report-docx';
import type { Figure } from '../lib/figures';
import { summarize, timeRuns } from '../lib/stats';
import { variedReport, variedSeedText } from './generate-reports';

export interface NodeBenchOptions {
  root: string;
  /** Scratch folder for generated files. */
  work: string;
  /** Quick mode: fewer runs. */
  quick: boolean;
  log: (line: string) => void;
}

export interface ScalingPoint {
  count: number;
  /** Median wall time over the runs, ms. */
  total: number;
  perReport: number;
}

export interface NodeDetails {
  cliCheckJson: ScalingPoint[];
  cliCheckText: ScalingPoint[];
  parseText: ScalingPoint[];
  seedText: string;
}

const SIZES = [10, 100, 1000] as const;

function seedTextPath(root: string): string {
  return join(root, '..', 'shared', 'fixtures', 'seed-xiangxiang-xinfang-2022.txt');
}

/** Wall time of one `nianbao check <dir>` process, ms. */
function runCheck(root: string, dir: string): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'bin', 'nianbao.mjs'), 'check', dir], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const elapsed = performance.now() - start;
  // Exit 1 means the check found errors (a generated text has unbalanced columns): expected.
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`nianbao check ${dir} exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  }
  return elapsed;
}

/** Median wall time at each size; the largest size (the slowest) runs once. */
function scaling(
  name: string,
  runs: number,
  measure: (count: number) => number,
  log: (line: string) => void,
  sizes: readonly number[] = SIZES,
): ScalingPoint[] {
  return sizes.map((count) => {
    const times = Array.from({ length: count >= 1000 ? 1 : runs }, () => measure(count));
    const total = summarize(times).median;
    log(`  ${name} ${count}: ${total.toFixed(0)} ms`);
    return { count, total, perReport: total / count };
  });
}

/** Cost per added report: the slope between the smallest and the largest size. */
function slope(points: readonly ScalingPoint[]): number {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || last.count === first.count) return Number.NaN;
  return (last.total - first.total) / (last.count - first.count);
}

export async function runNodeBenchmarks(
  options: NodeBenchOptions,
): Promise<{ figures: Figure[]; details: NodeDetails }> {
  const { root, work, quick, log } = options;
  const figures: Figure[] = [];
  const full = fullSampleReport();
  const previousYear = { ...variedReport(7), year: full.year - 1 };

  // checkReport: the editor calls it with a new report object on every keystroke. In the grid
  // the narrative is unchanged (its reading may be cached); in a narrative step it is new text.
  log('checkReport …');
  const n = quick ? 300 : 2000;
  let k = 0;
  const gridEdit = await timeRuns(n, 200, () => {
    k++;
    const requests = {
      ...full.requests,
      granted: { ...full.requests.granted, naturalPerson: k % 50 },
    };
    checkReport({ ...full, requests }, { previousYear });
  });
  figures.push({
    id: 'check.gridEdit',
    label: 'checkReport：一份完整报告（表格改动）',
    unit: 'ms',
    summary: summarize(gridEdit),
  });
  const textEdit = await timeRuns(quick ? 200 : 1000, 50, () => {
    k++;
    checkReport({ ...full, overview: `${full.overview}${k}` }, { previousYear });
  });
  figures.push({
    id: 'check.textEdit',
    label: 'checkReport：一份完整报告（正文改动）',
    unit: 'ms',
    summary: summarize(textEdit),
  });

  log('export …');
  const html = await timeRuns(quick ? 50 : 300, 20, () => renderReportHtml(full, 'final'));
  figures.push({
    id: 'export.html',
    label: '导出 HTML：一份完整报告',
    unit: 'ms',
    summary: summarize(html),
  });
  const docx = await timeRuns(quick ? 10 : 30, 3, () => renderReportDocx(full, 'final'));
  figures.push({
    id: 'export.docx',
    label: '导出 Word（.docx）：一份完整报告',
    unit: 'ms',
    summary: summarize(docx),
  });

  // Published texts: the seed portal text when shared/fixtures is beside the repository, else
  // the app's own HTML export of the varied reports (a fresh clone may lack shared/).
  const seedPath = seedTextPath(root);
  const haveSeed = existsSync(seedPath);
  const seed = haveSeed ? readFileSync(seedPath, 'utf8') : '';
  const textOf = (i: number): { ext: string; text: string } =>
    haveSeed
      ? { ext: 'txt', text: variedSeedText(seed, i) }
      : { ext: 'html', text: renderReportHtml(variedReport(i), 'final') };
  const texts = Array.from({ length: 1000 }, (_, i) => textOf(i));

  log('reading published texts in-process …');
  const parseRuns = quick ? 1 : 3;
  const parseText = scaling(
    'parse',
    parseRuns,
    (count) => {
      const start = performance.now();
      for (let i = 0; i < count; i++) {
        const t = texts[i];
        if (!t) continue;
        const reading = parsePublishedReport(
          t.ext === 'txt' ? { kind: 'text', text: t.text } : { kind: 'html', html: t.text },
        );
        checkReport(reading.report);
      }
      return performance.now() - start;
    },
    log,
    // In-process reading stops at 100: `nianbao check` below reads all 1,000 once more.
    [10, 100],
  );
  const perText = summarize(
    await timeRuns(quick ? 50 : 150, 10, (i) => {
      const t = texts[i % texts.length];
      if (!t) return;
      parsePublishedReport(
        t.ext === 'txt' ? { kind: 'text', text: t.text } : { kind: 'html', html: t.text },
      );
    }),
  );
  figures.push({
    id: 'parse.one',
    label: `读取一篇已发布文字（${haveSeed ? '湘乡 .txt 变体' : 'HTML 导出'}）`,
    unit: 'ms',
    summary: perText,
  });

  // Files for the command line.
  log('writing files for nianbao check …');
  const jsonDirs = new Map<number, string>();
  const textDirs = new Map<number, string>();
  for (const count of SIZES) {
    const jsonDir = join(work, `json-${count}`);
    const textDir = join(work, `text-${count}`);
    rmSync(jsonDir, { recursive: true, force: true });
    rmSync(textDir, { recursive: true, force: true });
    mkdirSync(jsonDir, { recursive: true });
    mkdirSync(textDir, { recursive: true });
    for (let i = 0; i < count; i++) {
      const id = String(i).padStart(4, '0');
      const exchange = createExchangeFile(variedReport(i), {
        status: 'final',
        now: new Date('2024-01-20T08:00:00Z'),
      });
      writeFileSync(join(jsonDir, `report-${id}.json`), serializeExchangeFile(exchange));
      const t = texts[i];
      if (t) writeFileSync(join(textDir, `report-${id}.${t.ext}`), t.text);
    }
    jsonDirs.set(count, jsonDir);
    textDirs.set(count, textDir);
  }

  log('nianbao check …');
  const cliRuns = quick ? 1 : 3;
  const empty = join(work, 'json-1');
  rmSync(empty, { recursive: true, force: true });
  mkdirSync(empty, { recursive: true });
  writeFileSync(
    join(empty, 'report.json'),
    serializeExchangeFile(
      createExchangeFile(variedReport(0), { status: 'final', now: new Date() }),
    ),
  );
  const startup = summarize(Array.from({ length: cliRuns + 2 }, () => runCheck(root, empty)));
  figures.push({
    id: 'cli.one',
    label: 'nianbao check：1 个文件（含进程启动）',
    unit: 'ms',
    summary: startup,
  });
  const cliCheckJson = scaling(
    'check json',
    cliRuns,
    (c) => runCheck(root, jsonDirs.get(c) ?? ''),
    log,
  );
  // One run per size: reading texts costs far more than the process start it would average out.
  const cliCheckText = scaling('check text', 1, (c) => runCheck(root, textDirs.get(c) ?? ''), log);
  for (const [id, label, points] of [
    ['cli.json', 'nianbao check：交换 JSON', cliCheckJson],
    ['cli.text', `nianbao check：已发布文字（.${haveSeed ? 'txt' : 'html'}）`, cliCheckText],
    ['parse.scaling', '读取并核对已发布文字（进程内）', parseText],
  ] as const) {
    for (const p of points) {
      figures.push({
        id: `${id}.${p.count}`,
        label: `${label} ${p.count} 份，总耗时`,
        unit: 'ms',
        value: p.total,
      });
    }
    figures.push({
      id: `${id}.slope`,
      label: `${label}：每多一份`,
      unit: 'ms/份',
      value: slope(points),
    });
  }
  return {
    figures,
    details: { cliCheckJson, cliCheckText, parseText, seedText: haveSeed ? seedPath : 'html' },
  };
}
