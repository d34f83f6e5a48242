/**
 * History (历史版本): whole-draft snapshots kept beside each draft.
 *
 * Persistence decisions:
 * - A snapshot is taken automatically when a save comes at least `AUTO_SNAPSHOT_INTERVAL_MS` after
 *   the previous snapshot, and always before anything that replaces much at once: a bulk paste, an
 *   import into the draft, restoring a snapshot or a backup. Restoring is therefore itself undoable.
 * - Each snapshot stores the whole draft (a report is tens of kilobytes) and a summary of what
 *   changed since the previous one, computed once when it is taken.
 * - Automatic snapshots beyond the newest `MAX_AUTO_SNAPSHOTS` of a draft are pruned; snapshots
 *   taken for a reason (before a paste, restore, conflict…) are kept until the draft is deleted.
 */
import type { Draft } from '@/domain/report/draft-schema';
import { SCHEMA_VERSION } from '@/domain/report/report-schema';
import {
  database,
  TAB_ID,
  type NianbaoDatabase,
  type SnapshotReason,
  type SnapshotRow,
} from './database';
import { announceChange } from './draft-events';
import { readStoredDraft, sameContent } from './draft-records';
import { loadSummarizer, putDraftRow } from './draft-summaries';
import { DraftMissingError, RevisionConflictError } from './storage-errors';
import { summarizeChanges } from './summarize-changes';

/** Automatic snapshots are at least this far apart while someone edits. */
export const AUTO_SNAPSHOT_INTERVAL_MS = 3 * 60 * 1000;
/** How many automatic snapshots a draft keeps. */
export const MAX_AUTO_SNAPSHOTS = 100;

/** Chinese names of the reasons, for the history list. */
export const SNAPSHOT_REASON_LABELS: Record<SnapshotReason, string> = {
  created: '新建',
  auto: '自动保存',
  'before-paste': '批量粘贴前',
  'before-import': '导入前',
  'before-restore': '恢复历史版本前',
  'before-backup-restore': '从备份恢复前',
  conflict: '与其他标签页冲突时本页的内容',
  recovered: '关闭页面前未保存的内容',
  manual: '手动保存',
};

export interface SnapshotSummary {
  seq: number;
  takenAt: string;
  reason: SnapshotReason;
  summary: string;
}

/** The newest snapshot of a draft, inside the caller's transaction. */
export function latestSnapshot(db: NianbaoDatabase, draftId: string) {
  return db.snapshots.where('draftId').equals(draftId).last();
}

/**
 * Adds a snapshot of `draft`, inside the caller's read-write transaction over `snapshots`.
 * Skipped when the newest snapshot already holds the same content and `force` is not set.
 */
export async function addSnapshot(
  db: NianbaoDatabase,
  draft: Draft,
  reason: SnapshotReason,
  options: { takenAt?: string; force?: boolean } = {},
): Promise<void> {
  const previous = await latestSnapshot(db, draft.id);
  let summary = '初始版本';
  if (previous) {
    if (!options.force && sameContent(previous.draft, draft)) return;
    const before = readStoredDraft(previous.draft, previous.schemaVersion);
    summary = before.ok
      ? summarizeChanges(before.draft.report, draft.report)
      : '与上一版本相比的改动无法计算';
    if (draft.name !== (before.ok ? before.draft.name : draft.name)) {
      summary = summary === '无改动' ? '名称改动' : `名称改动；${summary}`;
    }
  }
  await db.snapshots.add({
    draftId: draft.id,
    takenAt: options.takenAt ?? new Date().toISOString(),
    reason,
    summary,
    schemaVersion: SCHEMA_VERSION,
    draft,
  });
  if (reason === 'auto') await pruneAutoSnapshots(db, draft.id);
}

async function pruneAutoSnapshots(db: NianbaoDatabase, draftId: string): Promise<void> {
  const autos = await db.snapshots
    .where('draftId')
    .equals(draftId)
    .filter((s) => s.reason === 'auto')
    .primaryKeys();
  if (autos.length > MAX_AUTO_SNAPSHOTS) {
    await db.snapshots.bulkDelete(autos.slice(0, autos.length - MAX_AUTO_SNAPSHOTS));
  }
}

