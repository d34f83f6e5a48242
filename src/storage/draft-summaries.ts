/**
 * The list summaries kept beside the drafts (`summaries` table, layout version 3).
 *
 * Persistence decisions:
 * - Every write of a draft row writes its summary in the same transaction (`putDraftRow`), so a
 *   committed draft and its summary never disagree. The summary is computed by the same checks
 *   the editor runs (`summarizeDraft`).
 * - That code is loaded on first use (`loadSummarizer`), never with the first screen: writes are
 *   asynchronous anyway, and the list only needs it for rows whose summary is missing or stale.
 * - A summary is a cache, never the truth: nothing is lost when one is missing, it is recomputed
 *   from the draft.
 */
import { isDraftSummary, type DraftSummary } from '@/domain/checks/draft-summary';
import type { Draft } from '@/domain/report/draft-schema';
import { SCHEMA_VERSION } from '@/domain/report/report-schema';
import type { DraftRow, NianbaoDatabase, SummaryRow } from './database';
import { readStoredDraft } from './draft-records';

/** Computes the list summary of a valid draft. */
export type Summarizer = (draft: Draft) => DraftSummary;

let loading: Promise<Summarizer> | null = null;

/** The summarising code, loaded once on first use (a failed load is tried again next time). */
export function loadSummarizer(): Promise<Summarizer> {
  loading ??= import('@/domain/checks/summarize-draft').then(
    (module) => module.summarizeDraft,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The summary row of a draft row. */
export function summaryRowOf(
  row: Pick<DraftRow, 'id' | 'revision' | 'deletedAt'>,
  summary: DraftSummary,
): SummaryRow {
  return {
    id: row.id,
    revision: row.revision,
    deletedAt: row.deletedAt ?? null,
    schemaVersion: SCHEMA_VERSION,
    summary,
  };
}

/** The summary row of a draft row that does not validate: the list reads that draft whole. */
export function unreadableRowOf(row: Pick<DraftRow, 'id' | 'revision' | 'deletedAt'>): SummaryRow {
  return {
    id: row.id,
    revision: row.revision,
    deletedAt: row.deletedAt ?? null,
    schemaVersion: SCHEMA_VERSION,
    summary: null,
  };
}

/** A draft row whose content is a valid draft (every write path has one). */
export type ValidDraftRow = DraftRow & { draft: Draft };

/**
 * Writes a draft row and its summary, inside the caller's read-write transaction over `drafts`
 * and `summaries`. `add` refuses an id that is already stored.
 */
export async function putDraftRow(
  db: NianbaoDatabase,
  row: ValidDraftRow,
  summarize: Summarizer,
  how: 'add' | 'put' = 'put',
): Promise<void> {
  const summary = summarize(row.draft);
  if (how === 'add') await db.drafts.add(row);
  else await db.drafts.put(row);
  await db.summaries.put(summaryRowOf(row, summary));
}

/** A stored summary row as a list entry, or null when it cannot be trusted (missing, stale). */
export function readSummaryRow(
  row: SummaryRow | undefined,
): { row: SummaryRow; summary: DraftSummary } | null {
  if (!row || row.schemaVersion !== SCHEMA_VERSION) return null;
  return isDraftSummary(row.summary) ? { row, summary: row.summary } : null;
}

export interface SummarizedRows {
  /** A summary row for each draft row: its summary, or null for a draft that does not validate. */
  rows: SummaryRow[];
  /** The rows that do not validate, and why. */
  unreadable: { row: DraftRow; reason: string }[];
}

/**
 * Reads whole draft rows and summarises those that validate. `wait` wraps the loading of the
 * summarising code (the layout upgrade keeps its transaction alive with `Dexie.waitFor`).
 */
export async function summarizeStoredDrafts(
  rows: readonly DraftRow[],
  wait: (loading: Promise<Summarizer>) => PromiseLike<Summarizer> = (loading) => loading,
): Promise<SummarizedRows> {
  const readable: { row: DraftRow; draft: Draft }[] = [];
  const unreadable: SummarizedRows['unreadable'] = [];
  for (const row of rows) {
    const read = readStoredDraft(row.draft, row.schemaVersion);
    if (read.ok) readable.push({ row, draft: read.draft });
    else unreadable.push({ row, reason: read.reason });
  }
  const markers = unreadable.map(({ row }) => unreadableRowOf(row));
  if (readable.length === 0) return { rows: markers, unreadable };
  const summarize = await wait(loadSummarizer());
  return {
    rows: [...readable.map(({ row, draft }) => summaryRowOf(row, summarize(draft))), ...markers],
    unreadable,
  };
}
