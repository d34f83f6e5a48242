/**
 * Findings: what the consistency rules say about a report. Rules never throw; every problem
 * is a finding with its rule id, severity, exact location and a Chinese message with numbers.
 */
import type { MatrixColumnId, MatrixRowId } from '../matrix/matrix-table';
import type { ProactiveCellId } from '../report/proactive-table';
import type { ReviewColumnId, ReviewGroupId } from '../report/review-table';
import type { SectionId } from '../report/sections';
import type { RuleId } from './rules';

/** error blocks a final export; warning can be acknowledged with a reason; info is advice. */
export type Severity = 'error' | 'warning' | 'info';

/** Where a finding points: a field, a narrative section or one cell of a table. */
export type FindingLocation =
  | {
      kind: 'field';
      field:
        | 'agency'
        | 'agencyKind'
        | 'year'
        | 'localDeadline'
        | 'preamble'
        | 'signature.agency'
        | 'signature.date'
        | 'publishedAt';
    }
  | { kind: 'narrative'; section: 'overview' | 'problems' | 'other' }
  | { kind: 'proactive'; cell: ProactiveCellId }
  | { kind: 'requests'; row: MatrixRowId; column: MatrixColumnId }
  | { kind: 'reviewLitigation'; group: ReviewGroupId; column: ReviewColumnId };

export interface Finding {
  /** Rule id from spec/report-format.md. */
  rule: RuleId;
  severity: Severity;
  /** The place the user should go to fix it. */
  location: FindingLocation;
  /** Other cells that take part in the broken rule (highlighted together). */
  related: FindingLocation[];
  /** A sentence a clerk understands, with the numbers involved. */
  message: string;
  /**
   * Stable key of this finding (rule + location + what it is about) under which a warning's
   * acknowledgement is kept with the draft.
   */
  key: string;
}

/** The section (wizard step) a location belongs to; fields belong to 基本信息 (null). */
export function locationSection(location: FindingLocation): SectionId | null {
  switch (location.kind) {
    case 'field':
      return null;
    case 'narrative':
      return location.section;
    case 'proactive':
      return 'proactive';
    case 'requests':
      return 'requests';
    case 'reviewLitigation':
      return 'reviewLitigation';
  }
}

/** A dotted path into the report, e.g. `requests.newReceived.research`. */
export function locationPath(location: FindingLocation): string {
  switch (location.kind) {
    case 'field':
      return location.field;
    case 'narrative':
      return location.section;
    case 'proactive':
      return `proactive.${location.cell}`;
    case 'requests':
      return `requests.${location.row}.${location.column}`;
    case 'reviewLitigation':
      return `reviewLitigation.${location.group}.${location.column}`;
  }
}
