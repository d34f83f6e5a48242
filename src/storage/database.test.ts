import { beforeEach, describe, expect, it } from 'vitest';
import { summarizeDraft } from '@/domain/checks/summarize-draft';
import { database } from './database';
import { loadDraft, saveDraft } from './drafts-repository';
import { listSnapshots } from './draft-history';
import { listWorkspace } from './list-workspace';
import {
  expectSummariesCurrent,
  freshDatabase,
  v1Fixture,
  writeV1Database,
  writeV2Database,
} from './test-support';

beforeEach(freshDatabase);

describe('database upgrade', () => {
  it('opens a version 1 database: rows gain revision and bin fields, nothing is lost', async () => {
    await writeV1Database();
    const workspace = await listWorkspace();
    expect(database().verno).toBe(3);
    const [valid, broken] = v1Fixture.rows.drafts;
    expect(workspace.drafts).toHaveLength(1);
    expect(workspace.drafts[0]).toMatchObject({ id: valid?.id, revision: 1, deletedAt: null });
    const stored = await loadDraft(valid?.id ?? '');
    if (!stored) throw new Error('missing');
    expect(stored.draft).toMatchObject({ report: { agency: '示例市统计局', year: 2023 } });
    expect(workspace.drafts[0]?.summary).toEqual(summarizeDraft(stored.draft));
    expect(workspace.unreadable.map((u) => [u.id, u.label])).toEqual([[broken?.id, '损坏的草稿']]);
    expect(workspace.unreadable[0]?.raw).toMatchObject({ draft: broken?.draft });

    // The upgraded draft saves normally and starts a history.
    const next = structuredClone(stored.draft);
    next.report.problems = '升级后写的';
    expect((await saveDraft(next, 1)).revision).toBe(2);
    expect(await listSnapshots(stored.draft.id)).toHaveLength(1);
    await expectSummariesCurrent();
  });

  it('opens a version 2 database: every readable draft gets its list summary', async () => {
    const { validId, brokenId, binnedId } = await writeV2Database();
    const db = database();
    await db.open();
    expect(db.verno).toBe(3);
    // Computed by the upgrade itself, before anything listed; the broken one marked unreadable.
    const summaries = await db.summaries.toArray();
    expect(summaries.map((s) => s.id).sort()).toEqual([validId, binnedId, brokenId].sort());
    expect(await db.summaries.get(brokenId)).toMatchObject({ revision: 3, summary: null });
    await expectSummariesCurrent();
    expect(await db.summaries.get(binnedId)).toMatchObject({
      revision: 3,
      deletedAt: '2024-02-01T00:00:00.000Z',
      summary: { name: '回收站里的草稿', state: 'draft' },
    });
    expect(await db.summaries.get(validId)).toMatchObject({
      revision: 3,
      deletedAt: null,
      summary: {
        name: '示例市统计局2023年政府信息公开工作年度报告',
        agency: '示例市统计局',
        year: 2023,
        updatedAt: '2024-01-15T06:32:05.000Z',
      },
    });

    // The one that does not validate stays unreadable, kept as it was.
    const workspace = await listWorkspace();
    expect(workspace.drafts.map((d) => d.id)).toEqual([validId]);
    expect(workspace.bin.map((d) => d.id)).toEqual([binnedId]);
    expect(workspace.unreadable.map((u) => [u.id, u.label])).toEqual([[brokenId, '损坏的草稿']]);
    expect(await db.drafts.get(brokenId)).toMatchObject({ revision: 3, writer: 'version-2-tab' });
  });
});
