/**
 * summarizeDraft: the list summary of a draft (`draft-summary.ts`), from the same checks the
 * editor runs. Storage calls it whenever it writes a draft; it is loaded on demand so that the
 * checks stay out of the first screen's code.
 */
import { computeTotals } from '../matrix/compute-totals';
import { draftDisplayName, type Draft } from '../report/draft-schema';
import { checkReport } from './check-report';
import { DRAFT_SUMMARY_VERSION, draftState, type DraftSummary } from './draft-summary';
import { summarizeFindings } from './summarize-findings';

export function summarizeDraft(draft: Draft): DraftSummary {
  const findings = checkReport(computeTotals(draft.report), { previousYear: draft.previousYear });
  const open = summarizeFindings(findings, draft.acknowledgements).bySeverity;
  const counts = { errors: open.error, warnings: open.warning };
  return {
    version: DRAFT_SUMMARY_VERSION,
    name: draftDisplayName(draft),
    agency: draft.report.agency,
    year: draft.report.year,
    updatedAt: draft.updatedAt,
    exportedAt: draft.exportedAt,
    state: draftState(counts, draft),
    ...counts,
  };
}
