/**
 * Building findings: constructors for locations and the one place that forms a finding's
 * stable key. Keys are stored with drafts as acknowledgement ids, so their format never changes:
 * `rule@path` or `rule@path#subject`.
 */
import type { MatrixColumnId, MatrixRowId } from '../matrix/matrix-table';
import type { ProactiveCellId } from '../report/proactive-table';
import type { ReviewColumnId, ReviewGroupId } from '../report/review-table';
import { locationPath, type Finding, type FindingLocation, type Severity } from './finding';
import { ruleDef, type RuleId } from './rules';

export const at = {
  field(field: Extract<FindingLocation, { kind: 'field' }>['field']): FindingLocation {
    return { kind: 'field', field };
  },
  narrative(section: 'overview' | 'problems' | 'other'): FindingLocation {
    return { kind: 'narrative', section };
  },
  proactive(cell: ProactiveCellId): FindingLocation {
    return { kind: 'proactive', cell };
  },
  requests(row: MatrixRowId, column: MatrixColumnId): FindingLocation {
    return { kind: 'requests', row, column };
  },
  review(group: ReviewGroupId, column: ReviewColumnId): FindingLocation {
    return { kind: 'reviewLitigation', group, column };
  },
} as const;

export interface FindingExtras {
  /** Cells taking part besides the location. */
  related?: FindingLocation[];
  /** Overrides the rule's usual severity. */
  severity?: Severity;
  /** What the finding is about within its location, when one location can hold several. */
  subject?: string;
}

/** The stable key of a finding: rule, location path and subject. */
export function findingKey(rule: RuleId, location: FindingLocation, subject?: string): string {
  const base = `${rule}@${locationPath(location)}`;
  return subject ? `${base}#${subject}` : base;
}

export function makeFinding(
  rule: RuleId,
  location: FindingLocation,
  message: string,
  extras: FindingExtras = {},
): Finding {
  return {
    rule,
    severity: extras.severity ?? ruleDef(rule).severity,
    location,
    related: extras.related ?? [],
    message,
    key: findingKey(rule, location, extras.subject),
  };
}

/** A number as a clerk reads it: no exponent, no float noise (0.1 + 0.2 shows as 0.3). */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 1e6) / 1e6);
}
