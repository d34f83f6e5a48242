/**
 * The whole-workspace backup: every draft (bin included) with its history, as one JSON file, and
 * reading such a file back to see what restoring it would do (`restore-backup.ts` restores it).
 *
 * Persistence decisions:
 * - The file is a versioned envelope (`format: 'nianbao.workspace'`, `schemaVersion`,
 *   `exportedAt`) around the stored rows as they are, so a row this version cannot read is
 *   still backed up and can be read by a later version.
 * - When the database cannot be read (closed by the browser, say), the backup still contains what
 *   is on screen: callers pass their unsaved drafts, which also replace older stored content.
 * - Analysing a file compares each draft with what is stored (new, identical, different,
 *   unreadable) without writing anything.
 */
import { z } from 'zod';
import { draftDisplayName, type Draft } from '@/domain/report/draft-schema';
import { SCHEMA_VERSION } from '@/domain/report/report-schema';
import { database, type SnapshotReason, type SnapshotRow } from './database';
import { readStoredDraft, sameContent } from './draft-records';

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
export type BackupDraft = z.infer<typeof backupDraftSchema>;

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
