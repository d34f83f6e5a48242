/**
 * Shared helpers of the storage unit tests (fake-indexeddb): a fresh database per test and a v1
 * database built from the fixture with the raw IndexedDB API, as the first layout wrote it.
 */
import { resetDatabaseForTests } from './database';
import v1Fixture from './fixtures/database-v1.json';

export { v1Fixture };

export async function freshDatabase(): Promise<void> {
  await resetDatabaseForTests();
}

/** Writes the v1 fixture with plain IndexedDB calls (no Dexie), then closes the connection. */
export function writeV1Database(factory: IDBFactory = indexedDB): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(v1Fixture.name, v1Fixture.idbVersion);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('drafts', {
        keyPath: v1Fixture.stores.drafts.keyPath,
      });
      for (const index of v1Fixture.stores.drafts.indexes) store.createIndex(index, index);
      for (const row of v1Fixture.rows.drafts) store.put(row);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}
