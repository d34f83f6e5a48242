/**
 * 表四 as the editors' shared layout: its one printed data row of 15 cells (three groups of
 * 结果维持 结果纠正 其他结果 尚未审结 总计), with the read/write of each cell.
 */
import { locationPath } from '@/domain/checks/finding';
import { computeReviewTotals } from '@/domain/matrix/compute-totals';
import type { Cell, ReviewLitigation } from '@/domain/report/report-schema';
import {
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  reviewGroupName,
  type ReviewColumnId,
  type ReviewGroupId,
} from '@/domain/report/review-table';
import { createTableLayout, type LayoutCell } from './table-layout';

export function reviewCellPath(group: ReviewGroupId, column: ReviewColumnId): string {
  return locationPath({ kind: 'reviewLitigation', group, column });
}

const CELL_IDS = new Map<string, { group: ReviewGroupId; column: ReviewColumnId }>();

/** The 15 cells in printed order. */
export const REVIEW_CELLS: readonly LayoutCell[] = REVIEW_GROUPS.flatMap((group) =>
  REVIEW_COLUMNS.map((column): LayoutCell => {
    const path = reviewCellPath(group.id, column.id);
    CELL_IDS.set(path, { group: group.id, column: column.id });
    const name = `${reviewGroupName(group)} ${column.label}`;
    return { path, name, place: `“${name}”`, kind: 'count', derived: column.derived };
  }),
);

export const REVIEW_LAYOUT = createTableLayout([REVIEW_CELLS]);

function cellIds(path: string): { group: ReviewGroupId; column: ReviewColumnId } {
  const ids = CELL_IDS.get(path);
  if (!ids) throw new Error(`not a 表四 cell: ${path}`);
  return ids;
}

export function readReviewCell(value: ReviewLitigation, path: string): Cell {
  const { group, column } = cellIds(path);
  return value[group][column];
}

export function writeReviewCell(
  value: ReviewLitigation,
  path: string,
  cell: Cell,
): ReviewLitigation {
  const { group, column } = cellIds(path);
  return { ...value, [group]: { ...value[group], [column]: cell } };
}

export { computeReviewTotals as finalizeReview };

/** Header cells of one printed header row: label and how many columns it spans. */
export interface ReviewHeaderCell {
  label: string;
  colSpan: number;
  rowSpan: number;
}

/**
 * The two header rows above the column labels: 行政复议 (over two rows) | 行政诉讼, then
 * 未经复议直接起诉 | 复议后起诉 — grouping consecutive groups with the same header.
 */
export function reviewHeaderRows(): [ReviewHeaderCell[], ReviewHeaderCell[]] {
  const top: ReviewHeaderCell[] = [];
  const sub: ReviewHeaderCell[] = [];
  const width = REVIEW_COLUMNS.length;
  for (const group of REVIEW_GROUPS) {
    const last = top.at(-1);
    if (last && last.label === group.header && group.subheader !== null) last.colSpan += width;
    else top.push({ label: group.header, colSpan: width, rowSpan: group.subheader ? 1 : 2 });
    if (group.subheader) sub.push({ label: group.subheader, colSpan: width, rowSpan: 1 });
  }
  return [top, sub];
}
