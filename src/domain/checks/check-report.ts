// PLACEHOLDER (owned by the checks work).
import type { Report } from '../report/report-schema';
import type { Finding } from './finding';

export interface CheckOptions {
  /** Last year's report, when known: enables carry-over, documents-in-force and repetition. */
  previousYear?: Report | null;
}

/** Every rule of the spec over one report. Never throws, even on an empty draft. */
export function checkReport(_report: Report, _options: CheckOptions = {}): Finding[] {
  return [];
}
