import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyReport } from '@/domain/report/empty-report';
import type { Draft } from '@/domain/report/draft-schema';
import type { SaveOptions, StoredDraft } from '@/storage/drafts-repository';
import { DraftMissingError, RevisionConflictError } from '@/storage/storage-errors';
import {
  AUTOSAVE_DELAY_MS,
  AutosaveEngine,
  JOURNAL_DELAY_MS,
  type SaveStatus,
} from './autosave-engine';

const base: Draft = {
  id: 'd1',
  name: '',
  report: createEmptyReport({ year: 2024 }),
  previousYear: null,
  acknowledgements: {},
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  exportedAt: null,
};

function withOverview(text: string): Draft {
  return { ...base, report: { ...base.report, overview: text } };
}

interface Harness {
  engine: AutosaveEngine;
  saves: { draft: Draft; revision: number; options: SaveOptions }[];
  statuses: SaveStatus[];
  journal: Map<string, { draft: Draft; base: number }>;
  /** Every journal write, in order (the journal itself keeps the last per draft). */
  journalWrites: string[];
  kept: Draft[];
  conflicts: Draft[];
  failNext: (error: unknown, times?: number) => void;
}

function harness(): Harness {
  const saves: Harness['saves'] = [];
  const statuses: SaveStatus[] = [];
  const journal: Harness['journal'] = new Map();
  const journalWrites: string[] = [];
  const kept: Draft[] = [];
  const conflicts: Draft[] = [];
  let failures: unknown[] = [];
  let revision = 1;
  const engine = new AutosaveEngine(base, 1, {
    save: async (draft, expected, options): Promise<StoredDraft> => {
      const failure = failures.shift();
      if (failure) throw failure;
      saves.push({ draft, revision: expected, options });
      revision = expected + 1;
      return { draft, revision, deletedAt: null };
    },
    recreate: async (draft): Promise<StoredDraft> => {
      saves.push({ draft, revision: 0, options: {} });
      revision = 1;
      return { draft, revision, deletedAt: null };
    },
    writeJournal: (draft, b) => {
      journalWrites.push(draft.report.overview);
      journal.set(draft.id, { draft, base: b });
    },
    clearJournal: (id) => journal.delete(id),
    keepConflict: async (draft) => {
      kept.push(draft);
    },
    onStatus: (s) => statuses.push(s),
  });
  engine.setConflictHandler((d) => conflicts.push(d));
  return {
    engine,
    saves,
    statuses,
    journal,
    journalWrites,
    kept,
    conflicts,
    failNext: (error, times = 1) => {
      failures = Array.from({ length: times }, () => error);
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('AutosaveEngine', () => {
  it('writes once, half a second after the last of several changes', async () => {
    const h = harness();
    h.engine.change(withOverview('一'), 'edit');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    h.engine.change(withOverview('一二'), 'edit');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(h.saves).toHaveLength(0);
    expect(h.statuses.at(-1)).toEqual({ kind: 'pending' });
    expect(h.journal.get('d1')?.draft.report.overview).toBe('一二');
    await vi.advanceTimersByTimeAsync(1);
    expect(h.saves.map((s) => s.draft.report.overview)).toEqual(['一二']);
    expect(h.statuses.at(-1)?.kind).toBe('saved');
    expect(h.journal.size).toBe(0);
    expect(h.engine.unsaved()).toBeNull();
  });

  it('writes at once on flush and bases each write on the previous revision', async () => {
    const h = harness();
    h.engine.change(withOverview('甲'), 'edit');
    expect(await h.engine.flush()).toBe(true);
    h.engine.change(withOverview('甲乙'), 'edit');
    await h.engine.flush();
    expect(h.saves.map((s) => [s.draft.report.overview, s.revision])).toEqual([
      ['甲', 1],
      ['甲乙', 2],
    ]);
    expect(h.engine.baseRevision).toBe(3);
  });

  it('keeps the state before a paste in the history with the next write', async () => {
    const h = harness();
    h.engine.change(withOverview('手打的'), 'edit');
    h.engine.change(withOverview('手打的 + 粘贴的一大段'), 'paste');
    await h.engine.flush();
    expect(h.saves).toHaveLength(1);
    expect(
      h.saves[0]?.options.snapshotsBefore?.map((s) => [s.reason, s.draft.report.overview]),
    ).toEqual([['before-paste', '手打的']]);
  });

  it('reports a failure, keeps the change and retries with growing delays', async () => {
    const h = harness();
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    h.failNext(quota, 2);
    h.engine.change(withOverview('不能丢'), 'edit');
    expect(await h.engine.flush()).toBe(false);
    const failed = h.statuses.at(-1);
    expect(failed?.kind).toBe('error');
    if (failed?.kind === 'error') expect(failed.failure.kind).toBe('quota');
    expect(h.engine.unsaved()?.report.overview).toBe('不能丢');
    expect(h.journal.get('d1')?.draft.report.overview).toBe('不能丢');
    await vi.advanceTimersByTimeAsync(1000); // first retry after 1 s: fails again
    expect(h.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1999);
    expect(h.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1); // second retry after 2 s: succeeds
    expect(h.saves.map((s) => s.draft.report.overview)).toEqual(['不能丢']);
    expect(h.statuses.at(-1)?.kind).toBe('saved');
  });

  it('retries at once on 重试, and changes typed while failing are not lost', async () => {
    const h = harness();
    h.failNext(new Error('boom'));
    h.engine.change(withOverview('一'), 'edit');
    await h.engine.flush();
    h.engine.change(withOverview('一二'), 'edit');
    expect(h.statuses.at(-1)?.kind).toBe('error');
    expect(await h.engine.retryNow()).toBe(true);
    expect(h.saves.map((s) => s.draft.report.overview)).toEqual(['一二']);
  });

  it('writes the screen back when the draft is no longer stored, on request only', async () => {
    const h = harness();
    h.failNext(new DraftMissingError('d1'));
    h.engine.change(withOverview('屏幕上的'), 'edit');
    expect(await h.engine.flush()).toBe(false);
    const failed = h.statuses.at(-1);
    expect(failed?.kind === 'error' && failed.failure.kind).toBe('missing');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.saves).toHaveLength(0);
    expect(await h.engine.recreate()).toBe(true);
    expect(h.saves.map((s) => [s.draft.report.overview, s.revision])).toEqual([['屏幕上的', 0]]);
    expect(h.engine.baseRevision).toBe(1);
    expect(h.statuses.at(-1)?.kind).toBe('saved');
  });

  it('never retries over another tab: keeps the local version and reports the conflict', async () => {
    const h = harness();
    h.failNext(new RevisionConflictError('d1', 1, 2));
    h.engine.change(withOverview('本页的'), 'edit');
    expect(await h.engine.flush()).toBe(false);
    expect(h.kept.map((d) => d.report.overview)).toEqual(['本页的']);
    expect(h.conflicts).toHaveLength(1);
    expect(h.journal.size).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.saves).toHaveLength(0);
  });

  it('journals a run of keystrokes once per JOURNAL_DELAY_MS, not on every keystroke', async () => {
    const h = harness();
    for (const text of ['1', '12', '123', '1234']) {
      h.engine.change(withOverview(text), 'edit');
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(h.journalWrites).toEqual([]);
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS - 80);
    expect(h.journalWrites).toEqual(['1234']);
    expect(h.journal.get('d1')).toEqual({ draft: withOverview('1234'), base: 1 });
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS);
    expect(h.journalWrites).toEqual(['1234']);
  });

  it('puts a change typed just before the page goes away in the journal at once', async () => {
    const h = harness();
    h.engine.change(withOverview('关闭前最后一键'), 'edit');
    // pagehide, visibilitychange → hidden and beforeunload call flush(); its journal write is
    // done when flush() returns, while the database write is still to commit.
    const flushing = h.engine.flush();
    expect(h.journal.get('d1')?.draft.report.overview).toBe('关闭前最后一键');
    expect(h.engine.unsaved()?.report.overview).toBe('关闭前最后一键');
    await flushing;
    expect(h.saves.map((s) => s.draft.report.overview)).toEqual(['关闭前最后一键']);
    expect(h.journal.size).toBe(0);
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS);
    expect(h.journalWrites).toEqual(['关闭前最后一键']);
  });

  it('writes the journal on request without waiting, and only once', async () => {
    const h = harness();
    h.engine.change(withOverview('甲'), 'edit');
    h.engine.flushJournal();
    expect(h.journalWrites).toEqual(['甲']);
    h.engine.flushJournal();
    await vi.advanceTimersByTimeAsync(JOURNAL_DELAY_MS);
    expect(h.journalWrites).toEqual(['甲']);
  });

  it('says 保存中… once for a run of changes, then 已保存', async () => {
    const h = harness();
    for (const text of ['a', 'ab', 'abc']) h.engine.change(withOverview(text), 'edit');
    expect(h.statuses).toEqual([{ kind: 'pending' }]);
    await h.engine.flush();
    h.engine.change(withOverview('abcd'), 'edit');
    expect(h.statuses.map((s) => s.kind)).toEqual(['pending', 'saved', 'pending']);
  });
});
