/**
 * One editing tab per draft, with the Web Locks API. The tab that holds the lock
 * `nianbao-draft-<id>` edits; another tab opening the same draft gets no lock and shows it
 * read-only until the user takes over, which steals the lock (the first tab is told and turns
 * read-only). The lock is only a courtesy to the user: the revision check inside every write is
 * what guarantees that no tab overwrites another's saved work.
 */

export interface DraftLock {
  /** Lets the lock go (leaving the editor). */
  release: () => void;
  /** Resolves when another tab took the lock over. */
  lost: Promise<void>;
}

function lockName(draftId: string): string {
  return `nianbao-draft-${draftId}`;
}

function locks(): LockManager | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
}

function requestLock(draftId: string, steal: boolean): Promise<DraftLock | null> {
  const manager = locks();
  if (!manager) return Promise.resolve({ release: () => undefined, lost: new Promise(() => {}) });
  return new Promise((resolve) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => {
      release = done;
    });
    let markLost: () => void = () => undefined;
    const lost = new Promise<void>((done) => {
      markLost = done;
    });
    const lockOptions: LockOptions = steal ? { steal: true } : { ifAvailable: true };
    manager
      .request(lockName(draftId), lockOptions, async (lock) => {
        if (!lock) {
          resolve(null);
          return;
        }
        resolve({ release, lost });
        await held;
      })
      // A stolen lock rejects its request with an AbortError.
      .catch(() => markLost());
  });
}

/**
 * Claims within this tab share one lock: a view that unmounts and mounts again at once (React
 * does so in development) keeps the lock instead of racing itself for it.
 */
const claims = new Map<string, { users: number; lock: Promise<DraftLock | null> }>();

/**
 * Takes the editing lock of a draft: null when another tab holds it (unless `steal`). Without
 * Web Locks (old browsers, Node) every tab gets a lock; revisions still refuse stale writes.
 */
export async function acquireDraftLock(
  draftId: string,
  options: { steal?: boolean } = {},
): Promise<DraftLock | null> {
  let claim = claims.get(draftId);
  if (!claim || options.steal) {
    claim = { users: 0, lock: requestLock(draftId, options.steal ?? false) };
    claims.set(draftId, claim);
  }
  const current = claim;
  current.users++;
  const lock = await current.lock;
  if (!lock) {
    if (claims.get(draftId) === current) claims.delete(draftId);
    return null;
  }
  void lock.lost.then(() => {
    if (claims.get(draftId) === current) claims.delete(draftId);
  });
  let released = false;
  return {
    lost: lock.lost,
    release: () => {
      if (released) return;
      released = true;
      current.users--;
      if (current.users > 0) return;
      if (claims.get(draftId) === current) claims.delete(draftId);
      lock.release();
    },
  };
}

/** Runs `task` only if no view, in this tab or another, holds the draft's lock. */
export async function whileNobodyEdits<T>(
  draftId: string,
  task: () => Promise<T>,
): Promise<{ ran: true; value: T } | { ran: false }> {
  if (claims.has(draftId)) return { ran: false };
  const lock = await requestLock(draftId, false);
  if (!lock) return { ran: false };
  try {
    return { ran: true, value: await task() };
  } finally {
    lock.release();
  }
}
