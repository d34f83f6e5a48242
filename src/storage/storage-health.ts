/**
 * Whether the browser promises to keep our data. Without persistent storage a browser may evict
 * an origin's IndexedDB under storage pressure; the app says so plainly and urges a backup.
 */

export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

export interface StorageHealth {
  persistence: PersistenceState;
  /** Bytes used and available to this site, when the browser tells. */
  usage: number | null;
  quota: number | null;
}

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : null;
}

/** The current state, without asking for anything. */
export async function readStorageHealth(): Promise<StorageHealth> {
  const manager = storageManager();
  if (!manager?.persisted) return { persistence: 'unsupported', usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    manager.persisted(),
    manager.estimate ? manager.estimate() : Promise.resolve<StorageEstimate>({}),
  ]);
  return {
    persistence: persisted ? 'persisted' : 'not-persisted',
    usage: estimate.usage ?? null,
    quota: estimate.quota ?? null,
  };
}

/** Asks the browser to keep our data (navigator.storage.persist); resolves to the new state. */
export async function requestPersistentStorage(): Promise<StorageHealth> {
  const manager = storageManager();
  if (manager?.persist) {
    try {
      await manager.persist();
    } catch {
      // Some browsers reject outside a user gesture; the state read below says what holds.
    }
  }
  return readStorageHealth();
}
