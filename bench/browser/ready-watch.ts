/**
 * In-page watch for "usable": installed as an init script before the page's own scripts, it
 * checks the DOM after every batch of mutations and records `performance.now()` (milliseconds
 * since navigation start) when the screen is usable, and again in the next animation frame
 * (the frame that paints it).
 */

export type ReadyKind =
  /** Home: 「新建报告」 present and enabled, and the list (or its empty note) shown. */
  | { kind: 'home' }
  /**
   * Home with drafts, usable: the list's first page shows (at least `rows` rows) and so does the
   * count of all drafts (`total`, e.g. 「共 1,000 份」, in the filters' group).
   */
  | { kind: 'list'; rows: number; total: string }
  /** Editor on 表三: the grid's first input present and editable. */
  | { kind: 'grid' };

export interface ReadyTimes {
  ready: number;
  frame: number;
}

declare global {
  interface Window {
    __benchReady?: ReadyTimes;
  }
}

export function watchReady(what: ReadyKind): void {
  const isReady = (): boolean => {
    if (what.kind === 'grid') {
      const input = document.querySelector('[data-path="requests.newReceived.naturalPerson"]');
      return input instanceof HTMLInputElement && !input.disabled && !input.readOnly;
    }
    const create = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === '新建报告',
    );
    if (!create || create.disabled) return false;
    const table = document.querySelector('table[aria-label="报告列表"]');
    if (what.kind === 'list') {
      if ((table?.querySelectorAll('tbody tr').length ?? 0) < what.rows) return false;
      // textContent, not innerText: the probe must not force a layout of its own.
      const filters = document.querySelector('[role="group"][aria-label="筛选和排序"]');
      return filters?.textContent?.includes(what.total) ?? false;
    }
    return Boolean(table ?? document.querySelector('.empty-note'));
  };
  let done = false;
  const observer = new MutationObserver(() => {
    if (done || !isReady()) return;
    done = true;
    observer.disconnect();
    const ready = performance.now();
    requestAnimationFrame(() => {
      window.__benchReady = { ready, frame: performance.now() };
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}
