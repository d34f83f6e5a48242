/**
 * A short Chinese summary of what changed between two versions of a report, shown beside each
 * history snapshot, e.g. 「表三 改动 12 格；总体情况 +230 字」. Derived totals are not counted:
 * they change only because their parts did.
 */
import { APPLICANT_COLUMN_IDS, MATRIX_ROWS } from '@/domain/matrix/matrix-table';
import {
  DOCUMENT_COUNTS,
  DOCUMENT_KINDS,
  PROACTIVE_SCALARS,
} from '@/domain/report/proactive-table';
import type { Cell, Report } from '@/domain/report/report-schema';
import { REVIEW_GROUPS, REVIEW_PART_IDS } from '@/domain/report/review-table';
import { SECTIONS, type SectionId } from '@/domain/report/sections';

type TableSectionId = Extract<(typeof SECTIONS)[number], { kind: 'table' }>['id'];

/** The short names the template's users call the three tables by. */
const TABLE_SHORT_NAMES = {
  proactive: '表二',
  requests: '表三',
  reviewLitigation: '表四',
} as const satisfies Record<TableSectionId, string>;

function differs(a: Cell, b: Cell): boolean {
  return a !== b;
}

function proactiveCells(report: Report): Cell[] {
  const cells: Cell[] = [];
  for (const kind of DOCUMENT_KINDS) {
    for (const count of DOCUMENT_COUNTS) cells.push(report.proactive[kind][count]);
  }
  for (const scalar of PROACTIVE_SCALARS) cells.push(report.proactive[scalar]);
  return cells;
}

function requestCells(report: Report): Cell[] {
  const cells: Cell[] = [];
  for (const row of MATRIX_ROWS) {
    if (row.derived) continue;
    for (const column of APPLICANT_COLUMN_IDS) cells.push(report.requests[row.id][column]);
  }
  return cells;
}

function reviewCells(report: Report): Cell[] {
  const cells: Cell[] = [];
  for (const group of REVIEW_GROUPS) {
    for (const column of REVIEW_PART_IDS) cells.push(report.reviewLitigation[group.id][column]);
  }
  return cells;
}

const TABLE_CELLS = {
  proactive: proactiveCells,
  requests: requestCells,
  reviewLitigation: reviewCells,
} as const satisfies Record<TableSectionId, (report: Report) => Cell[]>;

function countChangedCells(before: Cell[], after: Cell[]): number {
  let changed = 0;
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (differs(before[i] ?? null, after[i] ?? null)) changed++;
  }
  return changed;
}

function textChange(title: string, before: string, after: string): string | null {
  if (before === after) return null;
  const delta = [...after].length - [...before].length;
  if (delta > 0) return `${title} +${delta} 字`;
  if (delta < 0) return `${title} −${-delta} 字`;
  return `${title} 改写`;
}

/** Fields of 基本信息 other than the preamble. */
function basicsChanged(before: Report, after: Report): number {
  const pairs: [unknown, unknown][] = [
    [before.agency, after.agency],
    [before.agencyKind, after.agencyKind],
    [before.year, after.year],
    [before.localDeadline, after.localDeadline],
    [before.signature.agency, after.signature.agency],
    [before.signature.date, after.signature.date],
    [before.publishedAt, after.publishedAt],
  ];
  return pairs.filter(([a, b]) => a !== b).length;
}

function narrativeText(report: Report, id: SectionId): string {
  switch (id) {
    case 'overview':
    case 'problems':
    case 'other':
      return report[id];
    default:
      return '';
  }
}

/** What changed from `before` to `after`; 「无改动」 when nothing did. */
export function summarizeChanges(before: Report, after: Report): string {
  const parts: string[] = [];
  const basics = basicsChanged(before, after);
  if (basics > 0) parts.push(`基本信息 改动 ${basics} 项`);
  const preamble = textChange('前言', before.preamble, after.preamble);
  if (preamble) parts.push(preamble);
  for (const section of SECTIONS) {
    if (section.kind === 'table') {
      const cells = TABLE_CELLS[section.id];
      const changed = countChangedCells(cells(before), cells(after));
      if (changed > 0) parts.push(`${TABLE_SHORT_NAMES[section.id]} 改动 ${changed} 格`);
    } else {
      const change = textChange(
        section.title,
        narrativeText(before, section.id),
        narrativeText(after, section.id),
      );
      if (change) parts.push(change);
    }
  }
  return parts.length > 0 ? parts.join('；') : '无改动';
}
