/**
 * One body row of the 表三 grid, memoised as a whole: a keystroke changes a few cells of one
 * row (plus its totals), so the other rows are skipped without even visiting their cells.
 * A row renders again only when something its cells show changed: its values (the same object
 * while unchanged, see `shareStructure`), the kept texts, or the short keys below that say which
 * of its cells carry marks, are linked to the focused cell or have focus.
 */
import { memo } from 'react';
import type { ReactTable, Row } from '@tanstack/react-table';
import type { MatrixColumnId, MatrixRowId } from '@/domain/matrix/matrix-table';
import type { MatrixRowValues } from '@/domain/report/report-schema';
import type { CellMark, CellMarks } from './cell-marks';
import type { GridRow, gridFeatures } from './matrix-columns';
import { matrixCellOf } from './matrix-layout';
import type { CellTexts } from './use-table-editing';

type Features = typeof gridFeatures;

function markKey(column: MatrixColumnId, mark: CellMark): string {
  return `${column}:${mark.severity}${mark.primary ? 'p' : ''}${mark.quiet ? 'q' : ''}${mark.message}`;
}

/**
 * Per row, a key of the marks its cells carry (only rows with marks are listed): equal keys
 * show equal marks. Built once per change of the findings, from the marked cells only.
 */
export function matrixRowMarkKeys(marks: CellMarks): ReadonlyMap<MatrixRowId, string> {
  const parts = new Map<MatrixRowId, string[]>();
  for (const [path, mark] of marks.byPath) {
    const cell = matrixCellOf(path);
    if (!cell) continue;
    const list = parts.get(cell.row);
    if (list) list.push(markKey(cell.column, mark));
    else parts.set(cell.row, [markKey(cell.column, mark)]);
  }
  const keys = new Map<MatrixRowId, string>();
  for (const [row, list] of parts) keys.set(row, list.join('\u0001'));
  return keys;
}

/** Per row, the columns of its cells in `paths` (cells linked to the focused one). */
export function matrixRowColumns(paths: Iterable<string>): ReadonlyMap<MatrixRowId, string> {
  const keys = new Map<MatrixRowId, string>();
  for (const path of paths) {
    const cell = matrixCellOf(path);
    if (cell) keys.set(cell.row, `${keys.get(cell.row) ?? ''} ${cell.column}`);
  }
  return keys;
}

export interface MatrixBodyRowProps {
  row: Row<Features, GridRow>;
  /** New on every render of the grid (its options change): left out of the comparison. */
  table: ReactTable<Features, GridRow>;
  /** The row's values as shown (totals computed). */
  values: MatrixRowValues;
  /** Texts kept as typed, of the whole table (rarely changes). */
  texts: CellTexts;
  /** See `matrixRowMarkKeys`; '' for a row without marks. */
  marks: string;
  /** See `matrixRowColumns`; '' when no cell of the row is linked to the focused one. */
  linked: string;
  /** The column of the row's cell that has focus (or takes Tab into the grid), else null. */
  active: MatrixColumnId | null;
  readOnly: boolean;
}

function MatrixBodyRowInner({ row, table }: MatrixBodyRowProps) {
  return (
    <tr role="row" className={row.original.def.derived ? 'is-derived' : undefined}>
      {row.getAllCells().map((cell) => {
        if (cell.getIsCovered()) return null;
        const meta = cell.column.columnDef.meta;
        if (meta?.role === 'label') {
          return (
            <th
              key={cell.id}
              role="rowheader"
              scope="row"
              rowSpan={cell.getRowSpan()}
              colSpan={cell.getColSpan()}
              className={`matrix-label matrix-label${meta.level ?? 3}`}
            >
              <table.FlexRender cell={cell} />
            </th>
          );
        }
        return (
          <td
            key={cell.id}
            role="gridcell"
            className={meta?.column?.derived ? 'matrix-value is-derived' : 'matrix-value'}
          >
            <table.FlexRender cell={cell} />
          </td>
        );
      })}
    </tr>
  );
}

function sameRowProps(before: MatrixBodyRowProps, after: MatrixBodyRowProps): boolean {
  return (
    before.row === after.row &&
    before.values === after.values &&
    before.texts === after.texts &&
    before.marks === after.marks &&
    before.linked === after.linked &&
    before.active === after.active &&
    before.readOnly === after.readOnly
  );
}

/** Renders again only when `sameRowProps` says something the row shows changed. */
export const MatrixBodyRow = memo(MatrixBodyRowInner, sameRowProps);
