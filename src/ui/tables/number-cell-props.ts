/**
 * The props of one NumberCell from an editor's state, the same way in all three editors.
 */
import type { CellMarks } from './cell-marks';
import type { NumberCellProps } from './number-cell';
import type { LayoutCell } from './table-layout';
import type { CellActions } from './use-table-editing';

/** What a cell's props are made from; read at render time. */
export interface CellPropsSource {
  textOf: (path: string) => string;
  refusalOf: (path: string) => string | null;
  marks: CellMarks;
  linked: ReadonlySet<string>;
  activePath: string;
  readOnly: boolean;
  actions: CellActions;
}

export function numberCellProps(
  source: CellPropsSource,
  cell: LayoutCell,
  options: { tipAbove?: boolean } = {},
): NumberCellProps {
  const mark = source.marks.byPath.get(cell.path);
  return {
    path: cell.path,
    name: cell.name,
    text: source.textOf(cell.path),
    derived: cell.derived,
    readOnly: source.readOnly,
    tabStop: source.activePath === cell.path,
    refusal: source.refusalOf(cell.path),
    severity: mark?.severity ?? null,
    message: mark?.message ?? '',
    primary: mark?.primary ?? false,
    linked: source.linked.has(cell.path),
    quiet: mark?.quiet ?? false,
    decimal: cell.kind === 'amount',
    tipAbove: options.tipAbove ?? false,
    actions: source.actions,
  };
}
