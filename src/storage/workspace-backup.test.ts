import { beforeEach, describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/domain/report/empty-report';
import type { Draft } from '@/domain/report/draft-schema';
import { database, resetDatabaseForTests } from './database';
import {
  createDraft,
  getDraft,
  listDrafts,
  loadDraft,
  moveToBin,
  saveDraft,
} from './drafts-repository';
import { getSnapshotDraft, listSnapshots } from './draft-history';
import { listWorkspace } from './list-workspace';
import {
  analyzeBackup,
  backupFileName,
  exportWorkspace,
  WORKSPACE_FORMAT,
} from './workspace-backup';
import { restoreBackup } from './restore-backup';
import { freshDatabase } from './test-support';

beforeEach(freshDatabase);

async function edited(draft: Draft, overview: string): Promise<Draft> {
  const stored = await loadDraft(draft.id);
  if (!stored) throw new Error('missing');
  const next = structuredClone(stored.draft);
  next.report.overview = overview;
  return (await saveDraft(next, stored.revision)).draft;
}

describe('workspace backup', () => {
  it('round-trips every draft, the bin, unreadable rows and history into an empty browser', async () => {
    const a = await createDraft({ report: createEmptyReport({ agency: '甲局', year: 2024 }) });
    await edited(a, '甲局的总体情况');
    const b = await createDraft({ report: createEmptyReport({ agency: '乙局', year: 2023 }) });
    await moveToBin(b.id);
    await database().drafts.put({
      id: 'broken',
      schemaVersion: 1,
      updatedAt: '2024-01-01T00:00:00.000Z',
      revision: 1,
      deletedAt: null,
      writer: 't',
      draft: { report: 'garbage' },
    });

    const backup = await exportWorkspace();
    expect(backup.format).toBe(WORKSPACE_FORMAT);
    expect(backup.schemaVersion).toBe(1);
    expect(backup.drafts).toHaveLength(3);
    const text = JSON.stringify(backup);

    await resetDatabaseForTests();
    const plan = await analyzeBackup(text);
    expect(plan.items.map((i) => [i.name, i.status, i.inBin]).sort()).toEqual(
      [
        ['broken', 'unreadable', false],
        ['甲局2024年政府信息公开工作年度报告', 'new', false],
        ['乙局2023年政府信息公开工作年度报告', 'new', true],
      ].sort(),
    );
    const report = await restoreBackup(plan);
    expect(report.added.sort()).toEqual(
      ['甲局2024年政府信息公开工作年度报告', '乙局2023年政府信息公开工作年度报告'].sort(),
    );
    expect(report.skipped).toEqual([
      { name: 'broken', reason: expect.stringMatching(/^无法读取/) },
    ]);
    const workspace = await listWorkspace();
    expect(workspace.drafts.map((d) => d.id)).toEqual([a.id]);
    expect((await getDraft(a.id))?.report.overview).toBe('甲局的总体情况');
    expect(workspace.bin.map((d) => d.id)).toEqual([b.id]);
    expect((await listSnapshots(a.id)).length).toBe(1);
  });

  it('merges: skips identical drafts, imports a different one as a copy by default', async () => {
    const a = await createDraft({ report: createEmptyReport({ agency: '甲局', year: 2024 }) });
    const b = await createDraft({ report: createEmptyReport({ agency: '乙局', year: 2024 }) });
    const text = JSON.stringify(await exportWorkspace());
    await edited(a, '备份之后在本机写的文字');

    const plan = await analyzeBackup(text);
    expect(Object.fromEntries(plan.items.map((i) => [i.id, i.status]))).toEqual({
      [a.id]: 'different',
      [b.id]: 'identical',
    });
    const report = await restoreBackup(plan);
    expect(report.copied).toEqual(['甲局2024年政府信息公开工作年度报告']);
    expect(report.skipped).toEqual([
      { name: '乙局2024年政府信息公开工作年度报告', reason: '本机已有内容相同的报告' },
    ]);
    expect((await listWorkspace()).drafts).toHaveLength(3);
    const drafts = await listDrafts();
    expect(drafts).toHaveLength(3);
    expect((await getDraft(a.id))?.report.overview).toBe('备份之后在本机写的文字');
    const copy = drafts.find((d) => d.id !== a.id && d.id !== b.id);
    expect(copy?.name).toMatch(
      /^甲局2024年政府信息公开工作年度报告（备份中的版本 \d{4}-\d{2}-\d{2}）$/,
    );
    expect(copy?.report.overview).toBe('');
  });

  it('replaces on request, keeping the local version in history; or skips', async () => {
    const a = await createDraft({ report: createEmptyReport({ agency: '甲局', year: 2024 }) });
    const text = JSON.stringify(await exportWorkspace());
    await edited(a, '本机的新文字');

    const skip = await restoreBackup(await analyzeBackup(text), { [a.id]: 'skip' });
    expect(skip.skipped).toHaveLength(1);
    expect((await getDraft(a.id))?.report.overview).toBe('本机的新文字');

    const replace = await restoreBackup(await analyzeBackup(text), { [a.id]: 'replace' });
    expect(replace.replaced).toEqual(['甲局2024年政府信息公开工作年度报告']);
    expect((await getDraft(a.id))?.report.overview).toBe('');
    const history = await listSnapshots(a.id);
    expect(history[0]?.reason).toBe('before-backup-restore');
    expect((await getSnapshotDraft(history[0]?.seq ?? -1)).report.overview).toBe('本机的新文字');
  });

  it('puts unsaved drafts into the backup, even when the database cannot be read', async () => {
    const a = await createDraft({ report: createEmptyReport({ agency: '甲局', year: 2024 }) });
    const onScreen = { ...a, report: { ...a.report, overview: '屏幕上还没保存的文字' } };
    const withDb = await exportWorkspace([onScreen]);
    expect(withDb.drafts[0]?.draft).toMatchObject({ report: { overview: '屏幕上还没保存的文字' } });
    expect(withDb.partial).toBeUndefined();

    database().close({ disableAutoOpen: true });
    const withoutDb = await exportWorkspace([onScreen]);
    expect(withoutDb.partial).toBe(true);
    expect(withoutDb.drafts.map((d) => d.id)).toEqual([a.id]);
    await expect(exportWorkspace()).rejects.toThrow();
  });

  it('refuses files that are not a workspace backup, in Chinese', async () => {
    await expect(analyzeBackup('not json')).rejects.toThrow('不是有效的 JSON');
    await expect(analyzeBackup('{"format":"nianbao.report"}')).rejects.toThrow('导入 JSON');
    await expect(analyzeBackup(`{"format":"${WORKSPACE_FORMAT}"}`)).rejects.toThrow(
      '不完整或已损坏',
    );
    await expect(
      analyzeBackup(
        JSON.stringify({ format: WORKSPACE_FORMAT, schemaVersion: 9, exportedAt: '', drafts: [] }),
      ),
    ).rejects.toThrow('较新版本');
  });

  it('names the file after the moment', () => {
    expect(backupFileName(new Date(2025, 0, 15, 14, 32, 5))).toBe('年报备份-20250115-143205.json');
  });
});
