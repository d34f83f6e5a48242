import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '@/domain/report/empty-report';
import { computeTotals } from '@/domain/matrix/compute-totals';
import { summarizeChanges } from './summarize-changes';

describe('summarizeChanges', () => {
  const base = createEmptyReport({ year: 2024 });

  it('says 无改动 when nothing changed', () => {
    expect(summarizeChanges(base, structuredClone(base))).toBe('无改动');
  });

  it('counts input cells of each table, not derived totals', () => {
    const next = structuredClone(base);
    next.requests.newReceived.naturalPerson = 5;
    next.requests.granted.naturalPerson = 5;
    next.proactive.licensing = 2;
    next.reviewLitigation.review.upheld = 1;
    expect(summarizeChanges(base, computeTotals(next))).toBe(
      '表二 改动 1 格；表三 改动 2 格；表四 改动 1 格',
    );
  });

  it('gives the change in length of each text, or 改写 when the length is the same', () => {
    const before = { ...base, overview: '甲乙丙', preamble: '前言' };
    const after = { ...base, overview: '丁戊己', preamble: '', problems: '新增问题' };
    expect(summarizeChanges(before, after)).toBe(
      '前言 −2 字；总体情况 改写；存在的主要问题及改进情况 +4 字',
    );
  });
});
