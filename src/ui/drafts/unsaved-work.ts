/**
 * Every open editor registers here how to save its pending changes. The update prompt and the
 * backup download ask all of them before acting, so no update reload and no backup misses
 * anything the user typed.
 */
import type { Draft } from '@/domain/report/draft-schema';

export interface UnsavedWork {
  /** Writes pending changes now; resolves to true when everything is saved. */
  flush: () => Promise<boolean>;
  /** The draft as on screen if it has changes not yet saved, else null. */
  unsaved: () => Draft | null;
}

const open = new Set<UnsavedWork>();

export function registerUnsavedWork(work: UnsavedWork): () => void {
  open.add(work);
  return () => open.delete(work);
}

/** Saves everything pending; true when nothing remains unsaved. */
export async function flushAllUnsavedWork(): Promise<boolean> {
  const results = await Promise.all([...open].map((w) => w.flush()));
  return results.every(Boolean);
}

/** Drafts on screen with changes not yet saved. */
export function unsavedDrafts(): Draft[] {
  return [...open].flatMap((w) => {
    const draft = w.unsaved();
    return draft ? [draft] : [];
  });
}

/** True while any editor holds changes not yet saved. */
export function hasUnsavedWork(): boolean {
  return unsavedDrafts().length > 0;
}
