/**
 * The unsaved-change journal. Changes to the draft being edited are also written, synchronously,
 * to `localStorage` until their IndexedDB write has committed. IndexedDB writes are asynchronous,
 * so a tab closed a few milliseconds after a keystroke could lose it; a `localStorage` write is
 * handed to the browser before the call returns. The autosave engine decides when: a little after
 * the keystrokes while typing, and at once whenever the page may go away. When the draft is next
 * opened (or the app starts) and no tab is editing it, a journal left behind is written to the
 * database.
 *
 * The journal entry names the revision its change was based on and the tab that made it. It is
 * applied only when the stored draft is still at that revision or was last written by that same
 * tab (then the journal is at least as new). Otherwise another tab has saved since: the journal is
 * kept as a history snapshot instead, so it is never applied over someone else's work nor lost.
 */
import type { Draft } from '@/domain/report/draft-schema';

export interface JournalEntry {
  draftId: string;
  baseRevision: number;
  writer: string;
  /** ISO timestamp of the change. */
  at: string;
  draft: unknown;
}

const PREFIX = 'nianbao.journal.';

/** The storage the journal uses; `localStorage` in the browser, absent in Node unless given. */
let store: Storage | null = typeof localStorage === 'undefined' ? null : localStorage;

/** Tests: use another `Storage` (or none). */
export function useJournalStorage(next: Storage | null): void {
  store = next;
}

/** Records the latest unsaved state of a draft. Never throws: the journal is a second line. */
export function writeJournal(draft: Draft, baseRevision: number, writer: string): void {
  if (!store) return;
  const entry: JournalEntry = {
    draftId: draft.id,
    baseRevision,
    writer,
    at: new Date().toISOString(),
    draft,
  };
  try {
    store.setItem(PREFIX + draft.id, JSON.stringify(entry));
  } catch {
    // Quota or privacy mode: IndexedDB remains the record; the status line shows its state.
  }
}

export function clearJournal(draftId: string): void {
  try {
    store?.removeItem(PREFIX + draftId);
  } catch {
    // Nothing to do: a stale entry is reconciled by revision when it is next read.
  }
}

function isEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  return (
    typeof Reflect.get(value, 'draftId') === 'string' &&
    typeof Reflect.get(value, 'baseRevision') === 'number' &&
    typeof Reflect.get(value, 'writer') === 'string' &&
    typeof Reflect.get(value, 'at') === 'string'
  );
}

export function readJournal(draftId: string): JournalEntry | null {
  let text: string | null;
  try {
    text = store?.getItem(PREFIX + draftId) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isEntry(value) ? value : null;
  } catch {
    return null;
  }
}

/** Ids of drafts with a journal entry. */
export function journalledDraftIds(): string[] {
  if (!store) return [];
  const ids: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length));
  }
  return ids;
}
