/**
 * Starting year N+1 from last year's report: who writes it carries over, the applications
 * still open at the end of year N become 「二、上年结转」, and nothing else does — narrative is
 * never copied (evaluators penalise text repeated from last year), dates are new, every other
 * cell waits to be filled. The previous report stays with the draft as `previousYear`, so the
 * carry-over, documents-in-force and repetition checks can compare.
 */
import { MATRIX_COLUMN_IDS } from '../matrix/matrix-table';
import { createEmptyReport } from './empty-report';
import type { Report } from './report-schema';

export function createNextYearReport(previous: Report): Report {
  const next = createEmptyReport({
    agency: previous.agency,
    agencyKind: previous.agencyKind,
    year: previous.year + 1,
  });
  const carriedOver = { ...next.requests.carriedOver };
  for (const column of MATRIX_COLUMN_IDS)
    carriedOver[column] = previous.requests.carriedForward[column];
  return {
    ...next,
    requests: { ...next.requests, carriedOver },
    signature: { agency: previous.signature.agency || previous.agency, date: null },
  };
}
