/**
 * What the draft list says about each draft: 草稿 / 已完成（无错误） / 已导出, and how many errors
 * and not-yet-acknowledged warnings the checks find.
 *
 * - 已导出: a final export was recorded and nothing was edited after it (storage keeps
 *   `updatedAt` still when only the export is recorded).
 * - 已完成（无错误）: no error and no open warning. Open warnings count too because a blank cell
 *   is a warning, and a draft with blank cells is not finished.
 * - 草稿: everything else.
 */
import { checkReport } from '@/domain/checks/check-report';
import { summarizeFindings } from '@/domain/checks/summarize-findings';
import { computeTotals } from '@/domain/matrix/compute-totals';
import type { Draft } from '@/domain/report/draft-schema';

export type DraftState = 'draft' | 'complete' | 'exported';

export const DRAFT_STATE_LABELS: Record<DraftState, string> = {
  draft: '草稿',
  complete: '已完成（无错误）',
  exported: '已导出',
};

export interface DraftCheckSummary {
  state: DraftState;
  errors: number;
  /** Warnings not acknowledged with a reason. */
  warnings: number;
}

export function summarizeDraft(draft: Draft): DraftCheckSummary {
  const findings = checkReport(computeTotals(draft.report), { previousYear: draft.previousYear });
  const open = summarizeFindings(findings, draft.acknowledgements).bySeverity;
  const exported =
    draft.exportedAt !== null && Date.parse(draft.exportedAt) >= Date.parse(draft.updatedAt);
  const complete = open.error === 0 && open.warning === 0;
  return {
    state: exported ? 'exported' : complete ? 'complete' : 'draft',
    errors: open.error,
    warnings: open.warning,
  };
}
