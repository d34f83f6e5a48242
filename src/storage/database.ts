/**
 * The one IndexedDB database of the app, through Dexie.
 *
 * Persistence decisions:
 * - Every write uses Chrome's `strict` transaction durability: a transaction reports complete only
 *   after the data has been flushed to disk, so 「已保存」 is never shown for a write that a power
 *   cut could still lose. (Chrome's default, `relaxed` since Chrome 83, completes before the flush.)
 * - A draft row keeps the draft as an opaque value plus the report schema version it was written
 *   with. Reading validates it (`draft-records.ts`); a row that no longer validates is kept as is
 *   and reported, never dropped or rewritten.
 * - Each row carries a `revision`, raised by every write. A write names the revision it was based
 *   on and is refused inside its transaction when the row has moved on, so two tabs can never
 *   silently overwrite each other.
 * - Beside each draft row a small list summary (`summaries` table, same id) is written in the same
 *   transaction, so that the draft list reads summaries only. A summary is a cache: when it is
 *   missing or was computed by another version of the app, the list reads the draft instead.
 * - Layout changes are new Dexie versions with an upgrade step; a past version is never edited.
 *   Version 1 kept only the drafts; version 2 added revisions, the bin and the history; version 3
 *   added the list summaries.
 */
import { Dexie, type Table, type Transaction } from 'dexie';
import { summarizeStoredDrafts } from './draft-summaries';

/** Name of the database in the browser's IndexedDB. */
export const DATABASE_NAME = 'nianbao';

/** Layout version 1: one table of drafts (`drafts: 'id, updatedAt'`). */
export interface DraftRowV1 {
  id: string;
  /** Report schema version (`SCHEMA_VERSION`) the draft was written with. */
  schemaVersion: number;
  /** ISO timestamp of the last save; indexed for 「最近编辑」 ordering. */
  updatedAt: string;
  /** The stored draft, validated on every read. */
  draft: unknown;
}

/** Layout version 2 of a draft row. */
export interface DraftRow extends DraftRowV1 {
  /** Raised by one on every write; a write based on an older revision is refused. */
  revision: number;
  /** When the draft was moved to the bin (回收站), or null. */
  deletedAt: string | null;
  /** The tab (`TAB_ID`) that wrote this revision: lets a tab recover its own unsaved journal. */
  writer: string;
}

/**
 * Layout version 3: the list summary of one draft row, under the draft's id. Written with the
 * draft in the same transaction by every write; never the truth, only what the list shows.
 */
export interface SummaryRow {
  id: string;
  /** The draft row's revision this summary was computed from. */
  revision: number;
  /** The draft row's place (null: in the list; a timestamp: in the bin since then). */
  deletedAt: string | null;
  /**
   * Report schema version (`SCHEMA_VERSION`) of the app that read the draft as valid and computed
   * this summary. From any other version the summary says nothing: the list reads the draft.
   */
  schemaVersion: number;
  /**
   * A `DraftSummary`, validated when read; null when the draft did not validate (the list reads
   * such a draft whole, to say why). Every draft row has a summary row, so that the list can tell
   * by a count that none is missing.
   */
  summary: unknown;
}

/** Why a history snapshot was taken. */
export type SnapshotReason =
  | 'created'
  | 'auto'
  | 'before-paste'
  | 'before-import'
  | 'before-restore'
  | 'before-backup-restore'
  | 'conflict'
  | 'recovered'
  | 'manual';

/** One saved version of a draft (历史版本). */
export interface SnapshotRow {
  /** Auto-increment key; ordering by it is ordering by time of taking. */
  seq?: number;
  draftId: string;
  /** ISO timestamp. */
  takenAt: string;
  reason: SnapshotReason;
  /** What changed since the previous snapshot, e.g. 「表三 改动 12 格；总体情况 +230 字」. */
  summary: string;
  /** Report schema version of `draft`. */
  schemaVersion: number;
  /** The whole draft at that time, validated when read back. */
  draft: unknown;
}

/** Layout version 1 → 2: every existing draft starts at revision 1, out of the bin. */
export function upgradeToVersion2(tx: Transaction): Promise<number> {
  return tx
    .table('drafts')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.revision = 1;
      row.deletedAt = null;
      row.writer = 'upgrade';
    });
}

/**
 * Layout version 2 → 3: a summary for every draft row that validates; rows that do not get a
 * summary row saying so (`summary: null`) and stay unreadable, as before. If the summarising code
 * cannot be loaded, nothing is written and the list computes the summaries on its first read.
 */
export async function upgradeToVersion3(tx: Transaction): Promise<void> {
  const rows: DraftRow[] = await tx.table('drafts').toArray();
  let summaries: SummaryRow[] = [];
  try {
    // The summarising code loads on demand; waitFor keeps the upgrade transaction open meanwhile.
    ({ rows: summaries } = await summarizeStoredDrafts(rows, (loading) => Dexie.waitFor(loading)));
  } catch {
    // Not loadable now (e.g. a network failure before the app was cached): the list computes
    // the missing summaries on its first read, so opening the database must not fail for this.
  }
  await tx.table('summaries').bulkPut(summaries);
}

export class NianbaoDatabase extends Dexie {
  declare readonly drafts: Table<DraftRow, string>;
  declare readonly snapshots: Table<SnapshotRow, number>;
  declare readonly summaries: Table<SummaryRow, string>;

  constructor(name = DATABASE_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ drafts: 'id, updatedAt' });
    this.version(2)
      .stores({ drafts: 'id, updatedAt', snapshots: '++seq, draftId' })
      .upgrade(upgradeToVersion2);
    this.version(3)
      .stores({ drafts: 'id, updatedAt', snapshots: '++seq, draftId', summaries: 'id' })
      .upgrade(upgradeToVersion3);
  }
}

let shared: NianbaoDatabase | null = null;

/** The database the app uses (opened on first use). */
export function database(): NianbaoDatabase {
  shared ??= new NianbaoDatabase();
  return shared;
}

/** Unit tests only: start again from a fresh database. */
export async function resetDatabaseForTests(): Promise<void> {
  if (shared) {
    shared.close();
    shared = null;
  }
  await Dexie.delete(DATABASE_NAME);
}

/** A random id for this tab, recorded with each write it makes. */
export const TAB_ID: string = crypto.randomUUID();