/** True when it is time for an automatic snapshot. */
export async function autoSnapshotDue(db: NianbaoDatabase, draftId: string, now: Date) {
  const previous = await latestSnapshot(db, draftId);
  return !previous || now.getTime() - Date.parse(previous.takenAt) >= AUTO_SNAPSHOT_INTERVAL_MS;
}

/** The snapshots of a draft, newest first. */
export async function listSnapshots(draftId: string): Promise<SnapshotSummary[]> {
  const rows = await database().snapshots.where('draftId').equals(draftId).reverse().toArray();
  return rows.flatMap((row) =>
    row.seq === undefined
      ? []
      : [{ seq: row.seq, takenAt: row.takenAt, reason: row.reason, summary: row.summary }],
  );
}

/** One snapshot's draft, migrated and validated. */
export async function getSnapshotDraft(seq: number): Promise<Draft> {
  const row = await database().snapshots.get(seq);
  if (!row) throw new Error('找不到这个历史版本');
  const read = readStoredDraft(row.draft, row.schemaVersion);
  if (!read.ok) throw new Error(`这个历史版本无法读取：${read.reason}`);
  return read.draft;
}

/** Keeps a version of a draft in its history (e.g. the losing side of a conflict). */
export async function keepAsSnapshot(draft: Draft, reason: SnapshotReason): Promise<void> {
  const db = database();
  await db.transaction('rw', db.snapshots, () => addSnapshot(db, draft, reason, { force: true }));
  announceChange(draft.id, null);
}

/** Snapshots the stored state of a draft now (before an import into it, for instance). */
export async function takeSnapshot(draftId: string, reason: SnapshotReason): Promise<void> {
  const db = database();
  await db.transaction('rw', db.drafts, db.snapshots, async () => {
    const row = await db.drafts.get(draftId);
    if (!row) throw new DraftMissingError(draftId);
    const read = readStoredDraft(row.draft, row.schemaVersion);
    if (!read.ok) throw new Error(read.reason);
    await addSnapshot(db, read.draft, reason, { force: true });
  });
  announceChange(draftId, null);
}

/**
 * Makes a snapshot the current content of its draft. The stored state is snapshotted first
 * ('before-restore'), so restoring never loses anything. Refused if the draft moved on from
 * `expectedRevision`. Resolves to the new revision and draft.
 */
export async function restoreSnapshot(
  seq: number,
  expectedRevision: number,
): Promise<{ draft: Draft; revision: number }> {
  const db = database();
  const summarize = await loadSummarizer();
  const result = await db.transaction('rw', db.drafts, db.snapshots, db.summaries, async () => {
    const snapshot: SnapshotRow | undefined = await db.snapshots.get(seq);
    if (!snapshot) throw new Error('找不到这个历史版本');
    const row = await db.drafts.get(snapshot.draftId);
    if (!row) throw new DraftMissingError(snapshot.draftId);
    if (row.revision !== expectedRevision) {
      throw new RevisionConflictError(row.id, expectedRevision, row.revision);
    }
    const current = readStoredDraft(row.draft, row.schemaVersion);
    const restored = readStoredDraft(snapshot.draft, snapshot.schemaVersion);
    if (!restored.ok) throw new Error(`这个历史版本无法读取：${restored.reason}`);
    if (current.ok) await addSnapshot(db, current.draft, 'before-restore', { force: true });
    const now = new Date().toISOString();
    const draft: Draft = {
      ...restored.draft,
      id: row.id,
      createdAt: current.ok ? current.draft.createdAt : restored.draft.createdAt,
      updatedAt: now,
      exportedAt: current.ok ? current.draft.exportedAt : restored.draft.exportedAt,
    };
    const revision = row.revision + 1;
    await putDraftRow(
      db,
      { ...row, draft, schemaVersion: SCHEMA_VERSION, updatedAt: now, revision, writer: TAB_ID },
      summarize,
    );
    return { draft, revision };
  });
  announceChange(result.draft.id, result.revision);
  return result;
}
