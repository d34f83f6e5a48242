/**
 * The one rule printed in 表三 itself: per column, 第一项加第二项之和，等于第三项加第四项之和,
 * i.e. newReceived + carriedOver = resultTotal + carriedForward (spec rule matrix-balance).
 * Shared by the grid's balance line and any reader that wants the two sides.
 */
import type { Cell, Requests } from '../report/report-schema';
import { sumCells } from './compute-totals';
import { MATRIX_COLUMNS, type MatrixColumnId } from './matrix-table';

export interface ColumnBalance {
  column: MatrixColumnId;
  /** 一 + 二 (received plus carried over); null when both are blank. */
  intake: Cell;
  /** （七）总计 + 四 (settled plus carried forward); null when both are blank. */
  outcome: Cell;
  /** intake − outcome, blanks counting as 0; null when all four cells are blank. */
  difference: number | null;
}

/**
 * The two sides of one column's balance, from the cells as given (pass requests with totals
 * computed to judge what the editor shows; pass them as imported to judge a published table).
 */
export function matrixColumnBalance(requests: Requests, column: MatrixColumnId): ColumnBalance {
  const intake = sumCells([requests.newReceived[column], requests.carriedOver[column]]);
  const outcome = sumCells([requests.resultTotal[column], requests.carriedForward[column]]);
  const difference = intake === null && outcome === null ? null : (intake ?? 0) - (outcome ?? 0);
  return { column, intake, outcome, difference };
}

/** Every column's balance, in printed order. */
export function matrixBalances(requests: Requests): ColumnBalance[] {
  return MATRIX_COLUMNS.map((c) => matrixColumnBalance(requests, c.id));
}
