/**
 * What the findings say about each table cell, computed once per change of the findings so
 * that a cell looks up its mark in a Map instead of scanning the list.
 */
import { locationPath, type Finding, type Severity } from '@/domain/checks/finding';

export interface CellMark {
  /** The most severe finding the cell takes part in. */
  severity: Severity;
  /** The messages of those findings, one per line, most severe first. */
  message: string;
  /** True when a finding points at this cell; false when the cell is only among `related`. */
  primary: boolean;
  /** Keys of the findings the cell takes part in. */
  findingKeys: readonly string[];
  /**
   * Only 「未填写」 (no-blank-cells): shown as a small corner mark instead of a tint, so that a
   * table being filled in is not painted amber all over.
   */
  quiet: boolean;
}

/** Rules whose findings alone only earn a cell the quiet mark. */
const QUIET_RULES: ReadonlySet<string> = new Set(['no-blank-cells']);

export interface CellMarks {
  byPath: ReadonlyMap<string, CellMark>;
  /** Every cell of a finding (its location and related cells), by finding key. */
  pathsByFinding: ReadonlyMap<string, readonly string[]>;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Marks for the cells whose path starts with `prefix` (e.g. `requests.`). */
export function buildCellMarks(findings: readonly Finding[], prefix: string): CellMarks {
  // Runs on every keystroke over a few hundred findings: plain loops, no per-finding closures.
  const collected = new Map<string, { finding: Finding; primary: boolean }[]>();
  const pathsByFinding = new Map<string, string[]>();
  for (const finding of findings) {
    let paths: string[] | null = null;
    for (let i = -1; i < finding.related.length; i++) {
      const location = i < 0 ? finding.location : finding.related[i];
      if (!location) continue;
      const path = locationPath(location);
      if (!path.startsWith(prefix)) continue;
      if (paths === null) paths = [];
      else if (paths.includes(path)) continue;
      paths.push(path);
      const entry = { finding, primary: i < 0 };
      const list = collected.get(path);
      if (list) list.push(entry);
      else collected.set(path, [entry]);
    }
    if (paths) pathsByFinding.set(finding.key, paths);
  }
  const byPath = new Map<string, CellMark>();
  for (const [path, list] of collected) {
    if (list.length > 1) list.sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity]);
    const first = list[0];
    if (!first) continue;
    byPath.set(path, {
      severity: first.finding.severity,
      message:
        list.length === 1
          ? first.finding.message
          : [...new Set(list.map((l) => l.finding.message))].join('\n'),
      primary: list.some((l) => l.primary),
      findingKeys: list.map((l) => l.finding.key),
      quiet: list.every((l) => QUIET_RULES.has(l.finding.rule)),
    });
  }
  return { byPath, pathsByFinding };
}

/** The cells that share a finding with `path`: highlighted together while it has focus. */
export function linkedPaths(marks: CellMarks, path: string | null): ReadonlySet<string> {
  const linked = new Set<string>();
  const mark = path === null ? undefined : marks.byPath.get(path);
  if (!mark) return linked;
  for (const key of mark.findingKeys) {
    for (const p of marks.pathsByFinding.get(key) ?? []) linked.add(p);
  }
  return linked;
}
