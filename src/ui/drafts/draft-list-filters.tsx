import { formatCount, isSortKey, SORT_LABELS, type ListFilter } from './draft-list-view';

export interface DraftListFiltersProps {
  filter: ListFilter;
  onChange: (filter: ListFilter) => void;
  years: number[];
  agencies: string[];
  /** Drafts the filter keeps. */
  shown: number;
  /** All drafts in the list (bin not counted). */
  total: number;
}

/** 年度, 机关 and 排序 above the list, and how many drafts there are. */
export function DraftListFilters({
  filter,
  onChange,
  years,
  agencies,
  shown,
  total,
}: DraftListFiltersProps) {
  const filtered = filter.year !== '' || filter.agency !== '';
  return (
    <div className="filters" role="group" aria-label="筛选和排序">
      <label>
        年度
        <select value={filter.year} onChange={(e) => onChange({ ...filter, year: e.target.value })}>
          <option value="">全部年度</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}年度
            </option>
          ))}
        </select>
      </label>
      <label>
        机关
        <select
          value={filter.agency}
          onChange={(e) => onChange({ ...filter, agency: e.target.value })}
        >
          <option value="">全部机关</option>
          {agencies.map((a) => (
            <option key={a} value={a}>
              {a || '（未填写机关名称）'}
            </option>
          ))}
        </select>
      </label>
      <label>
        排序
        <select
          value={filter.sort}
          onChange={(e) => {
            const value = e.target.value;
            if (isSortKey(value)) onChange({ ...filter, sort: value });
          }}
        >
          {Object.entries(SORT_LABELS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <span className="list-count">
        {filtered
          ? `筛选出 ${formatCount(shown)} 份，共 ${formatCount(total)} 份`
          : `共 ${formatCount(total)} 份`}
      </span>
    </div>
  );
}
