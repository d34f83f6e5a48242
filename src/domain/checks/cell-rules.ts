/**
 * Rules on single cells: counts-are-whole, no-blank-cells and the 万元 amount of 表二
 * (fee-amount). Each finding sits on the cell itself so the grid can mark it.
 */
import type { AgencyKind, Report } from '../report/report-schema';
import { describeLocation } from './describe-location';
import type { Finding } from './finding';
import { at, formatNumber, makeFinding } from './make-finding';
import { REPORT_CELLS } from './report-cells';

/** counts-are-whole: every count typed in 表二 (nine cells), 表三 and 表四 is a whole number ≥ 0. */
export function checkCountsAreWhole(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const cell of REPORT_CELLS) {
    // Derived totals are whole when their parts are; a wrong printed total is a total rule's job.
    if (cell.unit !== '件' || cell.derived) continue;
    const value = cell.read(report);
    if (value === null || (Number.isInteger(value) && value >= 0)) continue;
    const what = value < 0 ? '是负数' : '不是整数';
    findings.push(
      makeFinding(
        'counts-are-whole',
        cell.location,
        `${describeLocation(cell.location)}：${formatNumber(value)}${what}，件数应为不小于0的整数`,
      ),
    );
  }
  return findings;
}

/**
 * no-blank-cells: a published table has no blank cell; 0 is written where there is nothing.
 * One finding per blank cell, so the grid can mark each one. A derived total is reported only
 * when some of its parts are filled (an editor total is then never blank; an imported one is).
 */
export function checkNoBlankCells(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const cell of REPORT_CELLS) {
    if (cell.read(report) !== null) continue;
    if (cell.derived && !cell.parts.some((part) => part(report) !== null)) continue;
    findings.push(
      makeFinding(
        'no-blank-cells',
        cell.location,
        `${describeLocation(cell.location)}：未填写，没有数据请填0`,
      ),
    );
  }
  return findings;
}

/**
 * Thresholds above which a 行政事业性收费 amount typed in 万元 more likely is 元.
 * A department (县级以上人民政府部门) rarely collects 1亿元 or more; a government's whole-area
 * figure reaches about 10亿元 at a prefecture-level city (淮安市 2024: 96171.6万元). Yuan totals
 * are usually typed as whole numbers, so a whole number at the lower bound is suspicious, and
 * any number at ten times it. The statement in the narrative (「收费…元」) is the other signal,
 * judged by the text rules.
 */
export const FEE_YUAN_THRESHOLDS = {
  department: { wholeFrom: 10_000, anyFrom: 100_000 },
  government: { wholeFrom: 100_000, anyFrom: 1_000_000 },
} as const satisfies Record<AgencyKind, { wholeFrom: number; anyFrom: number }>;

/** 「12345.6万元（约1.23亿元）」: the amount as a clerk checks it against the accounts. */
export function describeWan(value: number): string {
  const yi = value / 10_000;
  return yi >= 1
    ? `${formatNumber(value)}万元（约${formatNumber(Math.round(yi * 100) / 100)}亿元）`
    : `${formatNumber(value)}万元`;
}

/** fee-amount, on the number alone: negative is an error, a yuan-sized amount a warning. */
export function checkFeeAmount(report: Report): Finding[] {
  const value = report.proactive.feesWan;
  if (value === null) return [];
  const location = at.proactive('feesWan');
  if (value < 0) {
    return [
      makeFinding(
        'fee-amount',
        location,
        `行政事业性收费金额为${formatNumber(value)}万元，不能为负数`,
        {
          subject: 'negative',
        },
      ),
    ];
  }
  const limits = FEE_YUAN_THRESHOLDS[report.agencyKind];
  const suspicious =
    value >= limits.anyFrom || (value >= limits.wholeFrom && Number.isInteger(value));
  if (!suspicious) return [];
  return [
    makeFinding(
      'fee-amount',
      location,
      `行政事业性收费金额填为${describeWan(value)}，数额偏大，请确认单位是万元而不是元（按元计应填${formatNumber(value / 10_000)}）`,
      { severity: 'warning', subject: 'magnitude' },
    ),
  ];
}
