import { beforeEach, describe, expect, it } from 'vitest';
import { database } from './database';
import { listWorkspace, loadDraft, saveDraft } from './drafts-repository';
import { listSnapshots } from './draft-history';
import { freshDatabase, v1Fixture, writeV1Database } from './test-support';

beforeEach(freshDatabase);

describe('database upgrade', () => {
  it('opens a version 1 database: rows gain revision and bin fields, nothing is lost', async () => {
    await writeV1Database();
    const workspace = await listWorkspace();
    expect(database().verno).toBe(2);
    const [valid, broken] = v1Fixture.rows.drafts;
    expect(workspace.drafts).toHaveLength(1);
    expect(workspace.drafts[0]).toMatchObject({ revision: 1, deletedAt: null });
    expect(workspace.drafts[0]?.draft).toMatchObject({
      id: valid?.id,
      report: { agency: '示例市统计局', year: 2023 },
    });
    expect(workspace.unreadable.map((u) => [u.id, u.label])).toEqual([[broken?.id, '损坏的草稿']]);
    expect(workspace.unreadable[0]?.raw).toMatchObject({ draft: broken?.draft });

    // The upgraded draft saves normally and starts a history.
    const stored = await loadDraft(valid?.id ?? '');
    if (!stored) throw new Error('missing');
    const next = structuredClone(stored.draft);
    next.report.problems = '升级后写的';
    expect((await saveDraft(next, 1)).revision).toBe(2);
    expect(await listSnapshots(stored.draft.id)).toHaveLength(1);
  });
});
