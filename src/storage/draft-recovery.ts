/**
 * Applying unsaved-change journals (`draft-journal.ts`) left by a tab that closed or crashed
 * before its last IndexedDB write committed. Runs when the app starts and before a draft opens,
 * and only for drafts no tab is editing, so it never races the journal's own tab.
 */
import { SCHEMA_VERSION } from '@/domain/report/report-schema';
import { database, TAB_ID } from './database';
import { announceChange } from './draft-events';
import { addSnapshot } from './draft-history';
import { clearJournal, journalledDraftIds, readJournal } from './draft-journal';
import { whileNobodyEdits } from './draft-lock';
import { readStoredDraft, sameContent } from './draft-records';
import { loadSummarizer, putDraftRow } from './draft-summaries';

/** What became of a journal. */
export type RecoveryOutcome =
  /** No journal, or it matched what was stored. */
  | 'none'
  /** The journal was newer than the stored draft and was saved as the draft. */
  | 'applied'
  /** Another tab had saved since: the journal was kept as a history snapshot. */
  | 'kept-in-history';

/**
 * Reconciles the journal of one draft with the database. The caller makes sure no tab edits the
 * draft meanwhile (holding its lock, or via `recoverAllJournals`).
 */
export async function recoverJournal(draftId: string): Promise<RecoveryOutcome> {
  const entry = readJournal(draftId);
  if (!entry) return 'none';
  const journalled = readStoredDraft(entry.draft, SCHEMA_VERSION);
  if (!journalled.ok || journalled.draft.id !== draftId) {
    clearJournal(draftId);
    return 'none';
  }
  const db = database();
  const summarize = await loadSummarizer();
  const outcome = await db.transaction('rw', db.drafts, db.snapshots, db.summaries, async () => {
    const row = await db.drafts.get(draftId);
    // Deleted for good since: the user chose to discard this draft.
    if (!row) return { outcome: 'none' as const, revision: 0 };
    if (sameContent(row.draft, journalled.draft)) return { outcome: 'none' as const, revision: 0 };
    const stored = readStoredDraft(row.draft, row.schemaVersion);
    if (row.revision === entry.baseRevision || row.writer === entry.writer) {
      const now = new Date().toISOString();
      const draft = { ...journalled.draft, updatedAt: now };
      if (stored.ok) await addSnapshot(db, stored.draft, 'auto');
      const revision = row.revision + 1;
      await putDraftRow(
        db,
        { ...row, draft, schemaVersion: SCHEMA_VERSION, updatedAt: now, revision, writer: TAB_ID },
        summarize,
      );
      return { outcome: 'applied' as const, revision };
    }
    await addSnapshot(db, journalled.draft, 'recovered', { takenAt: entry.at, force: true });
    return { outcome: 'kept-in-history' as const, revision: row.revision };
  });
  clearJournal(draftId);
  if (outcome.outcome !== 'none') announceChange(draftId, outcome.revision);
  return outcome.outcome;
}

/** True when journals are left to reconcile: a synchronous look at `localStorage`. */
export function journalsLeft(): boolean {
  return journalledDraftIds().length > 0;
}

/** Reconciles every journal left behind whose draft no tab is editing. */
export async function recoverAllJournals(): Promise<void> {
  for (const id of journalledDraftIds()) {
    await whileNobodyEdits(id, () => recoverJournal(id));
  }
}
