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
  const refusal = source.refusalOf(cell.path);
  // A cell holding a refused text is not blank to its user: 「未填写」 would only confuse.
  const shownMark = refusal && mark?.quiet ? undefined : mark;
  return {
    path: cell.path,
    name: cell.name,
    text: source.textOf(cell.path),
    derived: cell.derived,
    readOnly: source.readOnly,
    tabStop: source.activePath === cell.path,
    refusal,
    severity: shownMark?.severity ?? null,
    message: shownMark?.message ?? '',
    primary: shownMark?.primary ?? false,
    linked: source.linked.has(cell.path),
    quiet: shownMark?.quiet ?? false,
    decimal: cell.kind === 'amount',
    tipAbove: options.tipAbove ?? false,
    actions: source.actions,
  };
}
