/**
 * Derived cells are declared, never typed twice: 表三's 总计 column and （七）总计 row, and
 * 表四's 总计 column are computed from their parts here and nowhere else.
 */
import type { Cell, MatrixRowValues, Report, ReviewRowValues } from '../report/report-schema';
import { REVIEW_GROUPS, REVIEW_PART_IDS } from '../report/review-table';
import {
  APPLICANT_COLUMN_IDS,
  MATRIX_COLUMN_IDS,
  MATRIX_ROWS,
  RESULT_ROW_IDS,
  type MatrixColumnId,
} from './matrix-table';

/**
 * Sum of the filled cells; null when none is filled (an untouched total stays blank rather
 * than claiming 0).
 */
export function sumCells(cells: readonly Cell[]): Cell {
  let sum: number | null = null;
  for (const cell of cells) if (cell !== null) sum = (sum ?? 0) + cell;
  return sum;
}

/** 总计 of one 表三 row: the six applicant columns. */
export function matrixRowTotal(row: MatrixRowValues): Cell {
  return sumCells(APPLICANT_COLUMN_IDS.map((c) => row[c]));
}

/** （七）总计 of one 表三 column: rows 3–23. */
export function resultColumnTotal(requests: Report['requests'], column: MatrixColumnId): Cell {
  return sumCells(RESULT_ROW_IDS.map((r) => requests[r][column]));
}

/** 总计 of one 表四 group: 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export function reviewRowTotal(row: ReviewRowValues): Cell {
  return sumCells(REVIEW_PART_IDS.map((c) => row[c]));
}

/** 表三 with every derived cell (总计 column, （七）总计 row) recomputed. */
export function computeRequestTotals(requests: Report['requests']): Report['requests'] {
  const next = { ...requests };
  for (const row of MATRIX_ROWS) {
    if (row.derived) continue;
    next[row.id] = { ...requests[row.id], total: matrixRowTotal(requests[row.id]) };
  }
  const resultTotal = { ...next.resultTotal };
  for (const column of MATRIX_COLUMN_IDS) resultTotal[column] = resultColumnTotal(next, column);
  next.resultTotal = resultTotal;
  return next;
}

/** 表四 with every 总计 recomputed. */
export function computeReviewTotals(
  review: Report['reviewLitigation'],
): Report['reviewLitigation'] {
  const next = { ...review };
  for (const group of REVIEW_GROUPS) {
    next[group.id] = { ...review[group.id], total: reviewRowTotal(review[group.id]) };
  }
  return next;
}

/** The report with every derived cell filled from its parts. Pure; the input is not changed. */
export function computeTotals(report: Report): Report {
  return {
    ...report,
    requests: computePartTotals('requests', report.requests),
    reviewLitigation: computePartTotals('reviewLitigation', report.reviewLitigation),
  };
}

/** The parts of the report that have derived cells, and how each is computed. */
const PART_TOTALS: { [K in keyof Report]?: (value: Report[K]) => Report[K] } = {
  requests: computeRequestTotals,
  reviewLitigation: computeReviewTotals,
};

/**
 * One part of the report with its derived cells computed, as `computeTotals` computes them in
 * the whole report; a part without derived cells is returned as it is.
 */
export function computePartTotals<K extends keyof Report>(key: K, value: Report[K]): Report[K] {
  const compute = PART_TOTALS[key];
  return compute ? compute(value) : value;
}
