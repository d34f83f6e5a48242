/**
 * Restoring a workspace backup analysed by `analyzeBackup` (`workspace-backup.ts`).
 *
 * Persistence decisions:
 * - Restoring merges and never overwrites silently. A draft whose id is new is added; one with the
 *   same id and the same content is skipped; one whose content differs is imported as a copy
 *   unless the user chose to replace (after a snapshot of the current version) or to skip it.
 * - Everything is written in one transaction, each draft with its list summary.
 */
import { draftDisplayName, type Draft } from '@/domain/report/draft-schema';
import { SCHEMA_VERSION } from '@/domain/report/report-schema';
import { database, TAB_ID, type SnapshotRow } from './database';
import { announceChange } from './draft-events';
import { addSnapshot } from './draft-history';
import { readStoredDraft, sameContent } from './draft-records';
import { loadSummarizer, putDraftRow } from './draft-summaries';
import type { BackupDraft, BackupPlan } from './workspace-backup';

/** For a draft whose content differs: keep both (copy), take the file's (replace) or skip. */
export type ConflictChoice = 'copy' | 'replace' | 'skip';

export interface RestoreReport {
  /** Names of drafts added as they were. */
  added: string[];
  /** Names of drafts added as copies because a different version is here. */
  copied: string[];
  /** Names of drafts replaced by the file's version (the previous one is in their history). */
  replaced: string[];
  /** Names and reasons of drafts left out. */
  skipped: { name: string; reason: string }[];
}

function snapshotRows(entry: BackupDraft, draftId: string): SnapshotRow[] {
  return entry.snapshots.map((s) => {
    const read = readStoredDraft(s.draft, s.schemaVersion);
    return {
      draftId,
      takenAt: s.takenAt,
      reason: s.reason,
      summary: s.summary,
      schemaVersion: read.ok ? SCHEMA_VERSION : s.schemaVersion,
      draft: read.ok ? { ...read.draft, id: draftId } : s.draft,
    };
  });
}

/**
 * Restores a analysed backup. `choices` decides drafts whose content differs (default: copy).
 * Everything is written in one transaction: either the whole restore happens or none of it.
 */
export async function restoreBackup(
  plan: BackupPlan,
  choices: Record<string, ConflictChoice> = {},
): Promise<RestoreReport> {
  const report: RestoreReport = { added: [], copied: [], replaced: [], skipped: [] };
  const db = database();
  const restoredOn = new Date().toISOString().slice(0, 10);
  const replacedRevisions: [string, number][] = [];
  const summarize = await loadSummarizer();
  await db.transaction('rw', db.drafts, db.snapshots, db.summaries, async () => {
    for (const [i, entry] of plan.backup.drafts.entries()) {
      const item = plan.items[i];
      const read = readStoredDraft(entry.draft, entry.schemaVersion);
      if (!item || !read.ok) {
        report.skipped.push({
          name: item?.name ?? entry.id,
          reason: `无法读取：${read.ok ? '未知原因' : read.reason}`,
        });
        continue;
      }
      const draft: Draft = { ...read.draft, id: entry.id };
      const here = await db.drafts.get(entry.id);
      const base = {
        schemaVersion: SCHEMA_VERSION,
        deletedAt: entry.deletedAt,
        writer: TAB_ID,
      };
      if (!here) {
        await putDraftRow(
          db,
          { ...base, id: draft.id, updatedAt: draft.updatedAt, draft, revision: 1 },
          summarize,
          'add',
        );
        await db.snapshots.bulkAdd(snapshotRows(entry, draft.id));
        report.added.push(item.name);
        continue;
      }
      if (sameContent(here.draft, draft)) {
        report.skipped.push({ name: item.name, reason: '本机已有内容相同的报告' });
        continue;
      }
      const choice = choices[entry.id] ?? 'copy';
      if (choice === 'skip') {
        report.skipped.push({ name: item.name, reason: '本机已有不同版本，按您的选择跳过' });
      } else if (choice === 'copy') {
        const id = crypto.randomUUID();
        const copy: Draft = {
          ...draft,
          id,
          name: `${draftDisplayName(draft)}（备份中的版本 ${restoredOn}）`.slice(0, 200),
        };
        await putDraftRow(
          db,
          { ...base, id, updatedAt: copy.updatedAt, draft: copy, revision: 1 },
          summarize,
          'add',
        );
        await db.snapshots.bulkAdd(snapshotRows(entry, id));
        report.copied.push(item.name);
      } else {
        const current = readStoredDraft(here.draft, here.schemaVersion);
        if (current.ok) {
          await addSnapshot(db, current.draft, 'before-backup-restore', { force: true });
        }
        const known = new Set(
          (await db.snapshots.where('draftId').equals(entry.id).toArray()).map(
            (s) => `${s.takenAt}|${s.reason}`,
          ),
        );
        await db.snapshots.bulkAdd(
          snapshotRows(entry, entry.id).filter((s) => !known.has(`${s.takenAt}|${s.reason}`)),
        );
        await putDraftRow(
          db,
          {
            ...here,
            ...base,
            deletedAt: here.deletedAt,
            draft,
            updatedAt: new Date().toISOString(),
            revision: here.revision + 1,
          },
          summarize,
        );
        replacedRevisions.push([entry.id, here.revision + 1]);
        report.replaced.push(item.name);
      }
    }
  });
  for (const [id, revision] of replacedRevisions) announceChange(id, revision);
  announceChange(null, 0);
  return report;
}
