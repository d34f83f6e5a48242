/**
 * 表三「收到和处理政府信息公开申请情况」 as an editable grid laid out like the printed template,
 * with derived totals, live check marks, spreadsheet keys, block paste and undo.
 */
import {
  memo,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { useTable, type ReactTable } from '@tanstack/react-table';
import { computeRequestTotals } from '@/domain/matrix/compute-totals';
import type { Requests } from '@/domain/report/report-schema';
import { MatrixBalanceSummary } from './matrix-balance-summary';
import { MatrixBodyRow, matrixRowColumns, matrixRowMarkKeys } from './matrix-body-row';
import {
  GRID_COLUMNS,
  GRID_ROWS,
  LABEL_COLUMN_COUNT,
  gridFeatures,
  type GridRow,
} from './matrix-columns';
import { MATRIX_LAYOUT, matrixCellOf, readMatrixCell, writeMatrixCell } from './matrix-layout';
import { useTableEditorState, type TableEditorProps, type TableShape } from './table-editor-state';
import { TableNotice } from './table-notice';
import './matrix-grid.css';

/** The grid's accessible name. */
export const MATRIX_GRID_NAME = '表三 收到和处理政府信息公开申请情况';

export type MatrixGridProps = TableEditorProps<Requests>;

const MATRIX_SHAPE: TableShape<Requests> = {
  section: 'requests',
  layout: MATRIX_LAYOUT,
  read: readMatrixCell,
  write: writeMatrixCell,
  finalize: computeRequestTotals,
};

/**
 * Memoised: the editor renders it again only when its value, findings, texts or read-only state
 * change (its callbacks are stable), not when only the lists around it do.
 */
export const MatrixGrid = memo(function MatrixGrid(props: MatrixGridProps) {
  const { readOnly } = props;
  const {
    rootRef,
    editing,
    marks,
    linked,
    source: meta,
  } = useTableEditorState(props, MATRIX_SHAPE);
  const { shown } = editing;
  // The balance line follows the cells in a render of its own (the cells' marks say the same
  // at once), so that a keystroke does not wait for its text to be laid out.
  const balanced = useDeferredValue(shown);

  const rowMarks = useMemo(() => matrixRowMarkKeys(marks), [marks]);
  const rowLinked = useMemo(() => matrixRowColumns(linked), [linked]);
  const active = matrixCellOf(editing.activePath);

  const scrollRef = useRef<HTMLDivElement | null>(null);
  const sideways = useScrollsSideways(scrollRef);

  const table = useTable({
    features: gridFeatures,
    columns: GRID_COLUMNS,
    data: GRID_ROWS,
    getRowId: (row) => row.def.id,
    meta,
  });

  return (
    <div className="matrix-grid" ref={rootRef}>
      <p className="table-hint">
        {readOnly
          ? '只读：此报告正在另一个窗口中编辑。'
          : '可直接从 Excel 或 WPS 复制整块数字，选中左上角单元格后按 Ctrl+V 粘贴；方向键、Tab、回车移动，F2 或双击修改，Esc 还原，Ctrl+Z 撤销，Ctrl+Y 重做。总计和（七）总计自动计算。'}
      </p>
      <TableNotice notice={editing.notice} onDismiss={editing.dismissNotice} />
      <div
        className={sideways ? 'matrix-scroll scrolls-sideways' : 'matrix-scroll'}
        ref={scrollRef}
      >
        <table
          role="grid"
          aria-label={MATRIX_GRID_NAME}
          aria-readonly={readOnly ? true : undefined}
          className="matrix-table"
        >
          <colgroup>
            <col className="matrix-col-label1" />
            <col className="matrix-col-label2" />
            <col className="matrix-col-label3" />
            {table
              .getAllLeafColumns()
              .slice(LABEL_COLUMN_COUNT)
              .map((column) => (
                <col key={column.id} className="matrix-col-value" />
              ))}
          </colgroup>
          <MatrixHead table={table} />
          <tbody>
            {table.getRowModel().rows.map((row) => {
              const id = row.original.def.id;
              return (
                <MatrixBodyRow
                  key={row.id}
                  row={row}
                  table={table}
                  values={shown[id]}
                  texts={editing.texts}
                  marks={rowMarks.get(id) ?? ''}
                  linked={rowLinked.get(id) ?? ''}
                  active={active?.row === id ? active.column : null}
                  readOnly={readOnly}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      <MatrixBalanceSummary requests={balanced} />
    </div>
  );
});

/**
 * Whether the box is narrower than its content, so that it scrolls sideways: then the row
 * labels must stay in view. Watched with a ResizeObserver, which reports once when watching
 * starts (before the first paint) and then only when a size changes, never per keystroke.
 *
 * The label columns stick where they are laid out (measured, borders included), and sideways
 * scrolling stops at column edges (CSS scroll snapping), each right at the labels' edge; so that
 * the furthest stop is one too, the box gets the spare width (`--matrix-snap-spare`) that makes
 * the overflow a whole number of columns. Nothing of a column scrolled under the labels shows.
 */
function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [sideways, setSideways] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      const table = box.firstElementChild?.getBoundingClientRect();
      const overflow = (table?.width ?? 0) - box.clientWidth;
      const column = box.querySelector('col.matrix-col-value')?.getBoundingClientRect().width ?? 0;
      const spare =
        overflow > 0.5 && column > 0 ? Math.ceil(overflow / column - 0.01) * column - overflow : 0;
      box.style.setProperty('--matrix-snap-spare', `${Math.max(0, spare)}px`);
      // The label columns as laid out (borders included): where the second and third stick,
      // and where a scrolled value column must start.
      const at = (selector: string) => {
        const edge = box.querySelector(selector)?.getBoundingClientRect().left;
        return table && edge !== undefined ? `${edge - table.left}px` : null;
      };
      for (const [name, selector] of [
        ['--matrix-label2-left', 'col.matrix-col-label2'],
        ['--matrix-label3-left', 'col.matrix-col-label3'],
        ['--matrix-labels-width', 'col.matrix-col-value'],
      ] as const) {
        const value = at(selector);
        if (value) box.style.setProperty(name, value);
      }
      setSideways(overflow > 0.5);
    });
    // The box's border box: the spare width set here is padding, which must not report again.
    observer.observe(box, { box: 'border-box' });
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return sideways;
}

/**
 * The header rows, from the declared columns only: nothing a keystroke changes, so they render
 * once (the table object is new on every render of the grid and is not compared).
 */
const MatrixHead = memo(
  function MatrixHead({ table }: { table: ReactTable<typeof gridFeatures, GridRow> }) {
    return (
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id} role="row">
            {group.headers.map((header) => {
              if (header.rowSpan === 0) return null;
              const meta = header.column.columnDef.meta;
              if (meta?.role === 'label') {
                // The three label columns share one top-left block holding the note.
                if (meta.level !== 1) return null;
                return (
                  <th
                    key={header.id}
                    role="columnheader"
                    colSpan={LABEL_COLUMN_COUNT}
                    rowSpan={header.rowSpan}
                    className="matrix-corner"
                  >
                    <table.FlexRender header={header} />
                  </th>
                );
              }
              return (
                <th
                  key={header.id}
                  role="columnheader"
                  scope="col"
                  colSpan={header.colSpan}
                  rowSpan={header.rowSpan}
                  className={meta?.column?.derived ? 'matrix-head is-derived' : 'matrix-head'}
                >
                  <table.FlexRender header={header} />
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
    );
  },
  () => true,
);
