/**
 * The exchange format: how a report travels as one JSON file (to the 主管部门 that collects
 * reports, into next year's draft, into other tools). Its shape is public and stable: a
 * versioned envelope around the report, described by one zod schema from which the published
 * JSON Schema (`public/schema/report-v1.json`) is generated.
 *
 * Reading is the boundary where hostile files arrive, so it goes step by step: size before
 * anything is parsed, syntax and nesting, the envelope, `migrateReport`, then
 * `reportSchema.safeParse`, which keeps only the declared keys (nothing from the file reaches
 * an object prototype). Totals that disagree with their parts are kept as printed; the rules in
 * `checks/` report them.
 */
import { z } from 'zod';
import { checkReport } from '../checks/check-report';
import type { Finding } from '../checks/finding';
import { computeTotals } from '../matrix/compute-totals';
import { migrateReport } from '../migrate/migrate-report';
import { describeExchangePath, describeIssueProblem, describeReportPath } from './exchange-issues';
import { checkJsonSyntax } from './json-syntax';
import { reportSchema, SCHEMA_VERSION, type Report } from './report-schema';

/** The `format` tag of every exchange file. */
export const EXCHANGE_FORMAT = 'nianbao.report';

/** final: checked and complete, fit to publish; draft: anything else, marked 「草稿」. */
export const exportStatusSchema = z.enum(['final', 'draft']);
export type ExportStatus = z.infer<typeof exportStatusSchema>;

/** The envelope written by every JSON export. */
export const exchangeFileSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  status: exportStatusSchema,
  report: reportSchema,
});
export type ExchangeFile = z.output<typeof exchangeFileSchema>;

/** Largest file accepted; real exchange files are a few tens of kilobytes. */
export const MAX_EXCHANGE_FILE_BYTES = 5 * 1024 * 1024;
/** Deepest nesting accepted; a report is four levels deep. */
export const MAX_EXCHANGE_DEPTH = 32;
/** How many problems a refusal lists before summarising the rest. */
const MAX_LISTED_PROBLEMS = 20;

export interface CreateExchangeOptions {
  status: ExportStatus;
  now: Date;
}

/** The envelope for a report, its derived totals computed (the format writes them out). */
export function createExchangeFile(report: Report, options: CreateExchangeOptions): ExchangeFile {
  return {
    format: EXCHANGE_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: options.now.toISOString(),
    status: options.status,
    report: computeTotals(report),
  };
}

/** The file's text: indented, so that a person can read and compare it. */
export function serializeExchangeFile(file: ExchangeFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Paths of every table cell not filled in (null), 表二 then 表三 then 表四. */
export function unfilledCellPaths(report: Report): string[][] {
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    if (value === null) paths.push(path);
    else if (typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    }
  };
  walk(report.proactive, ['proactive']);
  walk(report.requests, ['requests']);
  walk(report.reviewLitigation, ['reviewLitigation']);
  return paths;
}

export type ReadExchangeResult =
  | {
      ok: true;
      report: Report;
      status: ExportStatus;
      /** What the report's own rules say about it (e.g. totals that disagree with their parts). */
      findings: Finding[];
      /** Things the reader accepted but the user should know (ignored keys, missing status). */
      warnings: string[];
    }
  | {
      ok: false;
      /** One sentence: what kind of problem. */
      message: string;
      /** Each problem with its place, e.g. 「表三 … / 科研机构：应为数字，文件中是「abc」」. */
      details: string[];
    };

function refuse(message: string, details: string[] = []): ReadExchangeResult {
  return { ok: false, message, details };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** UTF-8 size of a string, counting no further than `limit + 1`. */
function utf8Length(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Keys present in the file that the schema does not know (and so dropped), as paths. */
function ignoredKeys(raw: unknown, kept: unknown, path: string[]): string[][] {
  if (!isPlainObject(raw) || !isPlainObject(kept)) return [];
  const found: string[][] = [];
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(kept, key)) found.push([...path, key]);
    else found.push(...ignoredKeys(raw[key], kept[key], [...path, key]));
  }
  return found;
}

