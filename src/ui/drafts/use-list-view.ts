/**
 * The list's filters, sorting and page, kept for this tab in `sessionStorage`: after opening a
 * draft from page 7 of the 2023 drafts, 「我的报告」 comes back to page 7 of the 2023 drafts.
 */
import { useEffect, useState } from 'react';
import { isSortKey, NO_FILTER, type ListFilter } from './draft-list-view';

const KEY = 'nianbao-list-view';

interface ListView {
  filter: ListFilter;
  page: number;
}

function readView(): ListView {
  const fresh = { filter: NO_FILTER, page: 1 };
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return fresh;
    const filter: unknown = Reflect.get(value, 'filter');
    const page: unknown = Reflect.get(value, 'page');
    if (typeof filter !== 'object' || filter === null) return fresh;
    const year: unknown = Reflect.get(filter, 'year');
    const agency: unknown = Reflect.get(filter, 'agency');
    const sort: unknown = Reflect.get(filter, 'sort');
    if (typeof year !== 'string' || typeof agency !== 'string') return fresh;
    if (typeof sort !== 'string' || !isSortKey(sort)) return fresh;
    return {
      filter: { year, agency, sort },
      page: typeof page === 'number' && Number.isInteger(page) && page > 0 ? page : 1,
    };
  } catch {
    // Storage refused (privacy settings) or unreadable: start from the whole list.
    return fresh;
  }
}

export function useListView() {
  const [view, setView] = useState<ListView>(readView);
  useEffect(() => {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(view));
    } catch {
      // Not kept across pages then; the list itself works the same.
    }
  }, [view]);
  return {
    filter: view.filter,
    page: view.page,
    /** A new filter or sort starts again at page 1. */
    setFilter: (filter: ListFilter) => setView({ filter, page: 1 }),
    setPage: (page: number) => setView((current) => ({ ...current, page })),
  };
}
