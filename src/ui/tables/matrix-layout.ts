/**
 * 表三 as the editors' shared layout: the 25 rows × 7 columns of the one declaration, with
 * the accessible name 「行名 / 列名」 of every input and how messages name a cell.
 */
import { locationPath } from '@/domain/checks/finding';
import { computeRequestTotals } from '@/domain/matrix/compute-totals';
import {
  MATRIX_COLUMNS,
  MATRIX_ROWS,
  matrixRowName,
  type MatrixColumnId,
  type MatrixRowId,
} from '@/domain/matrix/matrix-table';
import type { Cell, Requests } from '@/domain/report/report-schema';
import { createTableLayout, type LayoutCell } from './table-layout';

/** The path of one 表三 cell, e.g. `requests.newReceived.research`. */
export function matrixCellPath(row: MatrixRowId, column: MatrixColumnId): string {
  return locationPath({ kind: 'requests', row, column });
}

/** Accessible name of a 表三 input, e.g. 「（三）不予公开 1.属于国家秘密 / 自然人」. */
export function matrixCellName(
  row: (typeof MATRIX_ROWS)[number],
  column: (typeof MATRIX_COLUMNS)[number],
): string {
  return `${matrixRowName(row)} / ${column.label}`;
}

const CELL_IDS = new Map<string, { row: MatrixRowId; column: MatrixColumnId }>();

export const MATRIX_LAYOUT = createTableLayout(
  MATRIX_ROWS.map((row, index) =>
    MATRIX_COLUMNS.map((column): LayoutCell => {
      const path = matrixCellPath(row.id, column.id);
      CELL_IDS.set(path, { row: row.id, column: column.id });
      return {
        path,
        name: matrixCellName(row, column),
        place: `第${index + 1}行“${matrixRowName(row)}”“${column.label}”`,
        kind: 'count',
        derived: row.derived || column.derived,
      };
    }),
  ),
);

/** The row and column of a 表三 cell's path, or undefined for any other path. */
export function matrixCellOf(
  path: string,
): { row: MatrixRowId; column: MatrixColumnId } | undefined {
  return CELL_IDS.get(path);
}

function cellIds(path: string): { row: MatrixRowId; column: MatrixColumnId } {
  const ids = CELL_IDS.get(path);
  if (!ids) throw new Error(`not a 表三 cell: ${path}`);
  return ids;
}

export function readMatrixCell(requests: Requests, path: string): Cell {
  const { row, column } = cellIds(path);
  return requests[row][column];
}

/** 表三 with one cell set; the derived cells are recomputed by `computeRequestTotals`. */
export function writeMatrixCell(requests: Requests, path: string, value: Cell): Requests {
  const { row, column } = cellIds(path);
  return { ...requests, [row]: { ...requests[row], [column]: value } };
}

export { computeRequestTotals as finalizeMatrix };