function listed(items: string[]): string[] {
  if (items.length <= MAX_LISTED_PROBLEMS) return items;
  const rest = items.length - MAX_LISTED_PROBLEMS;
  return [...items.slice(0, MAX_LISTED_PROBLEMS), `……另有 ${rest} 处`];
}

/**
 * Reads an exchange file's text into a report. Never throws and never changes anything
 * outside its result: on any problem it returns `ok: false` with Chinese messages naming
 * what is wrong and where.
 */
export function readExchangeFile(text: string): ReadExchangeResult {
  const megabytes = MAX_EXCHANGE_FILE_BYTES / 1024 / 1024;
  if (
    text.length > MAX_EXCHANGE_FILE_BYTES ||
    utf8Length(text, MAX_EXCHANGE_FILE_BYTES) > MAX_EXCHANGE_FILE_BYTES
  ) {
    return refuse(`文件过大（超过 ${megabytes} MB），不是年报导出的报告文件。`);
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return refuse('文件是空的。');

  const syntax = checkJsonSyntax(body, MAX_EXCHANGE_DEPTH);
  if (!syntax.ok) return refuse('文件不是有效的 JSON。', [syntax.message]);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return refuse('文件不是有效的 JSON。', [
      error instanceof Error ? error.message : String(error),
    ]);
  }

  if (!isPlainObject(raw) || raw.format !== EXCHANGE_FORMAT) {
    return refuse(`这不是年报导出的报告文件：缺少格式标识 "format": "${EXCHANGE_FORMAT}"。`, [
      '请选择由「导出 JSON」或「导出草稿 JSON」得到的 .json 文件。',
    ]);
  }

  const warnings: string[] = [];
  let status: ExportStatus = 'draft';
  if (raw.status === undefined) {
    warnings.push('文件没有注明定稿状态（status），已按草稿导入。');
  } else {
    const parsedStatus = exportStatusSchema.safeParse(raw.status);
    if (!parsedStatus.success) {
      return refuse('文件的定稿状态无法识别。', [
        `${describeExchangePath(['status'])}：应为 "final" 或 "draft"`,
      ]);
    }
    status = parsedStatus.data;
  }
  if (
    raw.exportedAt !== undefined &&
    !z.iso.datetime({ offset: true }).safeParse(raw.exportedAt).success
  ) {
    warnings.push('文件的导出时间（exportedAt）格式不对，已忽略。');
  }

  const migrated = migrateReport(raw.report, raw.schemaVersion);
  if (!migrated.ok) {
    const where = isPlainObject(raw.report)
      ? describeExchangePath(['schemaVersion'])
      : describeExchangePath(['report']);
    return refuse('无法读取文件中的报告。', [`${where}：${migrated.message}`]);
  }

  const parsed = reportSchema.safeParse(migrated.report, { reportInput: true });
  if (!parsed.success) {
    const details = parsed.error.issues.map(
      (issue) => `${describeReportPath(issue.path)}：${describeIssueProblem(issue)}`,
    );
    return refuse(`文件中有 ${details.length} 处不符合报告格式，未导入。`, listed(details));
  }
  const report = parsed.data;

  const envelope = Object.fromEntries(
    Object.keys(exchangeFileSchema.shape)
      .filter((key) => Object.hasOwn(raw, key))
      .map((key) => [key, key === 'report' ? report : raw[key]]),
  );
  const ignored = ignoredKeys(raw, envelope, []);
  if (ignored.length > 0) {
    const names = ignored.map((path) => path.join('.'));
    warnings.push(
      `文件中有 ${names.length} 项不属于报告格式，已忽略：${listed(names).join('、')}。`,
    );
  }
  const unfilled = unfilledCellPaths(report);
  if (status === 'final' && unfilled.length > 0) {
    warnings.push(
      `文件标记为定稿，但有 ${unfilled.length} 个单元格未填写（如 ${describeReportPath(unfilled[0] ?? [])}）。`,
    );
  }
  return { ok: true, report, status, findings: checkReport(report), warnings };
}
