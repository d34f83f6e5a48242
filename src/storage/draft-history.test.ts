import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyReport } from '@/domain/report/empty-report';
import type { Draft } from '@/domain/report/draft-schema';
import { createDraft, getDraft, loadDraft, saveDraft } from './drafts-repository';
import {
  AUTO_SNAPSHOT_INTERVAL_MS,
  getSnapshotDraft,
  keepAsSnapshot,
  listSnapshots,
  restoreSnapshot,
  takeSnapshot,
} from './draft-history';
import { RevisionConflictError } from './storage-errors';
import { freshDatabase } from './test-support';

beforeEach(freshDatabase);
afterEach(() => vi.useRealTimers());

function edit(draft: Draft, change: (d: Draft) => void): Draft {
  const next = structuredClone(draft);
  change(next);
  return next;
}

describe('history', () => {
  it('takes a snapshot when a save comes after the interval, with a summary of the change', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-10T08:00:00Z'));
    const draft = await createDraft({ report: createEmptyReport({ agency: '甲局', year: 2024 }) });
    vi.setSystemTime(new Date('2025-01-10T08:01:00Z'));
    const first = edit(draft, (d) => {
      d.report.overview = '总体情况的文字';
    });
    const saved = await saveDraft(first, 1);
    // Within the interval: no new snapshot.
    expect(await listSnapshots(draft.id)).toHaveLength(1);

    vi.setSystemTime(new Date(Date.parse('2025-01-10T08:00:00Z') + AUTO_SNAPSHOT_INTERVAL_MS));
    const second = edit(saved.draft, (d) => {
      d.report.overview += '，再加十个字的内容。。';
      d.report.requests.newReceived.naturalPerson = 3;
      d.report.requests.newReceived.commercial = 4;
      d.report.agency = '甲局（新名称）';
    });
    await saveDraft(second, saved.revision);
    const history = await listSnapshots(draft.id);
    expect(history.map((s) => s.reason)).toEqual(['auto', 'created']);
    expect(history[0]?.summary).toBe('基本信息 改动 1 项；总体情况 +18 字；表三 改动 2 格');
    expect((await getSnapshotDraft(history[0]?.seq ?? -1)).report.agency).toBe('甲局（新名称）');
  });

  it('keeps the state before a bulk paste', async () => {
    const draft = await createDraft({ report: createEmptyReport({ year: 2024 }) });
    const beforePaste = edit(draft, (d) => {
      d.report.problems = '手写的问题';
    });
    const afterPaste = edit(beforePaste, (d) => {
      d.report.requests.newReceived.naturalPerson = 100;
    });
    await saveDraft(afterPaste, 1, {
      snapshotsBefore: [{ draft: beforePaste, reason: 'before-paste' }],
    });
    const history = await listSnapshots(draft.id);
    expect(history[0]?.reason).toBe('before-paste');
    expect(history[0]?.summary).toBe('存在的主要问题及改进情况 +5 字');
    expect((await getSnapshotDraft(history[0]?.seq ?? -1)).report.problems).toBe('手写的问题');
  });

  it('restores a snapshot after snapshotting the current state, so restoring is undoable', async () => {
    const draft = await createDraft({ report: createEmptyReport({ year: 2024 }) });
    const created = (await listSnapshots(draft.id))[0];
    const edited = edit(draft, (d) => {
      d.report.overview = '要被恢复掉的文字';
    });
    const saved = await saveDraft(edited, 1);
    const restored = await restoreSnapshot(created?.seq ?? -1, saved.revision);
    expect(restored.revision).toBe(3);
    expect((await getDraft(draft.id))?.report.overview).toBe('');
    const history = await listSnapshots(draft.id);
    expect(history[0]?.reason).toBe('before-restore');
    expect((await getSnapshotDraft(history[0]?.seq ?? -1)).report.overview).toBe(
      '要被恢复掉的文字',
    );
    // A restore based on an old revision is refused.
    await expect(restoreSnapshot(created?.seq ?? -1, 1)).rejects.toBeInstanceOf(
      RevisionConflictError,
    );
  });

  it('keeps a conflicting version and snapshots on request', async () => {
    const draft = await createDraft({ report: createEmptyReport({ year: 2024 }) });
    await keepAsSnapshot(
      edit(draft, (d) => {
        d.report.other = '另一个标签页里没保存上的';
      }),
      'conflict',
    );
    await takeSnapshot(draft.id, 'before-import');
    const history = await listSnapshots(draft.id);
    expect(history.map((s) => s.reason)).toEqual(['before-import', 'conflict', 'created']);
    expect(history[1]?.summary).toBe('其他需要报告的事项 +12 字');
    expect(history[0]?.summary).toBe('其他需要报告的事项 −12 字');
    expect((await loadDraft(draft.id))?.revision).toBe(1);
  });
});
