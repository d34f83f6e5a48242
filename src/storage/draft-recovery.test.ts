import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/domain/report/empty-report';
import { TAB_ID } from './database';
import { createDraft, getDraft, loadDraft, saveDraft } from './drafts-repository';
import { getSnapshotDraft, listSnapshots } from './draft-history';
import { readJournal, useJournalStorage, writeJournal } from './draft-journal';
import { recoverAllJournals, recoverJournal } from './draft-recovery';
import { freshDatabase, MemoryStorage } from './test-support';

beforeEach(async () => {
  await freshDatabase();
  useJournalStorage(new MemoryStorage());
});
afterEach(() => useJournalStorage(null));

describe('unsaved-change journal', () => {
  it('applies a journal left on the revision it was based on', async () => {
    const draft = await createDraft({ report: createEmptyReport({ year: 2024 }) });
    writeJournal(
      { ...draft, report: { ...draft.report, overview: '关页前最后一个字' } },
      1,
      'old-tab',
    );
    await recoverAllJournals();
    expect((await getDraft(draft.id))?.report.overview).toBe('关页前最后一个字');
    expect((await loadDraft(draft.id))?.revision).toBe(2);
    expect(readJournal(draft.id)).toBeNull();
  });

  it('applies it over a later revision written by the same tab', async () => {
    const draft = await createDraft({ report: createEmptyReport({ year: 2024 }) });
    await saveDraft({ ...draft, report: { ...draft.report, overview: '已写入的' } }, 1);
    writeJournal(
      { ...draft, report: { ...draft.report, overview: '已写入的，和更多' } },
      1,
      TAB_ID,
    );
    expect(await recoverJournal(draft.id)).toBe('applied');
    expect((await getDraft(draft.id))?.report.overview).toBe('已写入的，和更多');
  });

  it('keeps it in history, never over another tab’s save', async () => {
    const draft = await createDraft({ report: createEmptyReport({ year: 2024 }) });
    await saveDraft({ ...draft, report: { ...draft.report, overview: '另一个标签页保存的' } }, 1);
    writeJournal(
      { ...draft, report: { ...draft.report, overview: '本页没保存上的' } },
      1,
      'other-tab',
    );
    expect(await recoverJournal(draft.id)).toBe('kept-in-history');
    expect((await getDraft(draft.id))?.report.overview).toBe('另一个标签页保存的');
    const [latest] = await listSnapshots(draft.id);
    expect(latest?.reason).toBe('recovered');
    expect((await getSnapshotDraft(latest?.seq ?? -1)).report.overview).toBe('本页没保存上的');
    expect(readJournal(draft.id)).toBeNull();
  });

  it('drops a journal that only repeats what is stored', async () => {
    const draft = await createDraft({ report: createEmptyReport({ year: 2024 }) });
    writeJournal(draft, 1, 'old-tab');
    expect(await recoverJournal(draft.id)).toBe('none');
    expect((await loadDraft(draft.id))?.revision).toBe(1);
    expect(readJournal(draft.id)).toBeNull();
  });
});
