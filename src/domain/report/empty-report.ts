import { MATRIX_COLUMN_IDS, MATRIX_ROW_IDS } from '../matrix/matrix-table';
import type { AgencyKind, Cell, MatrixRowValues, Report, ReviewRowValues } from './report-schema';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from './review-table';

function record<const K extends string, V>(keys: readonly K[], make: () => V): Record<K, V> {
  // safe: fromEntries over exactly `keys`
  return Object.fromEntries(keys.map((k) => [k, make()])) as Record<K, V>;
}

/** A row of 表三 with every cell unfilled (or all `fill`). */
export function emptyMatrixRow(fill: Cell = null): MatrixRowValues {
  return record(MATRIX_COLUMN_IDS, () => fill);
}

function emptyReviewRow(fill: Cell): ReviewRowValues {
  return record(
    REVIEW_COLUMNS.map((c) => c.id),
    () => fill,
  );
}

export interface EmptyReportOptions {
  agency?: string;
  agencyKind?: AgencyKind;
  year?: number;
  /** Value of every cell: null (not filled, the default) or 0. */
  fill?: Cell;
}

/**
 * The year a new report most likely covers on `today`: reports are written from the last
 * quarter of year N (drafting starts) to 1月31日/3月31日 of N+1 (条例第四十九条 deadlines), so
 * from October on it is this year's, before that last year's.
 */
export function defaultReportYear(today: Date): number {
  return today.getMonth() >= 9 ? today.getFullYear() : today.getFullYear() - 1;
}

/** A blank report, by default for `defaultReportYear(today)`. */
export function createEmptyReport(options: EmptyReportOptions = {}, today = new Date()): Report {
  const fill = options.fill ?? null;
  const agency = options.agency ?? '';
  return {
    agency,
    agencyKind: options.agencyKind ?? 'department',
    year: options.year ?? defaultReportYear(today),
    localDeadline: null,
    preamble: '',
    overview: '',
    proactive: {
      rules: { issued: fill, repealed: fill, inForce: fill },
      normativeDocuments: { issued: fill, repealed: fill, inForce: fill },
      licensing: fill,
      punishment: fill,
      enforcement: fill,
      feesWan: fill,
    },
    requests: record(MATRIX_ROW_IDS, () => emptyMatrixRow(fill)),
    reviewLitigation: record(
      REVIEW_GROUPS.map((g) => g.id),
      () => emptyReviewRow(fill),
    ),
    problems: '',
    other: '',
    signature: { agency, date: null },
    publishedAt: null,
  };
}
