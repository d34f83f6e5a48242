/**
 * Chinese names for places in an exchange file, so that a refused import says what is wrong
 * and where in the words of the printed report: 「表三 一、本年新收政府信息公开申请数量 /
 * 科研机构：应为数字」. Table places are named from the table declarations.
 */
import type { z } from 'zod';
import { matrixRowName, MATRIX_COLUMNS, MATRIX_ROWS } from '../matrix/matrix-table';
import { PROACTIVE_CELLS, proactiveCellName } from './proactive-table';
import { AGENCY_KINDS } from './report-schema';
import { REVIEW_COLUMNS, REVIEW_GROUPS, reviewGroupName } from './review-table';
import { SECTIONS } from './sections';
import { FIELD_LABELS } from '../checks/describe-location';

const ENVELOPE_LABELS: Record<string, string> = {
  format: '文件格式标识（format）',
  schemaVersion: '格式版本（schemaVersion）',
  exportedAt: '导出时间（exportedAt）',
  status: '定稿状态（status）',
  report: '报告内容（report）',
};

const TABLE_NAMES: Record<string, string> = {
  proactive: '表二',
  requests: '表三',
  reviewLitigation: '表四',
};

/** A field's label (基本信息, 落款) as the editor shows it; 「落款」 for the signature as a whole. */
function fieldLabel(key: string): string | undefined {
  if (key === 'signature') return '落款';
  return Object.entries(FIELD_LABELS).find(([k]) => k === key)?.[1];
}

/**
 * The Chinese name of a place inside a report, from its path (`['requests', 'newReceived',
 * 'research']` → 「表三 一、本年新收政府信息公开申请数量 / 科研机构」). Unknown trailing
 * parts are kept as they are, so the name always points somewhere.
 */
export function describeReportPath(path: readonly PropertyKey[]): string {
  const parts = path.map((p) => String(p));
  const [head, second, third, ...rest] = parts;
  if (head === undefined) return '报告';
  const tail = rest.length > 0 ? ` / ${rest.join('.')}` : '';
  const table = TABLE_NAMES[head];
  if (table !== undefined) {
    if (second === undefined) return table;
    if (head === 'proactive') {
      const id = third === undefined ? second : `${second}.${third}`;
      const cell = PROACTIVE_CELLS.find((c) => c.id === id);
      if (cell) return `${table} ${proactiveCellName(cell)}${tail}`;
      const row = PROACTIVE_CELLS.find((c) => c.id.startsWith(`${second}.`));
      if (row) return `${table} ${row.row}${third === undefined ? '' : ` / ${third}`}${tail}`;
      return `${table} ${parts.slice(1).join('.')}`;
    }
    if (head === 'requests') {
      const row = MATRIX_ROWS.find((r) => r.id === second);
      const rowName = row ? matrixRowName(row) : second;
      if (third === undefined) return `${table} ${rowName}`;
      const column = MATRIX_COLUMNS.find((c) => c.id === third)?.label ?? third;
      return `${table} ${rowName} / ${column}${tail}`;
    }
    const group = REVIEW_GROUPS.find((g) => g.id === second);
    const groupName = group ? reviewGroupName(group) : second;
    if (third === undefined) return `${table} ${groupName}`;
    const column = REVIEW_COLUMNS.find((c) => c.id === third)?.label ?? third;
    return `${table} ${groupName} / ${column}${tail}`;
  }
  const section = SECTIONS.find((s) => s.id === head);
  if (section) return section.heading;
  const joined = [head, second].filter((p) => p !== undefined).join('.');
  const label = fieldLabel(joined) ?? fieldLabel(head);
  if (label !== undefined) return label;
  return parts.join('.');
}

/** The Chinese name of a place in the whole exchange file (envelope or report). */
export function describeExchangePath(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path;
  if (head === 'report' && rest.length > 0) return describeReportPath(rest);
  if (head === undefined) return '文件';
  return ENVELOPE_LABELS[String(head)] ?? path.map(String).join('.');
}

/** A short, printable view of a wrong value, for messages. */
function preview(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > 20 ? `${value.slice(0, 20)}…` : value;
    return `「${short}」`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return '一个列表';
  return '一组数据';
}

const EXPECTED_NAMES: Record<string, string> = {
  number: '数字',
  string: '文字',
  object: '一组数据（JSON 对象）',
  boolean: 'true 或 false',
};

/**
 * What is wrong, in Chinese, for one zod issue (parse with `reportInput: true` so that the
 * wrong value can be quoted). Messages the schema sets itself (数值过大, 日期格式…) are kept.
 */
export function describeIssueProblem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (!('input' in issue) || issue.input === undefined) return '缺少此项';
      if ('received' in issue && issue.received === 'Infinity') return '数值过大';
      const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
      return `应为${expected}，文件中是${preview(issue.input)}`;
    }
    case 'invalid_value': {
      if (issue.path.at(-1) === 'agencyKind') {
        const kinds = AGENCY_KINDS.map((k) => `${k.id}（${k.label}）`).join(' 或 ');
        return `应为 ${kinds}`;
      }
      const allowed = issue.values.map((v) => JSON.stringify(v)).join('、');
      return `应为 ${allowed}`;
    }
    default:
      return issue.message;
  }
}
