/// <reference types="node" />
/**
 * Where tests find the real published reports (`shared/fixtures`, read-only, beside the
 * repository) and the hand-written expected reports (`src/domain/test-fixtures`), and how a
 * reading is compared with an expected report. Used by the tests of the importer and the command
 * line (the domain's own tests resolve the same folders themselves: the domain imports no node:).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportSchema, type Report } from '@/domain/report/report-schema';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a file in shared/fixtures. */
export function sharedFixture(name: string): string {
  return fileURLToPath(new URL(`../shared/fixtures/${name}`, `file://${repoRoot}`));
}

/** An expected report from src/domain/test-fixtures, validated by the schema. */
export function expectedReport(name: string): Report {
  const raw: unknown = JSON.parse(
    readFileSync(new URL(`../domain/test-fixtures/${name}.report.json`, import.meta.url), 'utf8'),
  );
  return reportSchema.parse(raw);
}

/**
 * A report with narrative whitespace removed: PDF text layers put spaces between Chinese and
 * digits (「2024 年」) that a reader cannot see, so narrative is compared without them.
 */
export function comparable(report: Report): Report {
  const squeeze = (text: string): string => text.replace(/\s+/g, '');
  return {
    ...report,
    preamble: squeeze(report.preamble),
    overview: squeeze(report.overview),
    problems: squeeze(report.problems),
    other: squeeze(report.other),
  };
}
