/**
 * Turning stored rows into drafts. Every read passes the stored report (and last year's report)
 * through `migrateReport` and then `draftSchema`, so a draft written by an older version of the
 * app opens in today's shape. A row that fails is returned as unreadable with the reason and its
 * raw content: the list shows it and offers its data for download; it is never deleted here.
 */
import { migrateReport } from '@/domain/migrate/migrate-report';
import { draftSchema, type Draft } from '@/domain/report/draft-schema';

/** A stored row that could not be read as a draft. */
export interface UnreadableDraft {
  id: string;
  /** What the row itself calls the draft (its name, or agency and year), when it says. */
  label: string | null;
  /** Why it could not be read, in Chinese. */
  reason: string;
  /** The row exactly as stored. */
  raw: unknown;
}

/** A best-effort name for a row that cannot be read, from whatever fields still make sense. */
export function unreadableLabel(stored: unknown): string | null {
  if (!isRecord(stored)) return null;
  if (typeof stored.name === 'string' && stored.name.trim()) return stored.name.trim();
  const report = stored.report;
  if (!isRecord(report) || typeof report.agency !== 'string' || !report.agency.trim()) return null;
  const year =
    typeof report.year === 'number' || typeof report.year === 'string' ? report.year : '';
  return `${report.agency.trim()}${year ? ` ${String(year)}年度` : ''}`;
}

export type ReadResult = { ok: true; draft: Draft } | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Migrates and validates a stored draft written with report schema `schemaVersion`. */
export function readStoredDraft(stored: unknown, schemaVersion: unknown): ReadResult {
  if (!isRecord(stored)) return { ok: false, reason: '草稿内容不是一个对象' };
  const report = migrateReport(stored.report, schemaVersion);
  if (!report.ok) return { ok: false, reason: report.message };
  let previousYear: unknown = stored.previousYear ?? null;
  if (previousYear !== null) {
    const migrated = migrateReport(previousYear, schemaVersion);
    if (!migrated.ok) return { ok: false, reason: `上年报告：${migrated.message}` };
    previousYear = migrated.report;
  }
  const parsed = draftSchema.safeParse({ ...stored, report: report.report, previousYear });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') : '';
    return {
      ok: false,
      reason: `草稿内容不符合当前格式${where ? `（${where}）` : ''}：${first?.message ?? '未知错误'}`,
    };
  }
  return { ok: true, draft: parsed.data };
}

/** JSON with object keys sorted, to compare stored values whatever order they were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/** The part of a draft the user edits: what decides whether it was 「edited」. */
export function draftContent(draft: unknown): unknown {
  if (!isRecord(draft)) return draft;
  return {
    name: draft.name,
    report: draft.report,
    previousYear: draft.previousYear,
    acknowledgements: draft.acknowledgements,
    cellTexts: draft.cellTexts ?? {},
  };
}

/** True when the two drafts hold the same content (timestamps aside). */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(draftContent(a)) === canonicalJson(draftContent(b));
}
