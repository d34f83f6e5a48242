/**
 * One number input of a table editor, behaving like a spreadsheet cell: on focus its content
 * is selected and typing replaces it; F2 or a double click edits in place with the caret;
 * arrows, Tab and Enter move; Delete clears; Escape restores; Ctrl+Z / Ctrl+Y undo and redo.
 * Its messages (a refused text, the findings) sit in a tooltip tied by aria-describedby.
 */
import { memo, useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { Severity } from '@/domain/checks/finding';
import type { CellActions } from './use-table-editing';
import './number-cell.css';

export interface NumberCellProps {
  path: string;
  /** Accessible name, e.g. 「（三）不予公开 1.属于国家秘密 / 自然人」. */
  name: string;
  /** What the cell shows (a number, or a refused text kept as typed). */
  text: string;
  /** A computed total: read-only, shaded, skipped by navigation. */
  derived: boolean;
  readOnly: boolean;
  /** Whether Tab into the table lands here (one cell per editor). */
  tabStop: boolean;
  /** Why the typed text is refused, or null. */
  refusal: string | null;
  /** The most severe finding the cell takes part in, or null. */
  severity: Severity | null;
  /** The findings' messages (one per line). */
  message: string;
  /** Pointed at by a finding (not only among its related cells). */
  primary: boolean;
  /** Shares a finding with the focused cell. */
  linked: boolean;
  /** Only a 「未填写」 warning: a corner mark rather than a tint. */
  quiet?: boolean;
  /** Amount cells (万元) take decimals; counts take whole numbers. */
  decimal: boolean;
  /** Open the message above the cell (cells near a table's bottom edge). */
  tipAbove?: boolean;
  actions: CellActions;
}

type Mode = 'select' | 'enter' | 'edit';

/** The input of a cell: what it needs from the cell's props, so that a change of the cell's
 * messages alone (a moved balance, say) re-renders the message and not the input. */
interface CellInputProps {
  path: string;
  name: string;
  text: string;
  /** Derived or read-only: not editable. */
  locked: boolean;
  tabIndex: number;
  decimal: boolean;
  invalid: boolean;
  /** The id of the cell's message, when it has one. */
  describedBy: string | undefined;
  actions: CellActions;
}

function CellInputView(props: CellInputProps) {
  const { path, actions, locked } = props;
  const mode = useRef<Mode>('select');
  const mouseFocus = useRef(false);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    const input = event.currentTarget;
    const key = event.key;
    const command = event.ctrlKey || event.metaKey;
    if (command && !event.altKey) {
      const lower = key.toLowerCase();
      if (lower === 'z' && !event.shiftKey) {
        event.preventDefault();
        actions.undo();
        return;
      }
      if (lower === 'y' || (lower === 'z' && event.shiftKey)) {
        event.preventDefault();
        actions.redo();
        return;
      }
      return;
    }
    const go = (direction: Parameters<CellActions['move']>[1]) => {
      if (actions.move(path, direction)) event.preventDefault();
    };
    const caretAt = (edge: 'start' | 'end') =>
      input.selectionStart === input.selectionEnd &&
      input.selectionStart === (edge === 'start' ? 0 : input.value.length);
    switch (key) {
      case 'ArrowUp':
        event.preventDefault();
        go('up');
        return;
      case 'ArrowDown':
        event.preventDefault();
        go('down');
        return;
      case 'ArrowLeft':
        if (mode.current !== 'edit' || locked || caretAt('start')) {
          event.preventDefault();
          go('left');
        }
        return;
      case 'ArrowRight':
        if (mode.current !== 'edit' || locked || caretAt('end')) {
          event.preventDefault();
          go('right');
        }
        return;
      case 'Tab':
        go(event.shiftKey ? 'previous' : 'next');
        return;
      case 'Enter':
        event.preventDefault();
        go(event.shiftKey ? 'up' : 'down');
        return;
      case 'F2':
        event.preventDefault();
        if (locked) return;
        mode.current = 'edit';
        input.setSelectionRange(input.value.length, input.value.length);
        return;
      case 'Escape':
        if (locked) return;
        event.preventDefault();
        actions.revert(path);
        mode.current = 'select';
        // The restored text arrives with the next render; select it then.
        requestAnimationFrame(() => {
          if (document.activeElement === input) input.select();
        });
        return;
      case 'Delete':
      case 'Backspace': {
        if (locked) return;
        const all = (input.selectionEnd ?? 0) - (input.selectionStart ?? 0) === input.value.length;
        if (mode.current === 'select' || all) {
          event.preventDefault();
          mode.current = key === 'Backspace' ? 'enter' : 'select';
          actions.input(path, '');
        }
        return;
      }
    }
  }

  return (
    <input
      type="text"
      inputMode={props.decimal ? 'decimal' : 'numeric'}
      autoComplete="off"
      spellCheck={false}
      className="number-cell-input"
      aria-label={props.name}
      aria-invalid={props.invalid ? true : undefined}
      aria-describedby={props.describedBy}
      aria-readonly={locked ? true : undefined}
      readOnly={locked}
      tabIndex={props.tabIndex}
      data-path={path}
      value={props.text}
      onChange={(event) => {
        if (mode.current === 'select') mode.current = 'enter';
        actions.input(path, event.currentTarget.value);
      }}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        mode.current = 'select';
        event.currentTarget.select();
        actions.focus(path);
      }}
      onBlur={() => {
        mode.current = 'select';
        actions.blur(path);
      }}
      onMouseDown={(event) => {
        mouseFocus.current = document.activeElement !== event.currentTarget;
        if (!mouseFocus.current && !locked) mode.current = 'edit';
      }}
      onMouseUp={(event) => {
        // A click that focuses the cell selects its content (the browser would otherwise
        // drop the selection made on focus when the button is released).
        if (mouseFocus.current) {
          event.preventDefault();
          event.currentTarget.select();
        }
        mouseFocus.current = false;
      }}
      onDoubleClick={(event) => {
        if (locked) return;
        mode.current = 'edit';
        const end = event.currentTarget.value.length;
        event.currentTarget.setSelectionRange(end, end);
      }}
      onPaste={(event) => {
        const text = event.clipboardData.getData('text/plain');
        if (actions.pasteBlock(path, text)) event.preventDefault();
      }}
    />
  );
}

