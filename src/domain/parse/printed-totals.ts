/**
 * Totals printed in a source are compared with their parts and every disagreement goes into the
 * account under the rule it breaks. The printed numbers stay in the report: the user decides
 * which figure is wrong (principle: derived numbers are never trusted, never silently replaced).
 */
import { matrixRowTotal, resultColumnTotal, reviewRowTotal } from '../matrix/compute-totals';
import { matrixRowName, MATRIX_COLUMNS, MATRIX_ROWS } from '../matrix/matrix-table';
import type { Report } from '../report/report-schema';
import { REVIEW_GROUPS, REVIEW_PART_IDS, reviewGroupName } from '../report/review-table';
import type { ReadingProblem } from './reading';

function complete(values: readonly (number | null)[]): boolean {
  return values.every((v) => v !== null);
}

const fmt = (n: number): string => String(Math.round(n * 1e6) / 1e6);

export function printedTotalsAccount(report: Report, account: ReadingProblem[]): void {
  const { requests, reviewLitigation } = report;
  for (const row of MATRIX_ROWS) {
    const values = requests[row.id];
    const parts = MATRIX_COLUMNS.filter((c) => !c.derived).map((c) => values[c.id]);
    const sum = matrixRowTotal(values);
    if (values.total === null || sum === null || !complete(parts) || sum === values.total) continue;
    account.push({
      kind: 'total',
      severity: 'error',
      rule: 'matrix-row-total',
      location: { kind: 'requests', row: row.id, column: 'total' },
      message: `表三「${matrixRowName(row)}」总计印为${fmt(values.total)}，六类申请人之和为${fmt(sum)}；保留印刷的数字，请核对。`,
    });
  }
  for (const column of MATRIX_COLUMNS) {
    const printed = requests.resultTotal[column.id];
    const parts = MATRIX_ROWS.filter((r) => r.item === 'three' && !r.derived).map(
      (r) => requests[r.id][column.id],
    );
    const sum = resultColumnTotal(requests, column.id);
    if (printed === null || sum === null || !complete(parts) || sum === printed) continue;
    account.push({
      kind: 'total',
      severity: 'error',
      rule: 'matrix-result-total',
      location: { kind: 'requests', row: 'resultTotal', column: column.id },
      message: `表三「${column.label}」列（七）总计印为${fmt(printed)}，（一）至（六）各项之和为${fmt(sum)}；保留印刷的数字，请核对。`,
    });
  }
  for (const column of MATRIX_COLUMNS) {
    const a = requests.newReceived[column.id];
    const b = requests.carriedOver[column.id];
    const c = requests.resultTotal[column.id];
    const d = requests.carriedForward[column.id];
    if (a === null || b === null || c === null || d === null || a + b === c + d) continue;
    account.push({
      kind: 'total',
      severity: 'error',
      rule: 'matrix-balance',
      location: { kind: 'requests', row: 'resultTotal', column: column.id },
      message: `表三「${column.label}」列勾稽关系不成立：一（${fmt(a)}）+二（${fmt(b)}）=${fmt(a + b)}，（七）总计（${fmt(c)}）+四（${fmt(d)}）=${fmt(c + d)}。`,
    });
  }
  for (const group of REVIEW_GROUPS) {
    const values = reviewLitigation[group.id];
    const sum = reviewRowTotal(values);
    if (
      values.total === null ||
      sum === null ||
      !complete(REVIEW_PART_IDS.map((c) => values[c])) ||
      sum === values.total
    )
      continue;
    account.push({
      kind: 'total',
      severity: 'error',
      rule: 'review-total',
      location: { kind: 'reviewLitigation', group: group.id, column: 'total' },
      message: `表四「${reviewGroupName(group)}」总计印为${fmt(values.total)}，结果维持、结果纠正、其他结果、尚未审结之和为${fmt(sum)}；保留印刷的数字，请核对。`,
    });
  }
}
