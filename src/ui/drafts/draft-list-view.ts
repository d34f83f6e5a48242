/**
 * What part of the drafts the list shows: filtered by year and agency, sorted, one page at a
 * time. Filters and sorting apply to every draft, paging only to what they leave.
 */
import type { DraftListEntry } from '@/storage/list-workspace';

/** Rows per page: enough to scan, few enough to show at once without waiting. */
export const DRAFT_LIST_PAGE_SIZE = 50;

export type SortKey = 'updated' | 'year' | 'agency';

export const SORT_LABELS = {
  updated: '最近编辑在前',
  year: '年度（新的在前）',
  agency: '机关名称',
} as const satisfies Record<SortKey, string>;

export function isSortKey(value: string): value is SortKey {
  return Object.hasOwn(SORT_LABELS, value);
}

export interface ListFilter {
  /** A year as text, or '' for every year. */
  year: string;
  /** Text the agency's name contains (「统计局」 keeps every 统计局), or '' for every agency. */
  agency: string;
  sort: SortKey;
}

export const NO_FILTER: ListFilter = { year: '', agency: '', sort: 'updated' };

const chinese = new Intl.Collator('zh-CN');

const newestFirst = (a: DraftListEntry, b: DraftListEntry) =>
  a.summary.updatedAt < b.summary.updatedAt
    ? 1
    : a.summary.updatedAt > b.summary.updatedAt
      ? -1
      : 0;

const COMPARE = {
  updated: newestFirst,
  year: (a, b) => b.summary.year - a.summary.year || newestFirst(a, b),
  agency: (a, b) =>
    chinese.compare(a.summary.agency, b.summary.agency) || b.summary.year - a.summary.year,
} as const satisfies Record<SortKey, (a: DraftListEntry, b: DraftListEntry) => number>;

/** The drafts the filter keeps, in its order. */
export function filterDrafts(entries: readonly DraftListEntry[], filter: ListFilter) {
  const agency = filter.agency.trim();
  return entries
    .filter((e) => filter.year === '' || String(e.summary.year) === filter.year)
    .filter((e) => agency === '' || e.summary.agency.includes(agency))
    .sort(COMPARE[filter.sort]);
}

/** The years to filter by, newest first. */
export function yearChoices(entries: readonly DraftListEntry[]): number[] {
  return [...new Set(entries.map((e) => e.summary.year))].sort((a, b) => b - a);
}

/** The agencies to suggest, in 拼音 order, unnamed ones left out. */
export function agencyChoices(entries: readonly DraftListEntry[]): string[] {
  const names = new Set(entries.map((e) => e.summary.agency.trim()));
  names.delete('');
  return [...names].sort(chinese.compare);
}

export interface ListPage<T> {
  rows: T[];
  /** 1-based, within 1…pages even if asked for one past the end. */
  page: number;
  pages: number;
}

/** Page `page` (1-based) of `items`; a page past the end gives the last one. */
export function pageOf<T>(items: readonly T[], page: number, size = DRAFT_LIST_PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return {
    rows: items.slice((current - 1) * size, current * size),
    page: current,
    pages,
  } satisfies ListPage<T>;
}

/** 「1,000」: counts as the list shows them (not `toLocaleString`, whose first call costs ms). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
