/**
 * 表四 from a token stream: fifteen numbers in the template's order (行政复议, then 行政诉讼
 * 未经复议直接起诉, then 复议后起诉; each 结果维持, 结果纠正, 其他结果, 尚未审结, 总计).
 * Anything but fifteen cannot be placed with certainty and is reported, not guessed.
 */

import type { ReviewLitigation } from '../report/report-schema';
import { REVIEW_COLUMNS, REVIEW_GROUPS, reviewGroupName } from '../report/review-table';
import type { ReadingProblem } from './reading';
import type { TableToken } from './table-tokens';

function emptyReview(): ReviewLitigation {
  return Object.fromEntries(
    REVIEW_GROUPS.map((g) => [g.id, Object.fromEntries(REVIEW_COLUMNS.map((c) => [c.id, null]))]),
  ) as ReviewLitigation; // safe: one entry per group and column id
}

export function readReview(
  tokens: readonly TableToken[],
  account: ReadingProblem[],
): ReviewLitigation {
  const review = emptyReview();
  const values = tokens.filter(
    (t): t is Extract<TableToken, { kind: 'value' }> => t.kind === 'value',
  );
  const expected = REVIEW_GROUPS.length * REVIEW_COLUMNS.length;
  if (values.length === 0) {
    account.push({
      kind: 'missing',
      severity: 'error',
      rule: null,
      location: null,
      message: '没有读到表四（政府信息公开行政复议、行政诉讼情况）的数字，表四留空。',
    });
    return review;
  }
  if (values.length !== expected) {
    account.push({
      kind: 'unplaced',
      severity: 'error',
      rule: null,
      location: null,
      message: `表四读到${values.length}个数（${values.map((v) => v.raw).join('、')}），应为${expected}个，无法确定各自所在的单元格，表四留空。`,
    });
    return review;
  }
  let i = 0;
  for (const group of REVIEW_GROUPS) {
    for (const column of REVIEW_COLUMNS) {
      const token = values[i++];
      if (!token) continue;
      review[group.id][column.id] = token.value;
      if (token.blank) {
        account.push({
          kind: 'blank',
          severity: 'warning',
          rule: 'no-blank-cells',
          location: { kind: 'reviewLitigation', group: group.id, column: column.id },
          message: `表四「${reviewGroupName(group)}」「${column.label}」印为「${token.raw || '空白'}」，按0读入；发布的表格应填0。`,
        });
      }
    }
  }
  return review;
}
