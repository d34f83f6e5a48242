import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/domain/report/empty-report';
import { database } from './database';
import {
  createDraft,
  deleteForever,
  duplicateDraft,
  emptyBin,
  getDraft,
  listDrafts,
  loadDraft,
  moveToBin,
  renameDraft,
  restoreFromBin,
  saveDraft,
  UnreadableDraftError,
} from './drafts-repository';
import { listSnapshots } from './draft-history';
import { listWorkspace } from './list-workspace';
import { RevisionConflictError } from './storage-errors';
import { freshDatabase } from './test-support';

beforeEach(freshDatabase);

function report(agency: string, year = 2024) {
  return createEmptyReport({ agency, year });
}

describe('drafts repository', () => {
  it('creates a draft that reads back the same, at revision 1, with a first snapshot', async () => {
    const created = await createDraft({ report: report('甲局') });
    expect(await getDraft(created.id)).toEqual(created);
    const stored = await loadDraft(created.id);
    expect(stored?.revision).toBe(1);
    expect(stored?.deletedAt).toBeNull();
    const history = await listSnapshots(created.id);
    expect(history.map((s) => [s.reason, s.summary])).toEqual([['created', '初始版本']]);
    expect(await getDraft('no-such-id')).toBeNull();
  });

  it('lists drafts last edited first', async () => {
    const a = await createDraft({ report: report('甲局') });
    const b = await createDraft({ report: report('乙局') });
    const stored = await loadDraft(a.id);
    if (!stored) throw new Error('missing');
    const next = structuredClone(stored.draft);
    next.report.overview = '新的总体情况';
    await new Promise((r) => setTimeout(r, 5));
    await saveDraft(next, stored.revision);
    expect((await listDrafts()).map((d) => d.id)).toEqual([a.id, b.id]);
  });

  it('saves with the expected revision and refuses a stale one', async () => {
    const created = await createDraft({ report: report('甲局') });
    const first = structuredClone(created);
    first.report.overview = '第一个标签页的文字';
    const saved = await saveDraft(first, 1);
    expect(saved.revision).toBe(2);
    const second = structuredClone(created);
    second.report.overview = '第二个标签页的文字';
    await expect(saveDraft(second, 1)).rejects.toBeInstanceOf(RevisionConflictError);
    expect((await getDraft(created.id))?.report.overview).toBe('第一个标签页的文字');
  });

  it('does not count recording an export as an edit, and skips writes that change nothing', async () => {
    const created = await createDraft({ report: report('甲局') });
    const unchanged = await saveDraft(created, 1);
    expect(unchanged.revision).toBe(1);
    const exportedAt = new Date(Date.now() + 1000).toISOString();
    const exported = await saveDraft({ ...created, exportedAt }, 1);
    expect(exported.revision).toBe(2);
    expect(exported.draft.updatedAt).toBe(created.updatedAt);
    expect(exported.draft.exportedAt).toBe(exportedAt);
  });

  it('renames, duplicates, moves to the bin, restores and deletes for good', async () => {
    const a = await createDraft({ report: report('甲局') });
    await renameDraft(a.id, '  甲局2024年报  ');
    expect((await getDraft(a.id))?.name).toBe('甲局2024年报');

    const copy = await duplicateDraft(a.id);
    expect(copy.id).not.toBe(a.id);
    expect(copy.name).toBe('甲局2024年报（副本）');
    expect(copy.report).toEqual((await getDraft(a.id))?.report);

    await moveToBin(a.id);
    let workspace = await listWorkspace();
    expect(workspace.drafts.map((d) => d.id)).toEqual([copy.id]);
    expect(workspace.bin.map((d) => d.id)).toEqual([a.id]);
    expect(workspace.bin[0]?.revision).toBe(2);

    await restoreFromBin(a.id);
    workspace = await listWorkspace();
    expect(workspace.bin).toEqual([]);
    expect(workspace.drafts).toHaveLength(2);

    await expect(deleteForever(a.id)).rejects.toThrow('只能永久删除回收站中的报告');
    await moveToBin(a.id);
    await deleteForever(a.id);
    expect(await getDraft(a.id)).toBeNull();
    expect(await listSnapshots(a.id)).toEqual([]);
  });

  it('empties the bin only of binned drafts, with their history', async () => {
    const keep = await createDraft({ report: report('甲局') });
    const gone1 = await createDraft({ report: report('乙局') });
    const gone2 = await createDraft({ report: report('丙局') });
    await moveToBin(gone1.id);
    await moveToBin(gone2.id);
    expect(await emptyBin()).toBe(2);
    expect((await listDrafts()).map((d) => d.id)).toEqual([keep.id]);
    expect(await database().snapshots.count()).toBe(1);
  });

  it('keeps a record that no longer validates, reports it and never drops it', async () => {
    const good = await createDraft({ report: report('甲局') });
    await database().drafts.put({
      id: 'broken',
      schemaVersion: 1,
      updatedAt: '2024-01-01T00:00:00.000Z',
      revision: 3,
      deletedAt: null,
      writer: 'test',
      draft: { id: 'broken', name: 'x', report: { agency: 5 } },
    });
    const workspace = await listWorkspace();
    expect(workspace.drafts.map((d) => d.id)).toEqual([good.id]);
    expect(workspace.unreadable).toHaveLength(1);
    expect(workspace.unreadable[0]?.id).toBe('broken');
    expect(workspace.unreadable[0]?.label).toBe('x');
    expect(workspace.unreadable[0]?.reason).toMatch(/草稿内容不符合当前格式/);
    expect(workspace.unreadable[0]?.raw).toMatchObject({ revision: 3 });
    await expect(loadDraft('broken')).rejects.toBeInstanceOf(UnreadableDraftError);
    // Listing does not repair or remove it.
    expect(await database().drafts.get('broken')).toMatchObject({
      draft: { report: { agency: 5 } },
    });
    // A record written by a newer version is kept with a clear reason too.
    await database().drafts.put({
      id: 'future',
      schemaVersion: 99,
      updatedAt: '2024-01-01T00:00:00.000Z',
      revision: 1,
      deletedAt: null,
      writer: 'test',
      draft: { ...good, id: 'future' },
    });
    const again = await listWorkspace();
    expect(again.unreadable.find((u) => u.id === 'future')?.reason).toMatch(/较新版本/);
  });
});
