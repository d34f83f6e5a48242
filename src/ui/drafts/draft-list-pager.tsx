import { useRef, type ReactNode, type Ref } from 'react';
import { flushSync } from 'react-dom';

export interface DraftListPagerProps {
  /** Accessible name of this pager (a long list has one above and one below the table). */
  label: string;
  page: number;
  pages: number;
  /** Asks for another page; `step` says which button was used. */
  onPage: (page: number, step: -1 | 1) => void;
  /** The pager below the table (hidden in print; the one above says the page). */
  bottom?: boolean;
  ref?: Ref<HTMLElement>;
}

/** 「上一页 第 2 / 20 页 下一页」 */
export function DraftListPager({ label, page, pages, onPage, bottom, ref }: DraftListPagerProps) {
  return (
    <nav className={bottom ? 'pager pager-bottom' : 'pager'} aria-label={label} ref={ref}>
      <button
        type="button"
        data-step="-1"
        disabled={page <= 1}
        onClick={() => onPage(page - 1, -1)}
      >
        上一页
      </button>
      {/* The pager above the table keeps the focus on its buttons: it announces the new page. */}
      <span className="pager-position" aria-live={bottom ? undefined : 'polite'}>
        第 {page} / {pages} 页
      </span>
      <button
        type="button"
        data-step="1"
        disabled={page >= pages}
        onClick={() => onPage(page + 1, 1)}
      >
        下一页
      </button>
    </nav>
  );
}

/**
 * Moving between pages with the focus in a sensible place. The focus stays on the button used,
 * or moves to the other one when it becomes disabled at either end. From the pager below the
 * table it moves to the same button above, scrolled to the top, so that the new page is read
 * from its first row. `top` goes on the pager above the table.
 */
export function usePaging(setPage: (page: number) => void) {
  const top = useRef<HTMLElement>(null);
  const goToPage = (next: number, step: -1 | 1, from: 'top' | 'bottom') => {
    flushSync(() => setPage(next));
    const nav = top.current;
    if (!nav) return;
    const same = nav.querySelector<HTMLButtonElement>(`button[data-step="${step}"]`);
    const other = nav.querySelector<HTMLButtonElement>(`button[data-step="${-step}"]`);
    const target = same && !same.disabled ? same : other;
    if (from === 'bottom') nav.scrollIntoView({ block: 'start' });
    if (from === 'bottom' || same?.disabled) target?.focus({ preventScroll: true });
  };
  return { top, goToPage };
}

/**
 * A list with its pagers: one above and one below `children` when there is more than one
 * page, moving between pages through `paging` (see `usePaging`).
 */
export function Paged({
  page,
  pages,
  paging,
  children,
}: {
  page: number;
  pages: number;
  paging: ReturnType<typeof usePaging>;
  children: ReactNode;
}) {
  const pager = (from: 'top' | 'bottom') =>
    pages > 1 && (
      <DraftListPager
        ref={from === 'top' ? paging.top : undefined}
        label={from === 'top' ? '分页' : '分页（列表下方）'}
        bottom={from === 'bottom'}
        page={page}
        pages={pages}
        onPage={(next, step) => paging.goToPage(next, step, from)}
      />
    );
  return (
    <>
      {pager('top')}
      {children}
      {pager('bottom')}
    </>
  );
}
