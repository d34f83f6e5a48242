/**
 * The shape of 表三 as the comparison pages need it, read from the app's one declaration:
 * 24 input rows × 6 applicant columns, the rows （七）总计 sums, and the four rows of the
 * balance rule (一 + 二 = （七）总计 + 四, per column).
 */
import {
  APPLICANT_COLUMN_IDS,
  MATRIX_COLUMNS,
  MATRIX_ROWS,
  RESULT_ROW_IDS,
  matrixRowName,
  type ApplicantColumnId,
} from '@/domain/matrix/matrix-table';

export const INPUT_ROWS = MATRIX_ROWS.filter((r) => !r.derived);
export const INPUT_COLUMNS = MATRIX_COLUMNS.filter((c) => !c.derived);
export const COLUMN_IDS: readonly ApplicantColumnId[] = APPLICANT_COLUMN_IDS;
export const RESULT_ROWS: readonly string[] = RESULT_ROW_IDS;

/** The rows of each side of the balance rule, by the declared item number. */
export const BALANCE_LEFT = MATRIX_ROWS.filter((r) => r.item === 'one' || r.item === 'two').map(
  (r) => r.id,
);
export const BALANCE_RIGHT_EXTRA = MATRIX_ROWS.filter((r) => r.item === 'four').map((r) => r.id);

/** The accessible name of a cell, as the app names it: 「（三）不予公开 1.属于国家秘密 / 自然人」. */
export function cellName(rowId: string, columnLabel: string): string {
  const row = MATRIX_ROWS.find((r) => r.id === rowId);
  return `${row ? matrixRowName(row) : rowId} / ${columnLabel}`;
}
