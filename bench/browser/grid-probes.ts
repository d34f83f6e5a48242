/**
 * In-page instruments for a whole-block paste into 表三 and for autosave (passed to
 * page.evaluate; each is self-contained).
 */

export interface PasteArgs {
  /** Input rows pasted, top to bottom, and the six applicant columns. */
  rows: readonly string[];
  columns: readonly string[];
  /** values[r][c] for the pasted block. */
  values: readonly (readonly number[])[];
  /** Rows of the two sides of the balance rule. */
  left: readonly string[];
  right: readonly string[];
  /** The app also checks the 总计 column's balance. */
  withTotalColumn: boolean;
}

export interface PasteSample {
  work: number;
  visible: number;
  frames: number;
  ok: boolean;
  note: string;
}

/**
 * Focuses the block's top-left cell, then dispatches one `paste` event carrying the block as
 * tab-separated text (as Excel and WPS put it on the clipboard). work: from dispatch until the
 * app's handlers, React's commit (microtasks) and a forced layout are done. visible: until the
 * animation frame in which every pasted cell, every row's 总计 and the balance findings show.
 */
export async function pasteBlock(args: PasteArgs): Promise<PasteSample> {
  // Elements by data path, looked up once (querySelector over the whole page for every cell
  // in every frame would cost more than what is measured); looked up again if React replaced one.
  const cells = new Map<string, Element>();
  const cell = (row: string, column: string): Element | null => {
    const path = `requests.${row}.${column}`;
    const known = cells.get(path);
    if (known?.isConnected) return known;
    const found = document.querySelector(`[data-path="${path}"]`);
    if (found) cells.set(path, found);
    return found;
  };
  const numberIn = (el: Element | null): number => {
    if (!el) return Number.NaN;
    const text = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
    const cleaned = text.replace(/[^\d.-]/g, '');
    return cleaned === '' ? 0 : Number(cleaned);
  };
  const first = cell(args.rows[0] ?? '', args.columns[0] ?? '');
  if (!(first instanceof HTMLInputElement)) throw new Error('no first cell');
  first.focus();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

  const tsv = `${args.values.map((row) => row.join('\t')).join('\r\n')}\r\n`;
  const data = new DataTransfer();
  data.setData('text/plain', tsv);
  const event = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
  });

  const check = (): string => {
    for (const [r, row] of args.rows.entries()) {
      let sum = 0;
      for (const [c, column] of args.columns.entries()) {
        const want = args.values[r]?.[c] ?? 0;
        if (numberIn(cell(row, column)) !== want) return `${row}.${column}`;
        sum += want;
      }
      if (numberIn(cell(row, 'total')) !== sum) return `${row}.total`;
    }
    const count = window.__benchBalanceErrors;
    if (count) {
      const value = (row: string, column: string) => numberIn(cell(row, column)) || 0;
      let expected = 0;
      let totalDiff = 0;
      for (const column of args.columns) {
        const diff =
          args.left.reduce((s, r) => s + value(r, column), 0) -
          args.right.reduce((s, r) => s + value(r, column), 0);
        if (diff !== 0) expected++;
        totalDiff += diff;
      }
      if (args.withTotalColumn && totalDiff !== 0) expected++;
      if (count() !== expected) return `balance findings ${count()} ≠ ${expected}`;
    }
    return '';
  };

  const t0 = performance.now();
  first.dispatchEvent(event);
  await Promise.resolve();
  await Promise.resolve();
  void document.body.offsetHeight;
  const work = performance.now() - t0;
  return new Promise<PasteSample>((resolve) => {
    let frames = 0;
    const frame = () => {
      const missing = check();
      if (missing === '') {
        void document.body.offsetHeight;
        resolve({ work, visible: performance.now() - t0, frames, ok: true, note: '' });
        return;
      }
      if (performance.now() - t0 > 5000) {
        resolve({ work, visible: Number.NaN, frames, ok: false, note: missing });
        return;
      }
      frames++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

export interface AutosaveArgs {
  draftId: string;
  row: string;
  column: string;
  /** The digit the harness will type. */
  expected: number;
}

export interface AutosaveSample {
  /** Keydown to 「已保存」 shown again. */
  status: number;
  /** Keydown to the new value readable from IndexedDB (polled every 5 ms). */
  committed: number;
  ok: boolean;
}

declare global {
  interface Window {
    __benchAutosave?: Promise<AutosaveSample>;
  }
}

/**
 * Arms the autosave measurement for the next keystroke into one cell: records the keydown, then
 * watches the save status (role=status, 「已保存 …」) and polls the draft's row in the app's
 * IndexedDB database (`nianbao`, store `drafts`) through the raw IndexedDB API until the typed
 * value is there. Stored in `window.__benchAutosave`.
 */
export function armAutosave(args: AutosaveArgs): void {
  const input = document.querySelector(`[data-path="requests.${args.row}.${args.column}"]`);
  if (!(input instanceof HTMLInputElement)) throw new Error('no cell');
  input.focus();
  input.select();
  window.__benchAutosave = new Promise<AutosaveSample>((resolve) => {
    let t0: number | null = null;
    let status: number | null = null;
    let committed: number | null = null;
    let db: IDBDatabase | null = null;
    const finish = (ok: boolean) => {
      observer.disconnect();
      db?.close();
      resolve({
        status: status === null || t0 === null ? Number.NaN : status - t0,
        committed: committed === null || t0 === null ? Number.NaN : committed - t0,
        ok,
      });
    };
    const maybeDone = () => {
      if (status !== null && committed !== null) finish(true);
    };
    const statusEl = () =>
      [...document.querySelectorAll('[role="status"]')].find((el) =>
        el.classList.contains('save-status'),
      );
    let sawPending = false;
    const observer = new MutationObserver(() => {
      if (t0 === null || status !== null) return;
      const text = statusEl()?.textContent ?? '';
      if (!text.startsWith('已保存')) sawPending = true;
      else if (sawPending) {
        status = performance.now();
        maybeDone();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const poll = () => {
      if (!db || committed !== null) return;
      const tx = db.transaction('drafts', 'readonly');
      const get = tx.objectStore('drafts').get(args.draftId);
      get.onsuccess = () => {
        const row: unknown = get.result;
        let value: unknown = null;
        if (row && typeof row === 'object' && 'draft' in row) {
          const draft: unknown = row.draft;
          if (draft && typeof draft === 'object' && 'report' in draft) {
            const report: unknown = draft.report;
            if (report && typeof report === 'object' && 'requests' in report) {
              const requests: unknown = report.requests;
              if (requests && typeof requests === 'object' && args.row in requests) {
                const cells: unknown = Reflect.get(requests, args.row);
                if (cells && typeof cells === 'object') value = Reflect.get(cells, args.column);
              }
            }
          }
        }
        if (value === args.expected) {
          committed = performance.now();
          maybeDone();
        } else setTimeout(poll, 5);
      };
    };
    const open = indexedDB.open('nianbao');
    open.onsuccess = () => {
      db = open.result;
    };
    window.addEventListener(
      'keydown',
      () => {
        if (t0 !== null) return;
        t0 = performance.now();
        setTimeout(poll, 5);
      },
      { capture: true, once: true },
    );
    setTimeout(() => finish(false), 10_000);
  });
}