/** Re-renders only when what the input shows or does changes (all props primitive or stable). */
const CellInput = memo(CellInputView);

function NumberCellInner(props: NumberCellProps) {
  const { derived } = props;
  const tipId = useId();
  const locked = derived || props.readOnly;
  const messages = [props.refusal, props.message].filter((m): m is string => Boolean(m));
  const severity: Severity | null = props.refusal ? 'error' : props.severity;

  return (
    <div
      className="number-cell"
      data-severity={severity ?? undefined}
      data-primary={severity && (props.primary || props.refusal) ? 'true' : undefined}
      data-linked={props.linked ? 'true' : undefined}
      data-quiet={props.quiet && !props.refusal ? 'true' : undefined}
      data-derived={derived ? 'true' : undefined}
      data-tip={props.tipAbove ? 'above' : undefined}
    >
      <CellInput
        path={props.path}
        name={props.name}
        text={props.text}
        locked={locked}
        tabIndex={props.tabStop && !derived ? 0 : -1}
        decimal={props.decimal}
        invalid={severity === 'error'}
        describedBy={messages.length > 0 ? tipId : undefined}
        actions={props.actions}
      />
      {messages.length > 0 ? (
        <div role="tooltip" id={tipId} className="number-cell-tip">
          {messages.join('\n')}
        </div>
      ) : null}
    </div>
  );
}

/** Re-renders only when one of its (primitive or stable) props changes. */
export const NumberCell = memo(NumberCellInner);
