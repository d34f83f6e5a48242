/**
 * `nianbao` — the command line: import published reports into the exchange JSON, check reports
 * against every rule, and render a report as HTML or Word. Messages are in Chinese. Exit codes:
 * 0 fine, 1 a checked report has errors, 2 bad usage or a file that cannot be read.
 */
import { writeFile } from 'node:fs/promises';
import { checkReport } from '@/domain/checks/check-report';
import { locationPath, type Finding } from '@/domain/checks/finding';
import { renderReportHtml } from '@/domain/document/render-report-html';
import { draftDisplayName } from '@/domain/report/draft-schema';
import {
  createExchangeFile,
  serializeExchangeFile,
  readExchangeFile,
} from '@/domain/report/exchange';
import type { ReadingProblem } from '@/domain/parse/reading';
import { CliInputError, expandPaths, loadReport } from './load-report';

export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const USAGE = `年报命令行 nianbao —— 政府信息公开工作年度报告的导入、核对与输出

用法：
  nianbao import <报告文件> [-o <输出.json>]
      读取已发布的报告（.txt 网页文字、.html 网页、.docx、.pdf），
      输出交换格式 JSON（不加 -o 时输出到标准输出），读取中发现的问题输出到标准错误。

  nianbao check <文件或文件夹…> [--previous <上年报告>] [--json]
      按全部规则核对报告（交换格式 .json，或已发布的 .txt/.html/.docx/.pdf）。
      文件夹会展开为其中的报告文件。--previous 指定上年报告，用于核对上年结转等。
      --json 输出 [{ file, rule, severity, path, message }]。

  nianbao render <报告.json> --html|--docx -o <输出文件>
      把交换格式 JSON 输出为可发布的 HTML 页面或 Word 文档。

  nianbao --help
      显示本说明。

退出码：0 没有错误；1 核对发现错误；2 用法不对或文件无法读取。
`;

const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;

class UsageError extends Error {}

interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

function parseArgs(
  args: readonly string[],
  withValue: readonly string[],
  known: readonly string[],
): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (withValue.includes(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-'))
        throw new UsageError(`选项 ${arg} 后面需要一个文件名。`);
      parsed.options.set(arg, value);
      i++;
    } else if (arg.startsWith('-') && arg !== '-') {
      if (!known.includes(arg)) throw new UsageError(`不认识的选项：${arg}`);
      parsed.flags.add(arg);
    } else parsed.positional.push(arg);
  }
  return parsed;
}

function accountLine(problem: ReadingProblem): string {
  return `  ${SEVERITY_NAMES[problem.severity]}  ${problem.message}`;
}

async function runImport(args: readonly string[], out: Output): Promise<number> {
  const parsed = parseArgs(args, ['-o', '--output'], []);
  const [file, ...rest] = parsed.positional;
  if (!file || rest.length > 0) throw new UsageError('import 需要且只需要一个报告文件。');
  const loaded = await loadReport(file);
  const json = serializeExchangeFile(
    createExchangeFile(loaded.report, { status: 'draft', now: new Date() }),
  );
  const target = parsed.options.get('-o') ?? parsed.options.get('--output');
  if (target) await writeFile(target, json, 'utf8');
  else out.stdout(json);
  const problems = loaded.account;
  out.stderr(
    problems.length === 0
      ? `已读取「${file}」：${draftDisplayName({ name: '', report: loaded.report })}，没有需要说明的问题。\n`
      : `已读取「${file}」：${draftDisplayName({ name: '', report: loaded.report })}。读取中有 ${problems.length} 处需要核对：\n${problems.map(accountLine).join('\n')}\n`,
  );
  if (target) out.stderr(`已写入 ${target}\n`);
  return 0;
}

interface CheckRow {
  file: string;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  path: string;
  message: string;
}

function findingRow(file: string, finding: Finding): CheckRow {
  return {
    file,
    rule: finding.rule,
    severity: finding.severity,
    path: locationPath(finding.location),
    message: finding.message,
  };
}

/** Reading problems that no rule covers (a cell not placed, a missing group) as rows of their own. */
function accountRows(file: string, account: readonly ReadingProblem[]): CheckRow[] {
  return account
    .filter((a) => a.rule === null && a.severity !== 'info')
    .map((a) => ({
      file,
      rule: 'reading',
      severity: a.severity,
      path: a.location ? locationPath(a.location) : '',
      message: a.message,
    }));
}

