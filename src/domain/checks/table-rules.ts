/**
 * The arithmetic of 表三 and 表四 (国办公开办函〔2021〕30号): the printed 勾稽关系 of 表三 and
 * the totals that the editor derives but an imported text prints (and may print wrongly).
 *
 * Partial drafts: a rule judges only what is already decided, so that a clerk typing a column
 * is not shouted at, while a finished column that does not add up is always flagged.
 * - matrix-balance on an applicant column: once 一 and 二 are filled, the column is checked
 *   for equality when all its other input cells are filled too; before that, only when the
 *   filled results and 四 already exceed 一+二 (counts are never negative, so no later typing
 *   can repair that except by correcting a typed number). The 总计 column is checked for
 *   equality only when the whole table is filled (it is the sum of columns still being typed).
 * - The total rules compare a printed total with the sum of its parts, blanks counting 0
 *   (a blank printed cell means 0, see no-blank-cells); a blank total is not compared.
 */
import { matrixRowTotal, resultColumnTotal, reviewRowTotal } from '../matrix/compute-totals';
import {
  APPLICANT_COLUMN_IDS,
  MATRIX_COLUMNS,
  MATRIX_ROWS,
  RESULT_ROW_IDS,
  type MatrixColumnId,
} from '../matrix/matrix-table';
import type { Report } from '../report/report-schema';
import { REVIEW_GROUPS, REVIEW_PART_IDS, reviewGroupName } from '../report/review-table';
import type { Finding } from './finding';
import { at, formatNumber, makeFinding } from './make-finding';

/** Float sums of whole counts are exact; this tolerance only absorbs decimals typed by mistake. */
const EPSILON = 1e-9;

function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > EPSILON;
}

const INPUT_ROW_IDS = MATRIX_ROWS.filter((r) => !r.derived).map((r) => r.id);

function columnLabel(column: MatrixColumnId): string {
  return MATRIX_COLUMNS.find((c) => c.id === column)?.label ?? column;
}

function columnComplete(requests: Report['requests'], column: MatrixColumnId): boolean {
  for (const row of INPUT_ROW_IDS) {
    if (requests[row][column] === null) return false;
    if (column === 'total') {
      for (const c of APPLICANT_COLUMN_IDS) if (requests[row][c] === null) return false;
    }
  }
  return true;
}

function balanceFinding(column: MatrixColumnId, left: number, right: number): Finding {
  const diff = formatNumber(Math.abs(left - right));
  return makeFinding(
    'matrix-balance',
    at.requests('carriedForward', column),
    `${columnLabel(column)}列：一+二=${formatNumber(left)}，（七）总计+四=${formatNumber(right)}，相差${diff}`,
    {
      related: [
        at.requests('newReceived', column),
        at.requests('carriedOver', column),
        at.requests('resultTotal', column),
      ],
    },
  );
}

/** matrix-balance: 第一项加第二项之和，等于第三项加第四项之和, per column. */
export function checkMatrixBalance(report: Report): Finding[] {
  const findings: Finding[] = [];
  const { requests } = report;
  for (const { id: column } of MATRIX_COLUMNS) {
    const received = requests.newReceived[column];
    const carried = requests.carriedOver[column];
    if (received === null || carried === null) continue;
    const left = received + carried;
    const forward = requests.carriedForward[column] ?? 0;
    if (columnComplete(requests, column)) {
      // A printed （七）总计 takes part as printed; matrix-result-total reports its own error.
      const results = requests.resultTotal[column] ?? resultColumnTotal(requests, column) ?? 0;
      if (differs(left, results + forward))
        findings.push(balanceFinding(column, left, results + forward));
    } else if (column !== 'total') {
      const results = resultColumnTotal(requests, column) ?? 0;
      if (results + forward > left + EPSILON)
        findings.push(balanceFinding(column, left, results + forward));
    }
  }
  return findings;
}

/** matrix-row-total: 总计 = 自然人 + the five 法人或其他组织 columns, every row. */
export function checkMatrixRowTotals(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const row of MATRIX_ROWS) {
    const values = report.requests[row.id];
    const printed = values.total;
    if (printed === null) continue;
    const sum = matrixRowTotal(values) ?? 0;
    if (!differs(printed, sum)) continue;
    findings.push(
      makeFinding(
        'matrix-row-total',
        at.requests(row.id, 'total'),
        `${row.label}：总计为${formatNumber(printed)}，各类申请人之和为${formatNumber(sum)}，相差${formatNumber(Math.abs(printed - sum))}`,
        { related: APPLICANT_COLUMN_IDS.map((c) => at.requests(row.id, c)) },
      ),
    );
  }
  return findings;
}

/** matrix-result-total: （七）总计 = the sum of rows 3–23, every column. */
export function checkMatrixResultTotals(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const { id: column } of MATRIX_COLUMNS) {
    const printed = report.requests.resultTotal[column];
    if (printed === null) continue;
    const sum = resultColumnTotal(report.requests, column) ?? 0;
    if (!differs(printed, sum)) continue;
    findings.push(
      makeFinding(
        'matrix-result-total',
        at.requests('resultTotal', column),
        `${columnLabel(column)}列：（七）总计为${formatNumber(printed)}，（一）至（六）各项之和为${formatNumber(sum)}，相差${formatNumber(Math.abs(printed - sum))}`,
        { related: RESULT_ROW_IDS.map((r) => at.requests(r, column)) },
      ),
    );
  }
  return findings;
}

/** review-total: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per 表四 group. */
export function checkReviewTotals(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const group of REVIEW_GROUPS) {
    const values = report.reviewLitigation[group.id];
    const printed = values.total;
    if (printed === null) continue;
    const sum = reviewRowTotal(values) ?? 0;
    if (!differs(printed, sum)) continue;
    const parts = REVIEW_PART_IDS.map((c) => formatNumber(values[c] ?? 0)).join('+');
    findings.push(
      makeFinding(
        'review-total',
        at.review(group.id, 'total'),
        `${reviewGroupName(group)}：总计为${formatNumber(printed)}，${parts}=${formatNumber(sum)}，相差${formatNumber(Math.abs(printed - sum))}`,
        { related: REVIEW_PART_IDS.map((c) => at.review(group.id, c)) },
      ),
    );
  }
  return findings;
}
