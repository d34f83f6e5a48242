/**
 * In-page instrument for one keystroke in a 表三 grid (the app's, SurveyJS's or the plain-DOM
 * floor; all three mark their cells with `data-path="requests.<row>.<column>"`).
 *
 * Method, per keystroke (the harness focuses the cell and selects its content first, then
 * presses one digit through Chromium's real input pipeline):
 * - work: from the first capturing `keydown` listener on window (runs before any of the page's
 *   own listeners) until the last of keydown / keypress / beforeinput / input has bubbled to
 *   window, with style and layout forced there (`document.body.offsetHeight`). A window
 *   listener in the bubble phase runs after React's root listener, and React 19 commits
 *   discrete-event updates in the microtask checkpoint right after that listener, so the
 *   app's synchronous render and commit are inside the figure. Work the app defers to later
 *   tasks (transitions, timers) is not; it shows in `visible`.
 * - visible: from the keydown event's timestamp (when Chromium created the event) until the
 *   animation frame callback in which the DOM first shows the row's new 总计 and, where the
 *   page checks the balance rule, the right number of balance findings; style and layout are
 *   forced in that callback too, so only paint and compositing of that frame are left out.
 *   Headless Chromium runs frames at 60 Hz, so this includes waiting for the next frame
 *   (0–16.7 ms): `framesLate` counts the frames that went by without the new state (0 = shown in
 *   the first frame after the keystroke).
 */

/** One keystroke's figures, milliseconds. */
export interface KeystrokeSample {
  work: number;
  visible: number;
  framesLate: number;
  ok: boolean;
  note: string;
}

export interface ProbeShape {
  /** Row ids of each side of the balance rule (一、二 | rows 3–23 and 四). */
  left: readonly string[];
  right: readonly string[];
  columns: readonly string[];
  /** The page also checks the 总计 column's balance (the app does, once the table is full). */
  withTotalColumn: boolean;
  /**
   * When set, `performance.mark`s at the start and the end of each measured span (`<mark>:start`
   * at keydown, `<mark>:end` where `work` ends, after the input event), so that a trace of the
   * run gives each keystroke's CPU time (see lib/span-cpu.ts).
   */
  mark: string | null;
}

export interface KeystrokeProbe {
  /** Focuses the cell's input and selects its content; returns the current value. */
  prepare: (row: string, column: string) => string;
  /** Resolves when the keystroke pressed after `prepare` shows (or after 3 s), once idle. */
  result: () => Promise<KeystrokeSample>;
}

declare global {
  interface Window {
    __benchProbe?: KeystrokeProbe;
    /** Set by the page under test: how many balance findings (表三勾稽关系) it now shows. */
    __benchBalanceErrors?: () => number;
  }
}

/** Runs in the page (passed to page.evaluate): installs `window.__benchProbe`. */
export function installKeystrokeProbe(shape: ProbeShape): void {
  interface Armed {
    row: string;
    input: HTMLInputElement;
    before: string;
    t0: number | null;
    tEvent: number;
    tHandled: number | null;
    frames: number;
    finish: (s: KeystrokeSample) => void;
  }
  let armed: Armed | null = null;
  let pending: Promise<KeystrokeSample> | null = null;

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
  const value = (row: string, column: string): number => numberIn(cell(row, column)) || 0;
  const expectedBalanceErrors = (): number => {
    let n = 0;
    let totalDiff = 0;
    for (const c of shape.columns) {
      const diff =
        shape.left.reduce((s, r) => s + value(r, c), 0) -
        shape.right.reduce((s, r) => s + value(r, c), 0);
      if (diff !== 0) n++;
      totalDiff += diff;
    }
    return shape.withTotalColumn && totalDiff !== 0 ? n + 1 : n;
  };

  const check = (a: Armed): { ok: boolean; note: string } => {
    if (a.input.value === a.before) return { ok: false, note: 'value unchanged' };
    const expected = shape.columns.reduce((s, c) => s + value(a.row, c), 0);
    const shown = numberIn(cell(a.row, 'total'));
    if (shown !== expected) return { ok: false, note: `总计 ${shown} ≠ ${expected}` };
    const count = window.__benchBalanceErrors;
    if (count) {
      const want = expectedBalanceErrors();
      const got = count();
      if (got !== want) return { ok: false, note: `balance findings ${got} ≠ ${want}` };
    }
    return { ok: true, note: '' };
  };

  const onFrame = () => {
    const a = armed;
    if (!a || a.t0 === null) return;
    const verdict = check(a);
    const now = performance.now();
    if (verdict.ok) {
      void document.body.offsetHeight;
      const end = performance.now();
      a.finish({
        work: (a.tHandled ?? end) - a.t0,
        visible: end - a.tEvent,
        framesLate: a.frames,
        ok: true,
        note: '',
      });
      armed = null;
      return;
    }
    if (now - a.t0 > 3000) {
      a.finish({
        work: Number.NaN,
        visible: Number.NaN,
        framesLate: a.frames,
        ok: false,
        note: verdict.note,
      });
      armed = null;
      return;
    }
    a.frames++;
    requestAnimationFrame(onFrame);
  };

  window.addEventListener(
    'keydown',
    (e) => {
      if (armed && armed.t0 === null) {
        if (shape.mark) performance.mark(`${shape.mark}:start`);
        armed.t0 = performance.now();
        armed.tEvent = e.timeStamp;
        requestAnimationFrame(onFrame);
      }
    },
    true,
  );
  for (const type of ['keydown', 'keypress', 'beforeinput', 'input']) {
    window.addEventListener(type, () => {
      if (armed && armed.t0 !== null) {
        void document.body.offsetHeight;
        armed.tHandled = performance.now();
        if (shape.mark && type === 'input') performance.mark(`${shape.mark}:end`);
      }
    });
  }

  window.__benchProbe = {
    prepare(row, column) {
      const input = cell(row, column);
      if (!(input instanceof HTMLInputElement)) throw new Error(`no input for ${row}.${column}`);
      input.focus();
      input.select();
      let finish: (s: KeystrokeSample) => void = () => undefined;
      const done = new Promise<KeystrokeSample>((resolve) => {
        finish = resolve;
      });
      armed = {
        row,
        input,
        before: input.value,
        t0: null,
        tEvent: 0,
        tHandled: null,
        frames: 0,
        finish,
      };
      pending = done;
      return input.value;
    },
    async result() {
      if (!pending) throw new Error('result() without prepare()');
      // If no keydown ever arrives (the key went elsewhere), give up on this keystroke only:
      // the timer is bound to this keystroke's state and cleared once it is done.
      const mine = armed;
      let timer = 0;
      const noKey = new Promise<KeystrokeSample>((resolve) => {
        timer = window.setTimeout(() => {
          if (mine && armed === mine && mine.t0 === null) {
            armed = null;
            resolve({ work: NaN, visible: NaN, framesLate: 0, ok: false, note: 'no keydown' });
          }
        }, 5000);
      });
      const sample = await Promise.race([pending, noKey]);
      clearTimeout(timer);
      pending = null;
      // Let deferred work (timers, idle callbacks) settle so each keystroke starts from rest.
      await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 100 }));
      return sample;
    },
  };
}
