/**
 * The drafts repository: the few awaited functions through which the app keeps drafts in
 * IndexedDB. Nothing outside `src/storage` knows Dexie.
 *
 * Persistence decisions:
 * - Every function resolves only after its transaction has committed (strict durability, see
 *   `database.ts`), so a caller may report 「已保存」 when the promise resolves.
 * - `saveDraft` names the revision it was based on and is refused inside the transaction when the
 *   stored revision differs (another tab saved first): nothing is ever overwritten silently.
 * - Drafts are validated on the way in and on the way out; a stored row that no longer validates
 *   is kept and reported by `listWorkspace`, never dropped.
 * - Every write of a draft row also writes its list summary, in the same transaction
 *   (`draft-summaries.ts`); moving to and from the bin updates the summary's place.
 * - Deleting moves a draft to the bin (回收站); only `deleteForever` and `emptyBin`, which the UI
 *   calls after an explicit confirmation, remove rows, together with their history.
 * - `updatedAt` moves only when the content changes: recording a final export (`exportedAt`) does
 *   not count as an edit, so 「已导出」 holds until the report is edited again.
 */
import { draftDisplayName, draftSchema, type Draft } from '@/domain/report/draft-schema';
import type { Report } from '@/domain/report/report-schema';
import { SCHEMA_VERSION } from '@/domain/report/report-schema';
import { database, TAB_ID, type DraftRow, type SnapshotReason } from './database';
import { announceChange } from './draft-events';
import { addSnapshot, autoSnapshotDue } from './draft-history';
import { whileNobodyEdits } from './draft-lock';
import { readStoredDraft, sameContent } from './draft-records';
import { loadSummarizer, putDraftRow, type ValidDraftRow } from './draft-summaries';
import { DraftMissingError, RevisionConflictError } from './storage-errors';

export interface NewDraftInput {
  report: Report;
  previousYear?: Report | null;
  name?: string;
}

/** A draft as stored: its content, its revision and whether it is in the bin. */
export interface StoredDraft {
  draft: Draft;
  revision: number;
  /** ISO timestamp of the move to the bin, or null. */
  deletedAt: string | null;
}

/** The draft is being edited in another tab, so this change must be made there. */
export class DraftBusyError extends Error {
  constructor() {
    super('这份报告正在另一个标签页中编辑，请在那个标签页中操作，或先关闭它');
    this.name = 'DraftBusyError';
  }
}

/** A stored draft that no longer validates. */
export class UnreadableDraftError extends Error {
  constructor(
    readonly draftId: string,
    reason: string,
  ) {
    super(`这份报告无法读取：${reason}`);
    this.name = 'UnreadableDraftError';
  }
}

function newRow(draft: Draft, revision: number): ValidDraftRow {
  return {
    id: draft.id,
    schemaVersion: SCHEMA_VERSION,
    updatedAt: draft.updatedAt,
    draft,
    revision,
    deletedAt: null,
    writer: TAB_ID,
  };
}

/** Stores a new draft and its first snapshot, in one transaction. */
async function insertDraft(draft: Draft, reason: SnapshotReason = 'created'): Promise<Draft> {
  const db = database();
  const summarize = await loadSummarizer();
  await db.transaction('rw', db.drafts, db.snapshots, db.summaries, async () => {
    await putDraftRow(db, newRow(draft, 1), summarize, 'add');
    await addSnapshot(db, draft, reason, { takenAt: draft.createdAt });
  });
  announceChange(draft.id, 1);
  return draft;
}

/** Creates and stores a new draft; resolves after the write has committed. */
export async function createDraft(input: NewDraftInput): Promise<Draft> {
  const now = new Date().toISOString();
  const draft = draftSchema.parse({
    id: crypto.randomUUID(),
    name: input.name ?? '',
    report: input.report,
    previousYear: input.previousYear ?? null,
    acknowledgements: {},
    createdAt: now,
    updatedAt: now,
    exportedAt: null,
  });
  return insertDraft(draft);
}

function readRow(row: DraftRow): StoredDraft {
  const read = readStoredDraft(row.draft, row.schemaVersion);
  if (!read.ok) throw new UnreadableDraftError(row.id, read.reason);
  return { draft: read.draft, revision: row.revision, deletedAt: row.deletedAt };
}

/** Reads one draft with its revision, or null; throws `UnreadableDraftError` for a bad row. */
export async function loadDraft(id: string): Promise<StoredDraft | null> {
  const row = await database().drafts.get(id);
  return row ? readRow(row) : null;
}

/** Reads one draft (migrated and validated), or null if there is none with this id. */
export async function getDraft(id: string): Promise<Draft | null> {
  return (await loadDraft(id))?.draft ?? null;
}

export interface SaveOptions {
  /** Versions to keep in the history first (e.g. the state before a bulk paste). */
  snapshotsBefore?: { draft: Draft; reason: SnapshotReason }[];
}

/**
 * Saves a draft that was based on `expectedRevision`; resolves with the new revision after the
 * write has committed. Refused with `RevisionConflictError` if the stored revision differs.
 */
