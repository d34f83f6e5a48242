/**
 * One body row of the 表三 grid, memoised as a whole: a keystroke changes a few cells of one
 * row (plus its totals), so the other rows are skipped without even visiting their cells.
 * Whether a row must render again is decided by its signature, which covers everything its
 * cells show.
 */
import { memo } from 'react';
import type { ReactTable, Row } from '@tanstack/react-table';
import { MATRIX_COLUMNS } from '@/domain/matrix/matrix-table';
import type { GridMeta, GridRow, gridFeatures } from './matrix-columns';
import { matrixCellPath } from './matrix-layout';

type Features = typeof gridFeatures;

/** Everything the row's cells show, as one string: equal signatures render equal rows. */
export function matrixRowSignature(meta: GridMeta, row: GridRow): string {
  const parts: string[] = [meta.readOnly ? 'r' : 'w'];
  for (const column of MATRIX_COLUMNS) {
    const path = matrixCellPath(row.def.id, column.id);
    const mark = meta.marks.byPath.get(path);
    parts.push(
      meta.textOf(path),
      meta.refusalOf(path) ?? '',
      mark
        ? `${mark.severity}${mark.primary ? 'p' : ''}${mark.quiet ? 'q' : ''}${mark.message}`
        : '',
      meta.linked.has(path) ? 'l' : '',
      meta.activePath === path ? 'a' : '',
    );
  }
  return parts.join('\u0001');
}

interface MatrixBodyRowProps {
  row: Row<Features, GridRow>;
  table: ReactTable<Features, GridRow>;
  signature: string;
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

/**
 * The table object is new on every render of the grid (its options change), so it is left
 * out of the comparison: a row renders again only when its own signature changes.
 */
export const MatrixBodyRow = memo(
  MatrixBodyRowInner,
  (before, after) => before.row === after.row && before.signature === after.signature,
);
