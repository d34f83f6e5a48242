/**
 * The drafts repository: the few awaited functions through which the app keeps drafts in
 * IndexedDB. Nothing outside `src/storage` knows Dexie.
 *
 * Persistence decisions:
 * - Every function resolves only after its transaction has committed (strict durability, see
 *   `database.ts`), so a caller may report 「已保存」 when the promise resolves.
 * - Drafts are validated on the way in and on the way out; a stored row that no longer validates
 *   is kept and reported by `listWorkspace`, never dropped.
 */
import { draftSchema, type Draft } from '@/domain/report/draft-schema';
import type { Report } from '@/domain/report/report-schema';
import { SCHEMA_VERSION } from '@/domain/report/report-schema';
import { database } from './database';
import { readStoredDraft, type UnreadableDraft } from './draft-records';

export interface NewDraftInput {
  report: Report;
  previousYear?: Report | null;
  name?: string;
}

function newId(): string {
  return crypto.randomUUID();
}

/** Creates and stores a new draft; resolves after the write has committed. */
export async function createDraft(input: NewDraftInput): Promise<Draft> {
  const now = new Date().toISOString();
  const draft = draftSchema.parse({
    id: newId(),
    name: input.name ?? '',
    report: input.report,
    previousYear: input.previousYear ?? null,
    acknowledgements: {},
    createdAt: now,
    updatedAt: now,
    exportedAt: null,
  });
  await database().drafts.add({
    id: draft.id,
    schemaVersion: SCHEMA_VERSION,
    updatedAt: now,
    draft,
  });
  return draft;
}

/** Reads one draft (migrated and validated), or null if there is none with this id. */
export async function getDraft(id: string): Promise<Draft | null> {
  const row = await database().drafts.get(id);
  if (!row) return null;
  const read = readStoredDraft(row.draft, row.schemaVersion);
  if (!read.ok) throw new Error(read.reason);
  return read.draft;
}

/** Saves a draft; resolves after the write has committed. */
export async function saveDraft(draft: Draft): Promise<Draft> {
  const saved = draftSchema.parse({ ...draft, updatedAt: new Date().toISOString() });
  await database().drafts.put({
    id: saved.id,
    schemaVersion: SCHEMA_VERSION,
    updatedAt: saved.updatedAt,
    draft: saved,
  });
  return saved;
}

export interface Workspace {
  drafts: Draft[];
  unreadable: UnreadableDraft[];
}

/** Every stored draft, newest first, and the rows that could not be read. */
export async function listWorkspace(): Promise<Workspace> {
  const rows = await database().drafts.orderBy('updatedAt').reverse().toArray();
  const drafts: Draft[] = [];
  const unreadable: UnreadableDraft[] = [];
  for (const row of rows) {
    const read = readStoredDraft(row.draft, row.schemaVersion);
    if (read.ok) drafts.push(read.draft);
    else unreadable.push({ id: row.id, reason: read.reason, raw: row });
  }
  return { drafts, unreadable };
}

/** Every draft not in the bin, newest first. */
export async function listDrafts(): Promise<Draft[]> {
  return (await listWorkspace()).drafts;
}
