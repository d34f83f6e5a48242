/**
 * What the editor shows about findings: counts per severity and per wizard step, the findings
 * at one location (a grid cell, a field) and an index by location for marking a whole grid.
 */
import type { SectionId } from '../report/sections';
import {
  locationPath,
  locationSection,
  type Finding,
  type FindingLocation,
  type Severity,
} from './finding';

export type SeverityCounts = Record<Severity, number>;

/** Wizard step of a finding: a section, or 'basics' for the 基本信息 fields. */
export type FindingStep = SectionId | 'basics';

export interface FindingSummary {
  /** Counts of findings still open (acknowledged warnings not included). */
  readonly bySeverity: SeverityCounts;
  /** Open counts per wizard step. */
  readonly byStep: Record<FindingStep, SeverityCounts>;
  /** Warnings acknowledged by the user (kept apart: they no longer ask for attention). */
  readonly acknowledged: number;
  /** True when no error is left, i.e. a final export is allowed. */
  readonly exportable: boolean;
}

function zero(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

/** The step a finding belongs to. */
export function findingStep(finding: Finding): FindingStep {
  return locationSection(finding.location) ?? 'basics';
}

/**
 * Counts per severity and per wizard step. `acknowledged` holds the keys of acknowledged
 * warnings (e.g. a draft's `acknowledgements`); only warnings can be acknowledged, so an error
 * or info under such a key still counts.
 */
export function summarizeFindings(
  findings: readonly Finding[],
  acknowledged: Readonly<Record<string, unknown>> = {},
): FindingSummary {
  const bySeverity = zero();
  const byStep: Record<FindingStep, SeverityCounts> = {
    basics: zero(),
    overview: zero(),
    proactive: zero(),
    requests: zero(),
    reviewLitigation: zero(),
    problems: zero(),
    other: zero(),
  };
  let acknowledgedCount = 0;
  for (const finding of findings) {
    if (finding.severity === 'warning' && Object.hasOwn(acknowledged, finding.key)) {
      acknowledgedCount += 1;
      continue;
    }
    bySeverity[finding.severity] += 1;
    byStep[findingStep(finding)][finding.severity] += 1;
  }
  return {
    bySeverity,
    byStep,
    acknowledged: acknowledgedCount,
    exportable: bySeverity.error === 0,
  };
}

export interface FindingsAtOptions {
  /** Also return findings in which the location only takes part (`related`). */
  includeRelated?: boolean;
}

/** The findings that point at `location` (and, if asked, those it takes part in). */
export function findingsAt(
  findings: readonly Finding[],
  location: FindingLocation,
  options: FindingsAtOptions = {},
): Finding[] {
  const path = locationPath(location);
  return findings.filter(
    (f) =>
      locationPath(f.location) === path ||
      (options.includeRelated === true && f.related.some((r) => locationPath(r) === path)),
  );
}

export interface FindingIndex {
  /** Findings located at a path (`requests.newReceived.research`). */
  readonly at: ReadonlyMap<string, readonly Finding[]>;
  /** Findings a path takes part in without being their location. */
  readonly related: ReadonlyMap<string, readonly Finding[]>;
}

/** Findings by location path in one pass, for marking every cell of a grid. */
export function indexFindings(findings: readonly Finding[]): FindingIndex {
  const atMap = new Map<string, Finding[]>();
  const relatedMap = new Map<string, Finding[]>();
  const add = (map: Map<string, Finding[]>, path: string, finding: Finding): void => {
    const list = map.get(path);
    if (list) list.push(finding);
    else map.set(path, [finding]);
  };
  for (const finding of findings) {
    add(atMap, locationPath(finding.location), finding);
    for (const r of finding.related) add(relatedMap, locationPath(r), finding);
  }
  return { at: atMap, related: relatedMap };
}
