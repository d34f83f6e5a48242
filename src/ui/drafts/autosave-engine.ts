/**
 * The autosave engine behind the editor: it decides when to write and what the status says.
 *
 * - A change is written `AUTOSAVE_DELAY_MS` after the last one, or at once on `flush` (blur, tab
 *   hidden, page closing). At most one write is in flight; changes made meanwhile are coalesced
 *   into the next write, so the order on disk is the order of the edits.
 * - Every change also goes to the synchronous journal (see `storage/draft-journal.ts`) until a
 *   write covering it commits, so closing the tab mid-write loses nothing. Serialising the whole
 *   draft costs about a millisecond, too much for every keystroke, so the journal is written at
 *   most every `JOURNAL_DELAY_MS` while typing, and at once, synchronously, on `flushJournal`
 *   and at the start of every `flush` (blur, tab hidden, page closing, before any save): a tab
 *   that is closed or hidden never leaves a change out of the journal. Only a crash of the page
 *   itself within that short delay can lose the last keystrokes.
 * - The status is 「已保存」 only after the write committed; while anything is unwritten it is
 *   「保存中…」; a failed write keeps the change, reports the failure and retries with backoff
 *   (1 s, 2 s, 4 s … up to 30 s) or at once on `retryNow`.
 * - A write refused because another tab saved first is never retried over it: the local version
 *   goes to the history and the owner is told (`setConflictHandler`) to load the stored one.
 */
import type { Draft } from '@/domain/report/draft-schema';
import type { SnapshotReason } from '@/storage/database';
import type { SaveOptions, StoredDraft } from '@/storage/drafts-repository';
import { describeStorageError, type StorageFailure } from '@/storage/storage-errors';
import type { ChangeReason } from '@/ui/editor/report-editor';

/** Delay after the last change before it is written. */
export const AUTOSAVE_DELAY_MS = 500;
/** Longest time a change waits before it is in the journal (unless flushed sooner). */
export const JOURNAL_DELAY_MS = 250;
/** Longest wait between two automatic retries of a failed write. */
export const MAX_RETRY_DELAY_MS = 30_000;

export type SaveStatus =
  | { kind: 'saved'; at: Date }
  | { kind: 'pending' }
  | { kind: 'error'; failure: StorageFailure; retryAt: Date | null };

export interface AutosaveDeps {
  save: (draft: Draft, expectedRevision: number, options: SaveOptions) => Promise<StoredDraft>;
  /** Writes the draft back when it is no longer stored at all. */
  recreate: (draft: Draft) => Promise<StoredDraft>;
  writeJournal: (draft: Draft, baseRevision: number) => void;
  clearJournal: (draftId: string) => void;
  /** Keeps the losing side of a conflict in the history. */
  keepConflict: (draft: Draft) => Promise<void>;
  onStatus: (status: SaveStatus) => void;
  now?: () => Date;
}

/** Changes that replace much at once: the state before them goes to the history. */
const BULK_REASONS: Partial<Record<ChangeReason, SnapshotReason>> = {
  paste: 'before-paste',
  insert: 'before-paste',
};