export async function saveDraft(
  draft: Draft,
  expectedRevision: number,
  options: SaveOptions = {},
): Promise<StoredDraft> {
  const db = database();
  const summarize = await loadSummarizer();
  const result = await db.transaction('rw', db.drafts, db.snapshots, db.summaries, async () => {
    const row = await db.drafts.get(draft.id);
    if (!row) throw new DraftMissingError(draft.id);
    if (row.revision !== expectedRevision) {
      throw new RevisionConflictError(draft.id, expectedRevision, row.revision);
    }
    const edited = !sameContent(row.draft, draft);
    const stored = readStoredDraft(row.draft, row.schemaVersion);
    if (!edited && stored.ok && stored.draft.exportedAt === draft.exportedAt) {
      return { stored: readRow(row), changed: false };
    }
    const now = new Date();
    const next = draftSchema.parse({
      ...draft,
      updatedAt: edited ? now.toISOString() : row.updatedAt,
    });
    for (const before of options.snapshotsBefore ?? []) {
      await addSnapshot(db, before.draft, before.reason, { force: true });
    }
    if (edited && (await autoSnapshotDue(db, draft.id, now))) {
      await addSnapshot(db, next, 'auto');
    }
    const revision = row.revision + 1;
    await putDraftRow(
      db,
      {
        ...row,
        draft: next,
        schemaVersion: SCHEMA_VERSION,
        updatedAt: next.updatedAt,
        revision,
        writer: TAB_ID,
      },
      summarize,
    );
    return { stored: { draft: next, revision, deletedAt: row.deletedAt }, changed: true };
  });
  if (result.changed) announceChange(draft.id, result.stored.revision);
  return result.stored;
}

/**
 * Writes a draft that is no longer stored (the browser cleared the site's data, or another tab
 * deleted it for good) back from what is on screen, under the same id, as revision 1.
 */
export async function recreateDraft(draft: Draft): Promise<StoredDraft> {
  const db = database();
  const now = new Date().toISOString();
  const next = draftSchema.parse({ ...draft, updatedAt: now });
  const summarize = await loadSummarizer();
  await db.transaction('rw', db.drafts, db.snapshots, db.summaries, async () => {
    if (await db.drafts.get(draft.id)) throw new RevisionConflictError(draft.id, 0, 1);
    await putDraftRow(db, newRow(next, 1), summarize, 'add');
    await addSnapshot(db, next, 'recovered', { force: true });
  });
  announceChange(draft.id, 1);
  return { draft: next, revision: 1, deletedAt: null };
}

/**
 * Every draft not in the bin, whole, newest first; rows that cannot be read are left out. Reads
 * and validates every draft: the list reads summaries instead (`listWorkspace`).
 */
export async function listDrafts(): Promise<Draft[]> {
  const rows = await database().drafts.orderBy('updatedAt').reverse().toArray();
  return rows.flatMap((row) => {
    if (row.deletedAt) return [];
    const read = readStoredDraft(row.draft, row.schemaVersion);
    return read.ok ? [read.draft] : [];
  });
}

/** Renames a draft; refused while another tab edits it (its next save would conflict). */
export async function renameDraft(id: string, name: string): Promise<void> {
  const trimmed = name.trim();
  if (trimmed.length > 200) throw new Error('名称不能超过200字');
  const outcome = await whileNobodyEdits(id, async () => {
    const stored = await loadDraft(id);
    if (!stored) throw new DraftMissingError(id);
    await saveDraft({ ...stored.draft, name: trimmed }, stored.revision);
  });
  if (!outcome.ran) throw new DraftBusyError();
}

/** A copy of a draft under a new id, named 「…（副本）」, with a fresh history. */
export async function duplicateDraft(id: string): Promise<Draft> {
  const stored = await loadDraft(id);
  if (!stored) throw new DraftMissingError(id);
  const now = new Date().toISOString();
  const copy: Draft = {
    ...stored.draft,
    id: crypto.randomUUID(),
    name: `${draftDisplayName(stored.draft)}（副本）`.slice(0, 200),
    createdAt: now,
    updatedAt: now,
    exportedAt: null,
  };
  return insertDraft(copy);
}

async function setDeletedAt(id: string, deletedAt: string | null): Promise<void> {
  const db = database();
  await db.transaction('rw', db.drafts, db.summaries, async () => {
    const row = await db.drafts.get(id);
    if (!row) throw new DraftMissingError(id);
    // Moving between list and bin is not an edit: the revision stays, an editing tab carries on.
    await db.drafts.put({ ...row, deletedAt });
    // A row without a summary (one that cannot be read) has none to move.
    await db.summaries.update(id, { deletedAt });
  });
  announceChange(id, null);
}

/** Moves a draft (readable or not) to the bin. */
export function moveToBin(id: string): Promise<void> {
  return setDeletedAt(id, new Date().toISOString());
}

/** Takes a draft out of the bin. */
export function restoreFromBin(id: string): Promise<void> {
  return setDeletedAt(id, null);
}

/** Removes one draft in the bin and its history for good. Call only after the user confirmed. */
export async function deleteForever(id: string): Promise<void> {
  const db = database();
  await db.transaction('rw', db.drafts, db.snapshots, db.summaries, async () => {
    const row = await db.drafts.get(id);
    if (!row) return;
    if (!row.deletedAt) throw new Error('只能永久删除回收站中的报告');
    await db.snapshots.where('draftId').equals(id).delete();
    await db.summaries.delete(id);
    await db.drafts.delete(id);
  });
  announceChange(id, 0);
}

/** Removes every draft in the bin and its history; resolves to how many. After confirmation only. */
export async function emptyBin(): Promise<number> {
  const db = database();
  const count = await db.transaction('rw', db.drafts, db.snapshots, db.summaries, async () => {
    const ids = await db.drafts.filter((row) => Boolean(row.deletedAt)).primaryKeys();
    await db.snapshots.where('draftId').anyOf(ids).delete();
    await db.summaries.bulkDelete(ids);
    await db.drafts.bulkDelete(ids);
    return ids.length;
  });
  announceChange(null, 0);
  return count;
}
