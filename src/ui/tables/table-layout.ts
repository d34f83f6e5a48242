/**
 * The shape the three table editors share: their cells as rows in reading order, each with
 * its data path, accessible name and how messages name it. Navigation and paste work on this
 * shape, so 表二, 表三 and 表四 behave alike.
 */
import type { CellTextKind } from '@/domain/parse/parse-count';

export interface LayoutCell {
  /** Location path (see `locationPath`), also the input's `data-path`. */
  readonly path: string;
  /** Accessible name of the input, e.g. 「（三）不予公开 1.属于国家秘密 / 自然人」. */
  readonly name: string;
  /** How a message names the cell, e.g. 「第3行“（一）予以公开”“科研机构”」. */
  readonly place: string;
  /** Whole numbers or an amount in 万元. */
  readonly kind: CellTextKind;
  /** Computed from other cells: shown read-only, skipped by navigation, never pasted into. */
  readonly derived: boolean;
}

export interface TableLayout {
  /** Rows in reading order; rows may differ in length (表二's blocks). */
  readonly rows: readonly (readonly LayoutCell[])[];
  /** Every cell by path. */
  readonly byPath: ReadonlyMap<string, { cell: LayoutCell; row: number; column: number }>;
}

export function createTableLayout(rows: readonly (readonly LayoutCell[])[]): TableLayout {
  const byPath = new Map<string, { cell: LayoutCell; row: number; column: number }>();
  rows.forEach((cells, row) =>
    cells.forEach((cell, column) => byPath.set(cell.path, { cell, row, column })),
  );
  return { rows, byPath };
}

/** The first cell a user can type in. */
export function firstEditablePath(layout: TableLayout): string {
  for (const row of layout.rows) for (const cell of row) if (!cell.derived) return cell.path;
  throw new Error('a table layout without an editable cell');
}

export type MoveDirection = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous';

/**
 * The cell a key moves to from `path`, skipping derived cells; null at the table's edge.
 * Up and down keep the column (the nearest editable cell in a shorter row); left and right
 * stay in the row; next and previous (Tab, Shift+Tab) run through the rows in reading order.
 */
export function moveInLayout(
  layout: TableLayout,
  path: string,
  direction: MoveDirection,
): string | null {
  const from = layout.byPath.get(path);
  if (!from) return null;
  const { rows } = layout;
  switch (direction) {
    case 'left':
    case 'right': {
      const step = direction === 'right' ? 1 : -1;
      const cells = rows[from.row] ?? [];
      for (let c = from.column + step; c >= 0 && c < cells.length; c += step) {
        const cell = cells[c];
        if (cell && !cell.derived) return cell.path;
      }
      return null;
    }
    case 'up':
    case 'down': {
      const step = direction === 'down' ? 1 : -1;
      for (let r = from.row + step; r >= 0 && r < rows.length; r += step) {
        const found = nearestEditable(rows[r] ?? [], from.column);
        if (found) return found.path;
      }
      return null;
    }
    case 'next':
    case 'previous': {
      const flat = rows.flat();
      const index = flat.findIndex((c) => c.path === path);
      const step = direction === 'next' ? 1 : -1;
      for (let i = index + step; i >= 0 && i < flat.length; i += step) {
        const cell = flat[i];
        if (cell && !cell.derived) return cell.path;
      }
      return null;
    }
  }
}

function nearestEditable(cells: readonly LayoutCell[], column: number): LayoutCell | null {
  for (let distance = 0; distance <= column + cells.length; distance++) {
    for (const c of [column - distance, column + distance]) {
      const cell = cells[c];
      if (cell && !cell.derived) return cell;
    }
  }
  return null;
}
