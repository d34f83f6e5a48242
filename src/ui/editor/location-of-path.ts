/**
 * From a form path back to a finding location, so that a malformed value is named and linked
 * like a finding (「表三 一、本年新收政府信息公开申请数量 / 科研机构」). Built from the declarations.
 */
import { FIELD_LABELS } from '@/domain/checks/describe-location';
import { locationPath, type FindingLocation } from '@/domain/checks/finding';
import { MATRIX_COLUMNS, MATRIX_ROWS } from '@/domain/matrix/matrix-table';
import { PROACTIVE_CELLS } from '@/domain/report/proactive-table';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '@/domain/report/review-table';
import { NARRATIVE_SECTION_IDS } from '@/domain/report/sections';

type FieldId = Extract<FindingLocation, { kind: 'field' }>['field'];

function isFieldId(key: string): key is FieldId {
  return key in FIELD_LABELS;
}

const ALL_LOCATIONS: readonly FindingLocation[] = [
  ...Object.keys(FIELD_LABELS)
    .filter(isFieldId)
    .map((field): FindingLocation => ({ kind: 'field', field })),
  ...NARRATIVE_SECTION_IDS.map((section): FindingLocation => ({ kind: 'narrative', section })),
  ...PROACTIVE_CELLS.map((cell): FindingLocation => ({ kind: 'proactive', cell: cell.id })),
  ...MATRIX_ROWS.flatMap((row) =>
    MATRIX_COLUMNS.map((column): FindingLocation => ({
      kind: 'requests',
      row: row.id,
      column: column.id,
    })),
  ),
  ...REVIEW_GROUPS.flatMap((group) =>
    REVIEW_COLUMNS.map((column): FindingLocation => ({
      kind: 'reviewLitigation',
      group: group.id,
      column: column.id,
    })),
  ),
];

const BY_PATH = new Map(ALL_LOCATIONS.map((location) => [locationPath(location), location]));

/** The location edited at a form path, or null for a path no finding can point at. */
export function locationOfPath(path: string): FindingLocation | null {
  return BY_PATH.get(path) ?? null;
}
