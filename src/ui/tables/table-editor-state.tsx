/**
 * What the three table editors (表二, 表三, 表四) share: the props a step gives them, the
 * editing state with each cell's marks from the findings, and (for the two printed tables)
 * the frame around the table.
 */
import { useMemo, useRef, type ReactNode, type RefObject } from 'react';
import type { Finding } from '@/domain/checks/finding';
import type { Cell } from '@/domain/report/report-schema';
import { buildCellMarks, linkedPaths, type CellMarks } from './cell-marks';
import type { CellPropsSource } from './number-cell-props';
import type { TableLayout } from './table-layout';
import { TableNotice } from './table-notice';
import { useTableEditing, type CellTexts, type TableEditing } from './use-table-editing';

/** The props every table editor takes from its step. */
export interface TableEditorProps<T> {
  /** The table as it stands (derived cells may be stale; the editor shows them computed). */
  value: T;
  /** A cell edit or a whole paste; `reason` 'paste' for a pasted block (one undo step). */
  onChange: (next: T, reason: 'edit' | 'paste') => void;
  /** Findings of the whole report; the editor shows those located in its table. */
  findings: readonly Finding[];
  readOnly: boolean;
  /**
   * Texts typed into cells that are not numbers, by data path. They are shown as typed and
   * never passed up as numbers (the cell's value is blank meanwhile). Give both props to keep
   * them when the editor unmounts (leaving the step); otherwise the editor keeps them itself.
   */
  texts?: CellTexts;
  onTextsChange?: (texts: CellTexts) => void;
}

/** How one table's cells are laid out, read and written, and where in the report it is. */
export interface TableShape<T> {
  /** The report key whose findings the table shows. */
  section: 'proactive' | 'requests' | 'reviewLitigation';
  layout: TableLayout;
  read: (value: T, path: string) => Cell;
  write: (value: T, path: string, cell: Cell) => T;
  /** Recomputes derived cells (totals) after a change. */
  finalize: (value: T) => T;
}

export interface TableEditorState<T> {
  /** The editor's root element: cells are looked up inside it only. */
  rootRef: RefObject<HTMLDivElement | null>;
  editing: TableEditing<T>;
  marks: CellMarks;
  /** The cells that take part in a broken rule with the focused one. */
  linked: ReadonlySet<string>;
  /** What each cell's props are made from (see `numberCellProps`). */
  source: CellPropsSource;
}

/** An editor's state: `shape` must be the same object on every render (a module constant). */
export function useTableEditorState<T extends object>(
  props: TableEditorProps<T>,
  shape: TableShape<T>,
): TableEditorState<T> {
  const { findings, readOnly } = props;
  const rootRef = useRef<HTMLDivElement | null>(null);
  const editing = useTableEditing<T>({
    value: props.value,
    onChange: props.onChange,
    readOnly,
    layout: shape.layout,
    read: shape.read,
    write: shape.write,
    finalize: shape.finalize,
    texts: props.texts,
    onTextsChange: props.onTextsChange,
    rootRef,
  });
  const marks = useMemo(
    () => buildCellMarks(findings, `${shape.section}.`),
    [findings, shape.section],
  );
  const linked = useMemo(() => linkedPaths(marks, editing.activePath), [marks, editing.activePath]);
  const source: CellPropsSource = {
    textOf: editing.textOf,
    refusalOf: editing.refusalOf,
    marks,
    linked,
    activePath: editing.activePath,
    readOnly,
    actions: editing.actions,
  };
  return { rootRef, editing, marks, linked, source };
}

/** The frame of a printed table editor (表二, 表四): its notice, scroll box and ARIA grid. */
export function PrintedTableFrame({
  rootRef,
  editing,
  name,
  readOnly,
  className,
  children,
}: {
  rootRef: RefObject<HTMLDivElement | null>;
  editing: Pick<TableEditing<unknown>, 'notice' | 'dismissNotice'>;
  /** The grid's accessible name. */
  name: string;
  readOnly: boolean;
  className: string;
  children: ReactNode;
}) {
  return (
    <div className="table-editor" ref={rootRef}>
      <TableNotice notice={editing.notice} onDismiss={editing.dismissNotice} />
      <div className="table-editor-scroll">
        <table
          role="grid"
          aria-label={name}
          aria-readonly={readOnly ? true : undefined}
          className={`printed-table ${className}`}
        >
          {children}
        </table>
      </div>
    </div>
  );
}
