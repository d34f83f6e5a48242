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
 * - Layout changes are new Dexie versions with an upgrade step; a past version is never edited.
 */
import { Dexie, type Table } from 'dexie';

/** Name of the database in the browser's IndexedDB. */
export const DATABASE_NAME = 'nianbao';

/** Layout version 1: one table of drafts. */
export interface DraftRowV1 {
  id: string;
  /** Report schema version (`SCHEMA_VERSION`) the draft was written with. */
  schemaVersion: number;
  /** ISO timestamp of the last save; indexed for 「最近编辑」 ordering. */
  updatedAt: string;
  /** The stored draft, validated on every read. */
  draft: unknown;
}

export type DraftRow = DraftRowV1;

export class NianbaoDatabase extends Dexie {
  declare readonly drafts: Table<DraftRow, string>;

  constructor(name = DATABASE_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ drafts: 'id, updatedAt' });
  }
}

let shared: NianbaoDatabase | null = null;

/** The database the app uses (opened on first use). */
export function database(): NianbaoDatabase {
  shared ??= new NianbaoDatabase();
  return shared;
}