async function runCheck(args: readonly string[], out: Output): Promise<number> {
  const parsed = parseArgs(args, ['--previous'], ['--json']);
  if (parsed.positional.length === 0) throw new UsageError('check 需要至少一个报告文件或文件夹。');
  const asJson = parsed.flags.has('--json');
  const previousFile = parsed.options.get('--previous');
  const previousYear = previousFile ? (await loadReport(previousFile)).report : null;
  const files = await expandPaths(parsed.positional);
  if (files.length === 0)
    throw new UsageError('指定的文件夹里没有报告文件（.json、.txt、.html、.docx、.pdf）。');
  const rows: CheckRow[] = [];
  let unreadable = false;
  for (const file of files) {
    let loaded;
    try {
      loaded = await loadReport(file);
    } catch (error) {
      if (!(error instanceof CliInputError)) throw error;
      unreadable = true;
      out.stderr(`${error.message}\n`);
      continue;
    }
    const findings = checkReport(loaded.report, { previousYear });
    const fileRows = [
      ...accountRows(file, loaded.account),
      ...findings.map((f) => findingRow(file, f)),
    ];
    rows.push(...fileRows);
    if (asJson) continue;
    const title = draftDisplayName({ name: '', report: loaded.report });
    const lines = fileRows.map(
      (r) =>
        `  ${SEVERITY_NAMES[r.severity]}  [${r.rule}]${r.path ? ` ${r.path}` : ''}  ${r.message}`,
    );
    const counts = (['error', 'warning', 'info'] as const)
      .map((s) => `${SEVERITY_NAMES[s]} ${fileRows.filter((r) => r.severity === s).length}`)
      .join('，');
    out.stdout(
      `${file}\n  ${title}（${counts}）\n${lines.length > 0 ? `${lines.join('\n')}\n` : '  没有发现问题。\n'}\n`,
    );
  }
  if (asJson) out.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  if (unreadable) return 2;
  return rows.some((r) => r.severity === 'error') ? 1 : 0;
}

async function runRender(args: readonly string[], out: Output): Promise<number> {
  const parsed = parseArgs(args, ['-o', '--output'], ['--html', '--docx']);
  const [file, ...rest] = parsed.positional;
  if (!file || rest.length > 0)
    throw new UsageError('render 需要且只需要一个交换格式 .json 文件。');
  const html = parsed.flags.has('--html');
  const docx = parsed.flags.has('--docx');
  if (html === docx) throw new UsageError('render 需要 --html 或 --docx 其中之一。');
  const target = parsed.options.get('-o') ?? parsed.options.get('--output');
  if (!target) throw new UsageError('render 需要用 -o 指定输出文件。');
  if (!file.toLowerCase().endsWith('.json'))
    throw new CliInputError(
      `「${file}」不是交换格式 .json 文件；已发布的报告请先用 nianbao import 转换。`,
    );
  const loaded = await loadReport(file);
  const exchange = readExchangeFile(
    JSON.stringify(createExchangeFile(loaded.report, { status: 'draft', now: new Date() })),
  );
  const status = exchange.ok ? exchange.status : 'draft';
  if (html) await writeFile(target, renderReportHtml(loaded.report, status), 'utf8');
  else {
    const { renderReportDocx } = await import('@/export/render-report-docx');
    await writeFile(target, await renderReportDocx(loaded.report, status));
  }
  out.stderr(`已写入 ${target}\n`);
  return 0;
}

export async function main(args: readonly string[], out: Output): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        out.stdout(USAGE);
        return command === undefined ? 2 : 0;
      case 'import':
        return await runImport(rest, out);
      case 'check':
        return await runCheck(rest, out);
      case 'render':
        return await runRender(rest, out);
      default:
        throw new UsageError(`不认识的命令：${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      out.stderr(`${error.message}\n运行 nianbao --help 查看用法。\n`);
      return 2;
    }
    if (error instanceof CliInputError) {
      out.stderr(`${error.message}\n`);
      return 2;
    }
    out.stderr(`出错了：${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
