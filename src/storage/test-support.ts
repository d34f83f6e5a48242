/**
 * Shared helpers of the storage unit tests (fake-indexeddb): a fresh database per test, v1 and v2
 * databases built with the raw IndexedDB API as those layouts wrote them, and a check that every
 * draft's stored list summary is the one its draft gives.
 */
import { expect } from 'vitest';
import { summarizeDraft } from '@/domain/checks/summarize-draft';
import { database, resetDatabaseForTests } from './database';
import { readStoredDraft } from './draft-records';
import { summaryRowOf, unreadableRowOf } from './draft-summaries';
import v1Fixture from './fixtures/database-v1.json';

export { v1Fixture };

export async function freshDatabase(): Promise<void> {
  await resetDatabaseForTests();
}

interface RawStore {
  name: string;
  keyPath: string;
  autoIncrement?: boolean;
  indexes: string[];
  rows: unknown[];
}

/** Creates the database at IndexedDB version `idbVersion` (Dexie version × 10) with plain calls. */
function writeRawDatabase(
  idbVersion: number,
  stores: RawStore[],
  factory: IDBFactory = indexedDB,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(v1Fixture.name, idbVersion);
    request.onupgradeneeded = () => {
      for (const spec of stores) {
        const store = request.result.createObjectStore(spec.name, {
          keyPath: spec.keyPath,
          autoIncrement: spec.autoIncrement ?? false,
        });
        for (const index of spec.indexes) store.createIndex(index, index);
        for (const row of spec.rows) store.put(row);
      }
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

/** Writes the v1 fixture with plain IndexedDB calls (no Dexie), then closes the connection. */
export function writeV1Database(factory: IDBFactory = indexedDB): Promise<void> {
  const drafts = v1Fixture.stores.drafts;
  return writeRawDatabase(
    v1Fixture.idbVersion,
    [
      {
        name: 'drafts',
        keyPath: drafts.keyPath,
        indexes: drafts.indexes,
        rows: v1Fixture.rows.drafts,
      },
    ],
    factory,
  );
}

/**
 * A layout version 2 database (drafts with revision, bin and writer; snapshots), as that version
 * wrote it: the v1 fixture's rows at revision 3, the valid one also copied into the bin.
 */
export function writeV2Database(): Promise<{
  validId: string;
  brokenId: string;
  binnedId: string;
}> {
  const [valid, broken] = v1Fixture.rows.drafts;
  if (!valid || !broken) throw new Error('fixture incomplete');
  const binnedId = 'c0ffee00-0000-4000-8000-000000000002';
  const v2 = (row: object, deletedAt: string | null) => ({
    ...row,
    revision: 3,
    deletedAt,
    writer: 'version-2-tab',
  });
  const rows = [
    v2(valid, null),
    v2(broken, null),
    v2(
      {
        ...valid,
        id: binnedId,
        draft: { ...valid.draft, id: binnedId, name: '回收站里的草稿' },
      },
      '2024-02-01T00:00:00.000Z',
    ),
  ];
  return writeRawDatabase(20, [
    { name: 'drafts', keyPath: 'id', indexes: ['updatedAt'], rows },
    { name: 'snapshots', keyPath: 'seq', autoIncrement: true, indexes: ['draftId'], rows: [] },
  ]).then(() => ({ validId: valid.id, brokenId: broken.id, binnedId }));
}

/**
 * Asserts that every draft row has a summary row of its revision and place: for a draft that
 * validates, equal to a fresh summary of it; for one that does not, saying so (`summary: null`).
 * No other summary rows exist.
 */
export async function expectSummariesCurrent(): Promise<void> {
  const db = database();
  const [rows, summaries] = await Promise.all([db.drafts.toArray(), db.summaries.toArray()]);
  const expected = rows.map((row) => {
    const read = readStoredDraft(row.draft, row.schemaVersion);
    return read.ok ? summaryRowOf(row, summarizeDraft(read.draft)) : unreadableRowOf(row);
  });
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect(summaries.sort(byId)).toEqual(expected.sort(byId));
}

/** A `Storage` in memory, for the journal (`draft-journal.ts`) in Node. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}
