import { useId, useMemo, useState } from 'react';
import type { DraftListEntry } from '@/storage/list-workspace';
import {
  agencyChoices,
  formatCount,
  isSortKey,
  SORT_LABELS,
  yearChoices,
  type ListFilter,
} from './draft-list-view';

export interface DraftListFiltersProps {
  /** All drafts in the list (bin not counted). */
  entries: DraftListEntry[];
  filter: ListFilter;
  onChange: (filter: ListFilter) => void;
  /** Drafts the filter keeps. */
  shown: number;
}

/**
 * 年度, 机关 and 排序 above the list, and how many drafts there are. 机关 is a text field that
 * keeps the agencies whose name contains what is typed, with the agencies as suggestions: with
 * hundreds of agencies a drop-down list would be too long to use.
 */
export function DraftListFilters({ entries, filter, onChange, shown }: DraftListFiltersProps) {
  const suggestionsId = useId();
  const years = useMemo(() => yearChoices(entries), [entries]);
  // The suggestions are built when the field is first used, not while the list first shows.
  const [suggesting, setSuggesting] = useState(false);
  const agencies = useMemo(() => (suggesting ? agencyChoices(entries) : []), [suggesting, entries]);
  const [agencyText, setAgencyText] = useState(filter.agency);
  const filtered = filter.year !== '' || filter.agency.trim() !== '';
  const total = entries.length;
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
        <input
          type="search"
          className="agency-filter"
          list={suggestionsId}
          placeholder="全部机关"
          value={agencyText}
          onFocus={() => setSuggesting(true)}
          onChange={(e) => {
            setAgencyText(e.target.value);
            // While an input method composes (拼音 being typed), wait for the characters.
            if (!(e.nativeEvent instanceof InputEvent && e.nativeEvent.isComposing)) {
              onChange({ ...filter, agency: e.target.value });
            }
          }}
          onCompositionEnd={(e) => onChange({ ...filter, agency: e.currentTarget.value })}
        />
        <datalist id={suggestionsId}>
          {agencies.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
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
