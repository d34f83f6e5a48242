import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarizeDraft } from '@/domain/checks/summarize-draft';
import type { Draft } from '@/domain/report/draft-schema';
import { createEmptyReport } from '@/domain/report/empty-report';
import { SCHEMA_VERSION } from '@/domain/report/report-schema';
import { database } from './database';
import {
  createDraft,
  deleteForever,
  duplicateDraft,
  emptyBin,
  loadDraft,
  moveToBin,
  recreateDraft,
  renameDraft,
  restoreFromBin,
  saveDraft,
} from './drafts-repository';
import { listSnapshots, restoreSnapshot } from './draft-history';
import { useJournalStorage, writeJournal } from './draft-journal';
import { recoverJournal } from './draft-recovery';
import { listWorkspace } from './list-workspace';
import { restoreBackup } from './restore-backup';
import { analyzeBackup, exportWorkspace } from './workspace-backup';
import { expectSummariesCurrent, freshDatabase, MemoryStorage } from './test-support';

beforeEach(async () => {
  await freshDatabase();
  useJournalStorage(new MemoryStorage());
});
afterEach(() => useJournalStorage(null));

async function stored(id: string) {
  const found = await loadDraft(id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}

async function edited(id: string, change: (draft: Draft) => void) {
  const { draft, revision } = await stored(id);
  const next = structuredClone(draft);
  change(next);
  return saveDraft(next, revision);
}

async function summaryOf(id: string) {
  return (await database().summaries.get(id))?.summary;
}

describe('list summaries stored with the drafts', () => {
  it('are written by create, save, an export record, rename, duplicate and recreate', async () => {
    const a = await createDraft({ report: createEmptyReport({ agency: '甲局', year: 2024 }) });
    await expectSummariesCurrent();
    expect(await summaryOf(a.id)).toMatchObject({ name: '甲局2024年政府信息公开工作年度报告' });

    await edited(a.id, (d) => {
      d.report.requests.granted.naturalPerson = 4;
    });
    await expectSummariesCurrent();
    expect(await summaryOf(a.id)).toMatchObject({ state: 'draft', errors: 0 });

    const { draft, revision } = await stored(a.id);
    await saveDraft({ ...draft, exportedAt: new Date(Date.now() + 1000).toISOString() }, revision);
    await expectSummariesCurrent();
    expect(await summaryOf(a.id)).toMatchObject({ state: 'exported' });

    await renameDraft(a.id, '甲局年报');
    await expectSummariesCurrent();
    expect(await summaryOf(a.id)).toMatchObject({ name: '甲局年报' });

    const copy = await duplicateDraft(a.id);
    await expectSummariesCurrent();
    expect(await summaryOf(copy.id)).toMatchObject({ name: '甲局年报（副本）', exportedAt: null });

    const latest = await stored(copy.id);
    await moveToBin(copy.id);
    await deleteForever(copy.id);
    expect(await database().summaries.get(copy.id)).toBeUndefined();
    await recreateDraft(latest.draft);
    await expectSummariesCurrent();
    expect(await database().summaries.get(copy.id)).toMatchObject({ revision: 1 });
  });

  it('follow the bin, and go with the drafts deleted for good', async () => {
    const a = await createDraft({ report: createEmptyReport({ agency: '甲局', year: 2024 }) });
    const b = await createDraft({ report: createEmptyReport({ agency: '乙局', year: 2024 }) });
    await moveToBin(a.id);
    await moveToBin(b.id);
    await expectSummariesCurrent();
    expect((await database().summaries.get(a.id))?.deletedAt).not.toBeNull();
    await restoreFromBin(a.id);
    await expectSummariesCurrent();
    expect((await database().summaries.get(a.id))?.deletedAt).toBeNull();
    expect(await emptyBin()).toBe(1);
    expect((await database().summaries.toArray()).map((s) => s.id)).toEqual([a.id]);
  });

  it('are written by restoring a history version and by applying a leftover journal', async () => {
    const a = await createDraft({ report: createEmptyReport({ agency: '甲局', year: 2024 }) });
    const saved = await edited(a.id, (d) => {
      d.report.requests.granted.naturalPerson = 4;
    });
    const [created] = (await listSnapshots(a.id)).slice(-1);
    if (!created) throw new Error('no snapshot');
    await restoreSnapshot(created.seq, saved.revision);
    await expectSummariesCurrent();

    const now = await stored(a.id);
    writeJournal({ ...now.draft, name: '关页前改的名称' }, now.revision, 'closed-tab');
    expect(await recoverJournal(a.id)).toBe('applied');
    await expectSummariesCurrent();
    expect(await summaryOf(a.id)).toMatchObject({ name: '关页前改的名称' });
  });

  it('are written by every kind of backup restore: added, copied, replaced', async () => {
    const a = await createDraft({ report: createEmptyReport({ agency: '甲局', year: 2024 }) });
    const b = await createDraft({ report: createEmptyReport({ agency: '乙局', year: 2023 }) });
    const text = JSON.stringify(await exportWorkspace());
    await edited(a.id, (d) => {
      d.report.overview = '备份之后写的';
    });
    await edited(b.id, (d) => {
      d.report.overview = '备份之后写的';
    });
    await moveToBin(b.id);
    await restoreBackup(await analyzeBackup(text), { [a.id]: 'copy', [b.id]: 'replace' });
    await expectSummariesCurrent();
    expect(await database().summaries.count()).toBe(3);
    expect((await database().summaries.get(b.id))?.deletedAt).not.toBeNull();

    await freshDatabase();
    await restoreBackup(await analyzeBackup(text));
    await expectSummariesCurrent();
    expect(await database().summaries.count()).toBe(2);
  });
});

describe('listing', () => {
  it('reads the stored summaries, not the drafts', async () => {
    const a = await createDraft({ report: createEmptyReport({ agency: '甲局', year: 2024 }) });
    const row = await database().summaries.get(a.id);
    if (!row) throw new Error('no summary');
    await database().summaries.put({ ...row, summary: { ...summarizeDraft(a), warnings: 7 } });
    const [entry] = (await listWorkspace()).drafts;
    expect(entry).toMatchObject({ id: a.id, revision: 1, summary: { warnings: 7 } });
  });

  it('computes and stores a missing or stale summary from the draft', async () => {
    const a = await createDraft({ report: createEmptyReport({ agency: '甲局', year: 2024 }) });
    const b = await createDraft({ report: createEmptyReport({ agency: '乙局', year: 2024 }) });
    const c = await createDraft({ report: createEmptyReport({ agency: '丙局', year: 2024 }) });
    const db = database();
    await db.summaries.delete(a.id);
    const rowB = await db.summaries.get(b.id);
    const rowC = await db.summaries.get(c.id);
    if (!rowB || !rowC) throw new Error('no summary');
    // Computed by another version of the summary, or under another report schema version.
    await db.summaries.put({ ...rowB, summary: { ...summarizeDraft(b), version: 0, warnings: 7 } });
    await db.summaries.put({ ...rowC, schemaVersion: SCHEMA_VERSION + 1, summary: rowC.summary });

    const workspace = await listWorkspace();
    const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
    expect(workspace.drafts.sort(byId).map((d) => [d.id, d.summary])).toEqual(
      [a, b, c].sort(byId).map((d) => [d.id, summarizeDraft(d)]),
    );
    expect(workspace.unreadable).toEqual([]);
    await expectSummariesCurrent();
  });

  it('ignores and removes a summary whose draft is gone', async () => {
    const a = await createDraft({ report: createEmptyReport({ agency: '甲局', year: 2024 }) });
    const row = await database().summaries.get(a.id);
    if (!row) throw new Error('no summary');
    await database().summaries.put({ ...row, id: 'gone' });
    expect((await listWorkspace()).drafts.map((d) => d.id)).toEqual([a.id]);
    expect(await database().summaries.get('gone')).toBeUndefined();
    await expectSummariesCurrent();
  });

  it('reports a row that does not validate as unreadable, beside good ones', async () => {
    const good = await createDraft({ report: createEmptyReport({ agency: '甲局', year: 2024 }) });
    await database().drafts.put({
      id: 'broken',
      schemaVersion: SCHEMA_VERSION,
      updatedAt: '2024-01-01T00:00:00.000Z',
      revision: 2,
      deletedAt: null,
      writer: 'test',
      draft: { id: 'broken', name: '坏了的', report: { agency: '乙局', year: '二〇二四' } },
    });
    const workspace = await listWorkspace();
    expect(workspace.drafts.map((d) => d.id)).toEqual([good.id]);
    expect(workspace.unreadable).toMatchObject([
      { id: 'broken', label: '坏了的', deletedAt: null, raw: { revision: 2 } },
    ]);
    expect(workspace.unreadable[0]?.reason).toMatch(/草稿内容不符合当前格式/);
    // It stays as it was; its summary row now says that it must be read whole.
    expect(await database().drafts.get('broken')).toMatchObject({ revision: 2 });
    expect(await database().summaries.get('broken')).toMatchObject({ revision: 2, summary: null });
    await expectSummariesCurrent();
    const again = await listWorkspace();
    expect(again.drafts.map((d) => d.id)).toEqual([good.id]);
    expect(again.unreadable.map((u) => [u.id, u.label])).toEqual([['broken', '坏了的']]);
    await moveToBin('broken');
    await expectSummariesCurrent();
    expect((await listWorkspace()).unreadable[0]?.deletedAt).not.toBeNull();
  });
});
