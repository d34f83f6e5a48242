/**
 * The editing behaviour the three table editors share: what each cell shows, parsing as the
 * user types, Escape, undo/redo, moving between cells and pasting a block from a spreadsheet.
 *
 * Text that is not a valid number stays in the cell exactly as typed (kept here, by path, and
 * optionally by the caller through `texts`/`onTextsChange` so that it survives leaving the
 * step), while the value passed up for that cell is blank (null): the checks never see a
 * number the user did not write, and nothing typed is lost.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Cell } from '@/domain/report/report-schema';
import { formatCellValue, parseCellText } from '@/domain/parse/parse-count';
import { shareStructure } from '@/ui/share-structure';
import {
  dropLastStep,
  emptyHistory,
  recordStep,
  redoStep,
  undoStep,
  type EditHistory,
  type EditReason,
} from './edit-history';
import { focusReportCell } from './focus-cell';
import { describeDerivedMismatches, planPaste, splitPasteText } from './paste-block';
import type { Notice } from './table-notice';
import {
  firstEditablePath,
  moveInLayout,
  type MoveDirection,
  type TableLayout,
} from './table-layout';

/** Texts typed into cells that are kept as typed (invalid, or not yet tidied), by path. */
export type CellTexts = ReadonlyMap<string, string>;

export interface TableEditingOptions<T> {
  value: T;
  onChange: (next: T, reason: EditReason) => void;
  readOnly: boolean;
  layout: TableLayout;
  read: (value: T, path: string) => Cell;
  write: (value: T, path: string, cell: Cell) => T;
  /** Recomputes derived cells (totals) after a change. */
  finalize: (value: T) => T;
  /** Kept texts owned by the caller; when absent the editor keeps them itself. */
  texts?: CellTexts | undefined;
  onTextsChange?: ((texts: CellTexts) => void) | undefined;
  /** The editor's root element: cells are looked up by `data-path` inside it only. */
  rootRef: RefObject<HTMLElement | null>;
}

/** The callbacks a cell calls; one stable object per editor, so memoised cells do not re-render. */
export interface CellActions {
  focus: (path: string) => void;
  blur: (path: string) => void;
  input: (path: string, text: string) => void;
  /** Escape: back to what the cell held when it got focus. */
  revert: (path: string) => void;
  /** Moves focus; false at the table's edge. */
  move: (path: string, direction: MoveDirection) => boolean;
  undo: () => void;
  redo: () => void;
  /**
   * A clipboard text with tabs or line breaks, pasted with its top-left at `path`: applied
   * whole as one undo step or refused whole with a message. False for a single value, which
   * the input takes as typed text.
   */
  pasteBlock: (path: string, text: string) => boolean;
}

interface Snapshot<T> {
  value: T;
  texts: CellTexts;
}

interface Session<T> {
  path: string;
  before: Snapshot<T>;
  recorded: boolean;
}

export interface TableEditing<T> {
  /** The value with derived cells computed. */
  shown: T;
  /** The texts kept as typed, by path (a new map only when they change). */
  texts: CellTexts;
  /** What a cell shows. */
  textOf: (path: string) => string;
  /** The parse message of a cell holding a refused text, else null. */
  refusalOf: (path: string) => string | null;
  /** The cell that takes Tab into the table (roving tab stop) and the one with focus. */
  activePath: string;
  actions: CellActions;
  /** What the last paste did or why it was refused. */
  notice: Notice | null;
  dismissNotice: () => void;
}

/**
 * `texts` with the kept text of `path` set (or removed when undefined); the same map when that
 * changes nothing, so that a plain digit typed into a cell does not count as a change of texts.
 */
function withKeptText(texts: CellTexts, path: string, text: string | undefined): CellTexts {
  if (texts.get(path) === text) return texts;
  const next = new Map(texts);
  if (text === undefined) next.delete(path);
  else next.set(path, text);
  return next;
}

/**
 * Values whose derived cells this module computed (weakly held), so that the same object coming
 * back as the `value` prop is not summed again on every keystroke.
 */
const FINALIZED = new WeakSet<object>();

