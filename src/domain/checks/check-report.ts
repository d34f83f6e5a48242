/**
 * checkReport: every consistency rule of spec/report-format.md that one report (and last
 * year's, when known) can decide. Pure and fast (it runs on every keystroke of the editor);
 * it never throws, whatever a partial draft holds. How each rule treats blank cells is written
 * beside the rule (`table-rules.ts`, `cell-rules.ts`).
 */
import type { Report } from '../report/report-schema';
import { checkCountsAreWhole, checkFeeAmount, checkNoBlankCells } from './cell-rules';
import { checkDates } from './date-rules';
import type { Finding, Severity } from './finding';
import { checkFeeDisclosure, checkOverviewTopics, checkProblemsPresent } from './narrative-rules';
import { checkCarryOver, checkDocumentsInForce } from './previous-year-rules';
import {
  checkMatrixBalance,
  checkMatrixResultTotals,
  checkMatrixRowTotals,
  checkReviewTotals,
} from './table-rules';
import { checkTextMatchesTables } from './text-rules';

export interface CheckOptions {
  /** Last year's report, when known: enables carry-over, documents-in-force and repetition. */
  previousYear?: Report | null;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Every rule of the spec over one report. Never throws, even on an empty draft. Findings come
 * errors first, then warnings, then advice; within a severity in the order of the rules.
 */
export function checkReport(report: Report, options: CheckOptions = {}): Finding[] {
  const previous = options.previousYear ?? null;
  const findings: Finding[] = [
    ...checkMatrixBalance(report),
    ...checkMatrixRowTotals(report),
    ...checkMatrixResultTotals(report),
    ...checkReviewTotals(report),
    ...checkCountsAreWhole(report),
    ...checkFeeAmount(report),
    ...checkNoBlankCells(report),
    ...checkCarryOver(report, previous),
    ...checkTextMatchesTables(report),
    ...checkDates(report),
    ...checkFeeDisclosure(report),
    ...checkProblemsPresent(report, previous),
    ...checkOverviewTopics(report),
    ...checkDocumentsInForce(report, previous),
  ];
  // Array.prototype.sort is stable, so the rule order holds within a severity.
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
