/**
 * The whole-workspace backup: every draft (bin included) with its history, as one JSON file, and
 * restoring from such a file.
 *
 * Persistence decisions:
 * - The file is a versioned envelope (`format: 'nianbao.workspace'`, `schemaVersion`,
 *   `exportedAt`) around the stored rows as they are, so a row this version cannot read is
 *   still backed up and can be read by a later version.
 * - When the database cannot be read (closed by the browser, say), the backup still contains what
 *   is on screen: callers pass their unsaved drafts, which also replace older stored content.
 * - Restoring merges and never overwrites silently. A draft whose id is new is added; one with the
 *   same id and the same content is skipped; one whose content differs is imported as a copy
 *   unless the user chose to replace (after a snapshot of the current version) or to skip it.
 */
import { z } from 'zod';
import { draftDisplayName, type Draft } from '@/domain/report/draft-schema';
import { SCHEMA_VERSION } from '@/domain/report/report-schema';
import { database, TAB_ID, type SnapshotReason, type SnapshotRow } from './database';
import { announceChange } from './draft-events';
import { addSnapshot } from './draft-history';
import { readStoredDraft, sameContent } from './draft-records';
import { loadSummarizer, putDraftRow } from './draft-summaries';

export const WORKSPACE_FORMAT = 'nianbao.workspace';
/** Version of the backup envelope (not of the report inside, which is `SCHEMA_VERSION`). */
export const WORKSPACE_SCHEMA_VERSION = 1;

const snapshotReasonSchema = z.enum([
  'created',
  'auto',
  'before-paste',
  'before-import',
  'before-restore',
  'before-backup-restore',
  'conflict',
  'recovered',
  'manual',
] satisfies SnapshotReason[]);

const backupSnapshotSchema = z.object({
  takenAt: z.string(),
  reason: snapshotReasonSchema,
  summary: z.string(),
  schemaVersion: z.number(),
  draft: z.unknown(),
});

const backupDraftSchema = z.object({
  id: z.string().min(1),
  revision: z.number(),
  /** Report schema version of `draft`. */
  schemaVersion: z.number(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
  draft: z.unknown(),
  snapshots: z.array(backupSnapshotSchema),
});

export const workspaceBackupSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  schemaVersion: z.number().int(),
  exportedAt: z.string(),
  /** True when the database could not be read and only the drafts on screen are inside. */
  partial: z.boolean().optional(),
  drafts: z.array(backupDraftSchema),
});
export type WorkspaceBackup = z.infer<typeof workspaceBackupSchema>;
type BackupDraft = z.infer<typeof backupDraftSchema>;

function fromUnsaved(draft: Draft): BackupDraft {
  return {
    id: draft.id,
    revision: 1,
    schemaVersion: SCHEMA_VERSION,
    updatedAt: draft.updatedAt,
    deletedAt: null,
    draft,
    snapshots: [],
  };
}

async function readAllRows(): Promise<BackupDraft[]> {
  const db = database();
  return db.transaction('r', db.drafts, db.snapshots, async () => {
    const [rows, snapshots] = await Promise.all([db.drafts.toArray(), db.snapshots.toArray()]);
    const byDraft = new Map<string, SnapshotRow[]>();
    for (const s of snapshots) {
      const list = byDraft.get(s.draftId) ?? [];
      list.push(s);
      byDraft.set(s.draftId, list);
    }
    return rows.map((row) => ({
      id: row.id,
      revision: row.revision,
      schemaVersion: row.schemaVersion,
      updatedAt: row.updatedAt,
      deletedAt: row.deletedAt ?? null,
      draft: row.draft,
      snapshots: (byDraft.get(row.id) ?? []).map((s) => ({
        takenAt: s.takenAt,
        reason: s.reason,
        summary: s.summary,
        schemaVersion: s.schemaVersion,
        draft: s.draft,
      })),
    }));
  });
}

/**
 * Everything stored, as a backup envelope. `unsaved` drafts (on screen, not yet written) replace
 * their stored content; if the database cannot be read at all, the backup holds just them.
 */
export async function exportWorkspace(unsaved: Draft[] = []): Promise<WorkspaceBackup> {
  const exportedAt = new Date().toISOString();
  let drafts: BackupDraft[];
  let partial = false;
  try {
    drafts = await readAllRows();
  } catch (error) {
    if (unsaved.length === 0) throw error;
    drafts = [];
    partial = true;
  }
  for (const draft of unsaved) {
    const index = drafts.findIndex((d) => d.id === draft.id);
    const existing = drafts[index];
    if (existing) {
      drafts[index] = {
        ...existing,
        draft,
        schemaVersion: SCHEMA_VERSION,
        updatedAt: draft.updatedAt,
      };
    } else drafts.push(fromUnsaved(draft));
  }
  return {
    format: WORKSPACE_FORMAT,
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    exportedAt,
    ...(partial ? { partial } : {}),
    drafts,
  };
}

/** The file name of a backup made at `at`, e.g. 年报备份-20250115-143205.json. */
export function backupFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(
    at.getHours(),
  )}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `年报备份-${stamp}.json`;
}

/** What restoring would do with one draft of the file. */
export interface BackupItem {
  id: string;
  /** Name shown to the user. */
  name: string;
  /** new: not here; identical: here with the same content; different: here, content differs. */
  status: 'new' | 'identical' | 'different' | 'unreadable';
  /** Why it cannot be read (status 'unreadable'). */
  reason?: string;
  inBin: boolean;
}

export interface BackupPlan {
  backup: WorkspaceBackup;
  items: BackupItem[];
}

/** Reads a backup file's text and compares it with what is stored. Throws a Chinese message. */
export async function analyzeBackup(text: string): Promise<BackupPlan> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('这个文件不是有效的 JSON 文件，无法作为备份恢复');
  }
  const format: unknown =
    typeof value === 'object' && value !== null ? Reflect.get(value, 'format') : undefined;
  if (format !== WORKSPACE_FORMAT) {
    throw new Error('这个文件不是年报的全部报告备份（单份报告的 JSON 请用「导入 JSON」按钮导入）');
  }
  const parsed = workspaceBackupSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(
      `备份文件内容不完整或已损坏${first ? `（${first.path.join('.')}：${first.message}）` : ''}`,
    );
  }
  const backup = parsed.data;
  if (backup.schemaVersion > WORKSPACE_SCHEMA_VERSION) {
    throw new Error(
      `这个备份由较新版本的年报生成（备份格式版本 ${backup.schemaVersion}），请更新应用后再恢复`,
    );
  }
  const existing = await database().drafts.bulkGet(backup.drafts.map((d) => d.id));
  const items = backup.drafts.map((entry, i): BackupItem => {
    const read = readStoredDraft(entry.draft, entry.schemaVersion);
    const inBin = entry.deletedAt !== null;
    if (!read.ok) {
      return { id: entry.id, name: entry.id, status: 'unreadable', reason: read.reason, inBin };
    }
    const name = draftDisplayName(read.draft);
    const here = existing[i];
    if (!here) return { id: entry.id, name, status: 'new', inBin };
    return {
      id: entry.id,
      name,
      status: sameContent(here.draft, read.draft) ? 'identical' : 'different',
      inBin,
    };
  });
  return { backup, items };
}

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