export function useTableEditing<T extends object>(
  options: TableEditingOptions<T>,
): TableEditing<T> {
  const { layout, read, write, finalize, rootRef } = options;
  const [ownTexts, setOwnTexts] = useState<CellTexts>(() => new Map());
  const texts = options.texts ?? ownTexts;
  const [activePath, setActivePath] = useState(() => firstEditablePath(layout));
  const [notice, setNotice] = useState<Notice | null>(null);

  // Latest inputs for the stable callbacks; updated after every render and on every change
  // made here (two events may come before React renders again).
  const latest = useRef({ options, texts });
  const emitted = useRef<T>(options.value);
  const history = useRef<EditHistory<Snapshot<T>>>(emptyHistory());
  const session = useRef<Session<T> | null>(null);
  useEffect(() => {
    latest.current = { options, texts };
  });

  // A value that did not come from this editor (an import, another tab): its history is void.
  useEffect(() => {
    if (options.value === emitted.current) return;
    const same = [...layout.byPath.keys()].every(
      (p) => read(options.value, p) === read(emitted.current, p),
    );
    emitted.current = options.value;
    if (!same) {
      history.current = emptyHistory();
      session.current = null;
    }
  }, [options.value, layout, read]);

  // A value this editor emitted already has its totals computed; only outside values need it.
  // Rows whose totals already hold keep their objects (memoised rows compare them by reference).
  const shown = useMemo(
    () =>
      FINALIZED.has(options.value)
        ? options.value
        : shareStructure(finalize(options.value), options.value),
    [finalize, options.value],
  );

  const actions = useMemo<CellActions>(() => {
    const snapshot = (): Snapshot<T> => ({
      value: latest.current.options.value,
      texts: latest.current.texts,
    });
    const commit = (next: Snapshot<T>, reason: EditReason) => {
      const { options: o, texts: t } = latest.current;
      latest.current = { options: { ...o, value: next.value }, texts: next.texts };
      if (next.texts !== t) {
        o.onTextsChange?.(next.texts);
        if (!o.texts) setOwnTexts(next.texts);
      }
      if (next.value !== o.value) {
        emitted.current = next.value;
        o.onChange(next.value, reason);
      }
    };
    const recompute = (value: T): T => {
      const computed = shareStructure(finalize(value), value);
      FINALIZED.add(computed);
      return computed;
    };
    const startSession = (path: string) => {
      session.current = { path, before: snapshot(), recorded: false };
    };
    const editable = (path: string) => {
      const entry = layout.byPath.get(path);
      return !latest.current.options.readOnly && entry !== undefined && !entry.cell.derived;
    };
    const restore = (move: { state: Snapshot<T>; reason: EditReason } | null) => {
      if (!move) return;
      commit(move.state, move.reason);
      const active = session.current?.path;
      if (active) startSession(active);
    };

    return {
      focus(path) {
        startSession(path);
        setActivePath(path);
      },
      blur(path) {
        const current = latest.current.texts.get(path);
        const entry = layout.byPath.get(path);
        if (current !== undefined && entry && parseCellText(current, entry.cell.kind).ok) {
          const next = new Map(latest.current.texts);
          next.delete(path);
          commit({ value: latest.current.options.value, texts: next }, 'edit');
        }
        if (session.current?.path === path) session.current = null;
      },
      input(path, text) {
        if (!editable(path)) return;
        const entry = layout.byPath.get(path);
        if (!entry) return;
        if (session.current?.path !== path) startSession(path);
        const s = session.current;
        if (s && !s.recorded) {
          history.current = recordStep(history.current, s.before, 'edit');
          s.recorded = true;
        }
        const parsed = parseCellText(text, entry.cell.kind);
        const cell = parsed.ok ? parsed.value : null;
        const tidy = parsed.ok && text === formatCellValue(cell);
        const nextTexts = withKeptText(latest.current.texts, path, tidy ? undefined : text);
        const { value } = latest.current.options;
        const nextValue = read(value, path) === cell ? value : recompute(write(value, path, cell));
        commit({ value: nextValue, texts: nextTexts }, 'edit');
      },
      revert(path) {
        const s = session.current;
        if (!s || s.path !== path || !s.recorded) return;
        const { value } = latest.current.options;
        const nextTexts = withKeptText(latest.current.texts, path, s.before.texts.get(path));
        const before = read(s.before.value, path);
        const nextValue =
          read(value, path) === before ? value : recompute(write(value, path, before));
        history.current = dropLastStep(history.current);
        s.recorded = false;
        commit({ value: nextValue, texts: nextTexts }, 'edit');
      },
      move(path, direction) {
        const target = moveInLayout(layout, path, direction);
        if (!target) return false;
        return focusReportCell(target, rootRef.current ?? document);
      },
      undo() {
        if (latest.current.options.readOnly) return;
        const move = undoStep(history.current, snapshot());
        if (move) history.current = move.history;
        restore(move);
      },
      redo() {
        if (latest.current.options.readOnly) return;
        const move = redoStep(history.current, snapshot());
        if (move) history.current = move.history;
        restore(move);
      },
      pasteBlock(path, text) {
        const block = splitPasteText(text);
        if (!block) return false;
        if (latest.current.options.readOnly) return true;
        const plan = planPaste(layout, path, block);
        if (!plan.ok) {
          setNotice({ kind: 'error', text: plan.message });
          return true;
        }
        const before = snapshot();
        history.current = recordStep(history.current, before, 'paste');
        const nextTexts = new Map(before.texts);
        let value = before.value;
        for (const u of plan.updates) {
          value = write(value, u.path, u.value);
          nextTexts.delete(u.path);
        }
        const computed = recompute(value);
        commit({ value: computed, texts: nextTexts }, 'paste');
        startSession(path);
        const mismatch = describeDerivedMismatches(plan.derived, (p) => read(computed, p));
        setNotice({
          kind: mismatch ? 'warning' : 'success',
          text: `已粘贴${plan.rows}行×${plan.columns}列。按 Ctrl+Z 可撤销。${mismatch ?? ''}`,
        });
        return true;
      },
    };
  }, [layout, read, write, finalize, rootRef]);

  const textOf = useCallback(
    (path: string): string => {
      const value = read(shown, path);
      const kept = texts.get(path);
      if (kept === undefined) return formatCellValue(value);
      const entry = layout.byPath.get(path);
      const parsed = parseCellText(kept, entry?.cell.kind ?? 'count');
      // A kept text is shown only while it still stands for the cell's value.
      if (parsed.ok ? parsed.value === value : value === null) return kept;
      return formatCellValue(value);
    },
    [read, shown, texts, layout],
  );

  const refusalOf = useCallback(
    (path: string): string | null => {
      const kept = texts.get(path);
      if (kept === undefined || read(options.value, path) !== null) return null;
      const entry = layout.byPath.get(path);
      const parsed = parseCellText(kept, entry?.cell.kind ?? 'count');
      return parsed.ok ? null : parsed.reason;
    },
    [texts, read, options.value, layout],
  );

  const dismissNotice = useCallback(() => setNotice(null), []);
  return { shown, texts, textOf, refusalOf, activePath, actions, notice, dismissNotice };
}
