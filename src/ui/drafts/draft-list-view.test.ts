import { describe, expect, it } from 'vitest';
import type { DraftSummary } from '@/domain/checks/draft-summary';
import type { DraftListEntry } from '@/storage/list-workspace';
import {
  agencyChoices,
  filterDrafts,
  formatCount,
  NO_FILTER,
  pageOf,
  yearChoices,
} from './draft-list-view';

function entry(id: string, agency: string, year: number, updatedAt: string): DraftListEntry {
  const summary: DraftSummary = {
    version: 1,
    name: `${agency}${year}`,
    agency,
    year,
    updatedAt,
    exportedAt: null,
    state: 'draft',
    errors: 0,
    warnings: 0,
  };
  return { id, revision: 1, deletedAt: null, summary };
}

const entries = [
  entry('a', '乙区司法局', 2024, '2025-01-03T00:00:00.000Z'),
  entry('b', '甲市统计局 ', 2023, '2025-01-02T00:00:00.000Z'),
  entry('c', '甲市统计局', 2024, '2025-01-04T00:00:00.000Z'),
  entry('d', '丙县水利局', 2024, '2025-01-01T00:00:00.000Z'),
];
const ids = (list: DraftListEntry[]) => list.map((e) => e.id);

describe('draft list view', () => {
  it('sorts by last edit, by year, or by agency in 拼音 order', () => {
    expect(ids(filterDrafts(entries, NO_FILTER))).toEqual(['c', 'a', 'b', 'd']);
    expect(ids(filterDrafts(entries, { ...NO_FILTER, sort: 'year' }))).toEqual([
      'c',
      'a',
      'd',
      'b',
    ]);
    // 丙 bǐng, 甲 jiǎ, 乙 yǐ; the same agency newest year first.
    expect(ids(filterDrafts(entries, { ...NO_FILTER, sort: 'agency' }))).toEqual([
      'd',
      'c',
      'b',
      'a',
    ]);
  });

  it('filters by year and by text the agency contains', () => {
    expect(ids(filterDrafts(entries, { ...NO_FILTER, year: '2024' }))).toEqual(['c', 'a', 'd']);
    expect(ids(filterDrafts(entries, { ...NO_FILTER, agency: ' 甲市统计局' }))).toEqual(['c', 'b']);
    expect(ids(filterDrafts(entries, { ...NO_FILTER, agency: '局', year: '2024' }))).toEqual([
      'c',
      'a',
      'd',
    ]);
    expect(ids(filterDrafts(entries, { ...NO_FILTER, agency: '司法' }))).toEqual(['a']);
    expect(yearChoices(entries)).toEqual([2024, 2023]);
    expect(agencyChoices([...entries, entry('e', ' ', 2024, '2025-01-05T00:00:00.000Z')])).toEqual([
      '丙县水利局',
      '甲市统计局',
      '乙区司法局',
    ]);
  });

  it('pages, keeping the page within range', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(items, 1)).toMatchObject({ page: 1, pages: 3 });
    expect(pageOf(items, 1).rows).toHaveLength(50);
    expect(pageOf(items, 3).rows).toEqual(items.slice(100));
    expect(pageOf(items, 9)).toMatchObject({ page: 3 });
    expect(pageOf([], 4)).toEqual({ rows: [], page: 1, pages: 1 });
    expect(formatCount(1000)).toBe('1,000');
  });
});
