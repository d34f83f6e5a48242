/**
 * What the list and bin pages show: every draft's summary, the bin, and the rows that cannot be
 * read. It reads the small summary rows (`draft-summaries.ts`) and the drafts' ids, not the
 * drafts: a thousand drafts list in the time of reading a thousand small records.
 *
 * Persistence decisions:
 * - Every draft row has a summary row; one for a draft that does not validate says so
 *   (`summary: null`). A count of the drafts tells whether any summary row is missing.
 * - A draft whose summary is missing or was computed by another version of the app (a row from
 *   before layout version 3 that did not validate then, a report schema change) is read whole,
 *   migrated and validated as before: if it fails it is reported as unreadable with its raw row,
 *   never dropped; if it validates, its summary is computed and stored for next time.
 * - Anything that needs the whole draft (open, duplicate, 以此为上年新建, export) loads it by id.
 */
import type { DraftSummary } from '@/domain/checks/draft-summary';
import { database, type NianbaoDatabase, type SummaryRow } from './database';
import { unreadableLabel, type UnreadableDraft } from './draft-records';
import { readSummaryRow, summarizeStoredDrafts } from './draft-summaries';

/** One draft as the list shows it. */
export interface DraftListEntry {
  id: string;
  /** Revision of the draft the summary describes. */
  revision: number;
  /** ISO timestamp of the move to the bin, or null. */
  deletedAt: string | null;
  summary: DraftSummary;
}

/** A stored row that could not be read, with its place. */
export interface UnreadableStoredDraft extends UnreadableDraft {
  deletedAt: string | null;
  updatedAt: string;
}

export interface Workspace {
  /** Drafts not in the bin, last edited first. */
  drafts: DraftListEntry[];
  /** Drafts in the bin, last deleted first. */
  bin: DraftListEntry[];
  /** Rows that could not be read, last saved first; kept, shown, downloadable. */
  unreadable: UnreadableStoredDraft[];
}

function entryOf(row: SummaryRow, summary: DraftSummary): DraftListEntry {
  return { id: row.id, revision: row.revision, deletedAt: row.deletedAt ?? null, summary };
}

/**
 * Stores summary rows computed while listing, for drafts that have not changed since they were
 * read (a write in between has stored its own), and removes summary rows whose draft is gone.
 */
async function keepSummaries(
  db: NianbaoDatabase,
  fresh: SummaryRow[],
  orphans: string[],
): Promise<void> {
  await db.transaction('rw', db.drafts, db.summaries, async () => {
    const rows = await db.drafts.bulkGet(fresh.map((s) => s.id));
    await db.summaries.bulkPut(
      fresh.filter(
        (s, i) => rows[i]?.revision === s.revision && (rows[i]?.deletedAt ?? null) === s.deletedAt,
      ),
    );
    const stillGone = (await db.drafts.bulkGet(orphans)).flatMap((row, i) =>
      row === undefined ? [orphans[i] ?? ''] : [],
    );
    await db.summaries.bulkDelete(stillGone);
  });
}

/** The drafts without a usable summary, read whole. */
async function readWhole(
  db: NianbaoDatabase,
  ids: string[],
  orphans: string[],
): Promise<{ entries: DraftListEntry[]; unreadable: UnreadableStoredDraft[] }> {
  const rows = (await db.drafts.bulkGet(ids)).filter((row) => row !== undefined);
  const read = await summarizeStoredDrafts(rows);
  // Only a cache: if it cannot be stored now, the next listing computes it again.
  await keepSummaries(db, read.rows, orphans).catch(() => undefined);
  const entries: DraftListEntry[] = [];
  for (const row of read.rows) {
    const usable = readSummaryRow(row);
    if (usable) entries.push(entryOf(row, usable.summary));
  }
  const unreadable = read.unreadable.map(({ row, reason }) => ({
    id: row.id,
    label: unreadableLabel(row.draft),
    reason,
    raw: row,
    deletedAt: row.deletedAt ?? null,
    updatedAt: row.updatedAt,
  }));
  return { entries, unreadable };
}

const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** Every stored draft's summary and the rows that could not be read. */
export async function listWorkspace(): Promise<Workspace> {
  const db = database();
  const { summaries, ids } = await db.transaction('r', db.drafts, db.summaries, async () => {
    const [summaryRows, count] = await Promise.all([db.summaries.toArray(), db.drafts.count()]);
    // Every draft has a summary row (null for one that does not validate), so equal counts mean
    // none is missing; otherwise (a row from before layout version 3 whose summary could not be
    // computed, say) the drafts' keys say which.
    const keys =
      count === summaryRows.length
        ? summaryRows.map((row) => row.id)
        : await db.drafts.toCollection().primaryKeys();
    return { summaries: summaryRows, ids: keys };
  });
  const byId = new Map(summaries.map((row) => [row.id, row]));
  const entries: DraftListEntry[] = [];
  const withoutSummary: string[] = [];
  for (const id of ids) {
    const usable = readSummaryRow(byId.get(id));
    if (usable) entries.push(entryOf(usable.row, usable.summary));
    else withoutSummary.push(id);
  }
  const known = new Set(ids);
  const orphans = summaries.filter((row) => !known.has(row.id)).map((row) => row.id);
  let unreadable: UnreadableStoredDraft[] = [];
  if (withoutSummary.length > 0 || orphans.length > 0) {
    const whole = await readWhole(db, withoutSummary, orphans);
    entries.push(...whole.entries);
    unreadable = whole.unreadable.sort((a, b) => newestFirst(a.updatedAt, b.updatedAt));
  }
  entries.sort(
    (a, b) => newestFirst(a.summary.updatedAt, b.summary.updatedAt) || newestFirst(a.id, b.id),
  );
  return {
    drafts: entries.filter((e) => e.deletedAt === null),
    bin: entries
      .filter((e) => e.deletedAt !== null)
      .sort((a, b) => newestFirst(a.deletedAt ?? '', b.deletedAt ?? '')),
    unreadable,
  };
}
