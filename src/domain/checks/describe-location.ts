/**
 * Chinese names of finding locations, read from the table and section declarations, e.g.
 * 「表三 一、本年新收政府信息公开申请数量 / 科研机构」. Used in finding messages and lists.
 */
import { matrixColumn, matrixRow, matrixRowName } from '../matrix/matrix-table';
import { PROACTIVE_CELLS, proactiveCellName } from '../report/proactive-table';
import { REVIEW_COLUMNS, REVIEW_GROUPS, reviewGroupName } from '../report/review-table';
import { SECTIONS } from '../report/sections';
import type { FindingLocation } from './finding';

type FieldId = Extract<FindingLocation, { kind: 'field' }>['field'];

/** Labels of the report's fields as the 基本信息 step shows them. */
export const FIELD_LABELS = {
  agency: '机关名称',
  agencyKind: '机关类别',
  year: '报告年度',
  localDeadline: '本地发布期限',
  preamble: '前言',
  'signature.agency': '落款机关',
  'signature.date': '落款日期',
  publishedAt: '发布日期',
} as const satisfies Record<FieldId, string>;

/** The printed heading of a section, e.g. 「一、总体情况」. */
export function sectionHeading(id: (typeof SECTIONS)[number]['id']): string {
  return SECTIONS.find((s) => s.id === id)?.heading ?? id;
}

/** The section title without numbering, e.g. 「总体情况」; 「前言」 for the preamble. */
export function narrativeTitle(id: 'preamble' | 'overview' | 'problems' | 'other'): string {
  if (id === 'preamble') return FIELD_LABELS.preamble;
  return SECTIONS.find((s) => s.id === id)?.title ?? id;
}

/** Where a finding points, in Chinese. */
export function describeLocation(location: FindingLocation): string {
  switch (location.kind) {
    case 'field':
      return FIELD_LABELS[location.field];
    case 'narrative':
      return sectionHeading(location.section);
    case 'proactive': {
      const cell = PROACTIVE_CELLS.find((c) => c.id === location.cell);
      return cell ? `表二 ${proactiveCellName(cell)}` : `表二 ${location.cell}`;
    }
    case 'requests':
      return `表三 ${matrixRowName(matrixRow(location.row))} / ${matrixColumn(location.column).label}`;
    case 'reviewLitigation': {
      const group = REVIEW_GROUPS.find((g) => g.id === location.group);
      const column = REVIEW_COLUMNS.find((c) => c.id === location.column);
      return `表四 ${group ? reviewGroupName(group) : location.group} / ${column?.label ?? location.column}`;
    }
  }
}