export class AutosaveEngine {
  private revision: number;
  private current: Draft;
  private pending: Draft | null = null;
  private before: { draft: Draft; reason: SnapshotReason }[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Set while the latest change is not yet in the journal. */
  private journalTimer: ReturnType<typeof setTimeout> | null = null;
  private journalDue = false;
  /** The last status told, so that a run of changes says 「保存中…」 once. */
  private status: SaveStatus['kind'] | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private running: Promise<void> | null = null;
  private conflicted = false;
  /** Told when another tab saved first; the local version is then in the history. */
  private conflictHandler: (local: Draft) => void = () => undefined;

  constructor(
    draft: Draft,
    revision: number,
    private readonly deps: AutosaveDeps,
  ) {
    this.current = draft;
    this.revision = revision;
  }

  setConflictHandler(handler: (local: Draft) => void): void {
    this.conflictHandler = handler;
  }

  /** The revision the next write is based on. */
  get baseRevision(): number {
    return this.revision;
  }

  /** The draft as the editor last reported it. */
  get latest(): Draft {
    return this.current;
  }

  /** The draft if it has changes not yet committed, else null. */
  unsaved(): Draft | null {
    return this.pending || this.running ? this.current : null;
  }

  change(next: Draft, reason: ChangeReason): void {
    if (this.conflicted) return;
    const bulk = BULK_REASONS[reason];
    if (bulk) this.before.push({ draft: this.current, reason: bulk });
    this.current = next;
    this.pending = next;
    this.journalDue = true;
    this.journalTimer ??= setTimeout(() => this.flushJournal(), JOURNAL_DELAY_MS);
    if (this.retryTimer === null) {
      this.tell({ kind: 'pending' });
      this.clearTimer();
      this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
    }
  }

  /**
   * Puts the latest unsaved change in the journal now, synchronously: for a page being hidden
   * or closed, where an asynchronous write may never finish.
   */
  flushJournal(): void {
    const due = this.journalDue;
    this.cancelJournalWrite();
    if (due) this.deps.writeJournal(this.current, this.revision);
  }

  /** Writes now; resolves to true when nothing is left unsaved. */
  async flush(): Promise<boolean> {
    this.flushJournal();
    this.clearTimer();
    this.clearRetry();
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    await this.running;
    return this.pending === null && !this.conflicted;
  }

  /** The 「重试」 button: try the failed write again now. */
  retryNow(): Promise<boolean> {
    this.attempt = 0;
    return this.flush();
  }

  /**
   * The draft is gone from storage (site data cleared, deleted for good elsewhere): write what is
   * on screen back under the same id.
   */
  async recreate(): Promise<boolean> {
    this.clearTimer();
    this.clearRetry();
    await this.running;
    try {
      const stored = await this.deps.recreate(this.current);
      this.revision = stored.revision;
      this.pending = null;
      this.before = [];
      this.forgetJournal(this.current.id);
      this.tell({ kind: 'saved', at: this.now() });
      return true;
    } catch (error) {
      await this.fail(error);
      return false;
    }
  }

  /** Stops timers (the view is going away); pending work is flushed by the caller first. */
  dispose(): void {
    this.flushJournal();
    this.clearTimer();
    this.clearRetry();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Nothing is due for the journal any more (written, or taken care of otherwise). */
  private cancelJournalWrite(): void {
    if (this.journalTimer !== null) clearTimeout(this.journalTimer);
    this.journalTimer = null;
    this.journalDue = false;
  }

  /** Everything is written: the journal entry has served its purpose. */
  private forgetJournal(draftId: string): void {
    this.cancelJournalWrite();
    this.deps.clearJournal(draftId);
  }

  private tell(status: SaveStatus): void {
    if (status.kind === 'pending' && this.status === 'pending') return;
    this.status = status.kind;
    this.deps.onStatus(status);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private async run(): Promise<void> {
    while (this.pending && !this.conflicted) {
      const draft = this.pending;
      const before = this.before;
      this.pending = null;
      this.before = [];
      try {
        const stored = await this.deps.save(draft, this.revision, { snapshotsBefore: before });
        this.revision = stored.revision;
        this.attempt = 0;
        if (this.pending) {
          // Newer changes wait: their journal entry is now based on the revision just written.
          this.cancelJournalWrite();
          this.deps.writeJournal(this.pending, this.revision);
        } else {
          this.forgetJournal(draft.id);
          this.tell({ kind: 'saved', at: this.now() });
        }
      } catch (error) {
        this.pending ??= draft;
        this.before = [...before, ...this.before];
        await this.fail(error);
        return;
      }
    }
  }

  private async fail(error: unknown): Promise<void> {
    const failure = describeStorageError(error);
    if (failure.kind === 'conflict') {
      this.conflicted = true;
      const local = this.current;
      this.pending = null;
      this.before = [];
      this.cancelJournalWrite();
      try {
        await this.deps.keepConflict(local);
        this.deps.clearJournal(local.id);
      } catch {
        // The journal still holds the local version; it is reconciled when the draft reopens.
      }
      this.conflictHandler(local);
      return;
    }
    if (failure.kind === 'missing') {
      this.tell({ kind: 'error', failure, retryAt: null });
      return;
    }
    const delay = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** this.attempt);
    this.attempt++;
    const retryAt = new Date(this.now().getTime() + delay);
    this.tell({ kind: 'error', failure, retryAt });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, delay);
  }

  private now(): Date {
    return this.deps.now ? this.deps.now() : new Date();
  }
}
