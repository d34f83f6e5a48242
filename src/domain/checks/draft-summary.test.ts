import { describe, expect, it } from 'vitest';
import { draftState, draftSummarySchema, isDraftSummary, type DraftSummary } from './draft-summary';

const good: DraftSummary = {
  version: 1,
  name: '甲市统计局2023年政府信息公开工作年度报告',
  agency: '甲市统计局',
  year: 2023,
  updatedAt: '2024-01-20T02:00:00.000Z',
  exportedAt: null,
  state: 'draft',
  errors: 0,
  warnings: 12,
};

const variants: [string, unknown][] = [
  ['as computed', good],
  ['exported', { ...good, exportedAt: '2024-01-21T00:00:00.000Z', state: 'exported' }],
  ['another version', { ...good, version: 2 }],
  ['no version', { ...good, version: undefined }],
  ['a number as name', { ...good, name: 5 }],
  ['no agency', { ...good, agency: undefined }],
  ['a year as text', { ...good, year: '2023' }],
  ['a fractional year', { ...good, year: 2023.5 }],
  ['no updatedAt', { ...good, updatedAt: null }],
  ['exportedAt a number', { ...good, exportedAt: 0 }],
  ['an unknown state', { ...good, state: 'finished' }],
  ['negative errors', { ...good, errors: -1 }],
  ['fractional warnings', { ...good, warnings: 1.5 }],
  ['warnings as text', { ...good, warnings: '3' }],
  ['null', null],
  ['an array', [good]],
  ['text', 'summary'],
];

describe('draft summary', () => {
  it.each(variants)('isDraftSummary agrees with the schema: %s', (_name, value) => {
    expect(isDraftSummary(value)).toBe(draftSummarySchema.safeParse(value).success);
  });

  it('accepts what summarizeDraft writes and refuses the rest', () => {
    expect(variants.filter(([, v]) => isDraftSummary(v)).map(([name]) => name)).toEqual([
      'as computed',
      'exported',
    ]);
  });

  it('calls a draft 已导出 only when nothing was edited after the export', () => {
    const times = { updatedAt: '2024-01-20T02:00:00.000Z' };
    const open = { errors: 1, warnings: 0 };
    expect(draftState(open, { ...times, exportedAt: '2024-01-20T02:00:00.000Z' })).toBe('exported');
    expect(draftState(open, { ...times, exportedAt: '2024-01-20T01:00:00.000Z' })).toBe('draft');
    expect(draftState({ errors: 0, warnings: 0 }, { ...times, exportedAt: null })).toBe('complete');
  });
});
