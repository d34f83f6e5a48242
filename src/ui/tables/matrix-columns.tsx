/**
 * 表三 for TanStack Table: the column tree (three label columns under the 勾稽关系 note,
 * then 申请人情况 › 自然人 | 法人或其他组织 › five columns | 总计) and the row data, both built
 * from the one declaration in `domain/matrix/matrix-table.ts`. Merged label cells come from
 * the cell-spanning feature: equal group ids in adjacent rows merge, rows 一、二、四 span the
 * three label columns, （一）（二）（七） the last two.
 */
import {
  cellSpanningFeature,
  createColumnHelper,
  metaHelper,
  tableFeatures,
  type CellContext,
  type ColumnDef,
} from '@tanstack/react-table';
import {
  MATRIX_BALANCE_NOTE,
  MATRIX_COLUMNS,
  MATRIX_COLUMN_GROUP_LABELS,
  MATRIX_ROWS,
  MATRIX_ROW_GROUPS,
} from '@/domain/matrix/matrix-table';
import { MATRIX_LAYOUT, matrixCellPath } from './matrix-layout';
import { NumberCell } from './number-cell';
import { numberCellProps, type CellPropsSource } from './number-cell-props';

/** One row of the grid: a 表三 row declaration and its printed number (1–25). */
export interface GridRow {
  def: (typeof MATRIX_ROWS)[number];
  number: number;
}

/** What every cell reads at render time (current values, marks, callbacks). */
export type GridMeta = CellPropsSource;

export interface GridColumnMeta {
  /** Label columns (row headers, sticky on the left) or value columns. */
  role: 'label' | 'value';
  /** 1, 2 or 3 for the label columns, left to right. */
  level?: 1 | 2 | 3;
  /** The 表三 column a value column shows. */
  column?: (typeof MATRIX_COLUMNS)[number];
}

export const gridFeatures = tableFeatures({
  cellSpanningFeature,
  tableMeta: metaHelper<GridMeta>(),
  columnMeta: metaHelper<GridColumnMeta>(),
});

type Features = typeof gridFeatures;
const helper = createColumnHelper<Features, GridRow>();

/** Rows stay the same objects for the life of the app: values are read through the meta. */
export const GRID_ROWS: readonly GridRow[] = MATRIX_ROWS.map((def, i) => ({ def, number: i + 1 }));

/** The number of label columns, spanned by the top-left note. */
export const LABEL_COLUMN_COUNT = 3;

/** Rows whose cells open their message upwards (the last rows of the table). */
const TIP_ABOVE_FROM = MATRIX_ROWS.length - 3;

function ValueCell(context: CellContext<Features, GridRow, unknown>) {
  const meta = context.table.options.meta;
  const column = context.column.columnDef.meta?.column;
  if (!meta || !column) return null;
  const row = context.row.original;
  const path = matrixCellPath(row.def.id, column.id);
  const layoutCell = MATRIX_LAYOUT.byPath.get(path)?.cell;
  if (!layoutCell) return null;
  return (
    <NumberCell {...numberCellProps(meta, layoutCell, { tipAbove: row.number > TIP_ABOVE_FROM })} />
  );
}

/** The printed label of a row at one of the three label levels. */
function labelAt(row: GridRow, level: 1 | 2 | 3): string {
  const { def } = row;
  if (level === 1) return def.group === null ? def.label : MATRIX_ROW_GROUPS.results.label;
  if (level === 2 && def.group !== null && def.group !== 'results') {
    return MATRIX_ROW_GROUPS[def.group].label;
  }
  return def.label;
}

function LabelCell(context: CellContext<Features, GridRow, string>) {
  const level = context.column.columnDef.meta?.level ?? 3;
  return labelAt(context.row.original, level);
}

const labelColumns = [
  helper.accessor((row): string => (row.def.group === null ? row.def.id : 'results'), {
    id: 'label1',
    header: MATRIX_BALANCE_NOTE,
    cell: LabelCell,
    meta: { role: 'label', level: 1 },
    spanRows: true,
    spanColumns: ({ row }) => (row.original.def.group === null ? LABEL_COLUMN_COUNT : 1),
  }),
  helper.accessor(
    (row): string =>
      row.def.group === null || row.def.group === 'results' ? row.def.id : row.def.group,
    {
      id: 'label2',
      header: MATRIX_BALANCE_NOTE,
      cell: LabelCell,
      meta: { role: 'label', level: 2 },
      spanRows: true,
      spanColumns: ({ row }) => (row.original.def.group === 'results' ? 2 : 1),
    },
  ),
  helper.accessor((row): string => row.def.id, {
    id: 'label3',
    header: MATRIX_BALANCE_NOTE,
    cell: LabelCell,
    meta: { role: 'label', level: 3 },
  }),
];

function valueColumn(column: (typeof MATRIX_COLUMNS)[number]) {
  return helper.display({
    id: column.id,
    header: column.label,
    cell: ValueCell,
    meta: { role: 'value', column },
  });
}

/** 申请人情况 › 自然人 | 法人或其他组织 › … | 总计, grouping consecutive legal-person columns. */
function applicantColumns() {
  const children: ColumnDef<Features, GridRow, unknown>[] = [];
  let legal: ColumnDef<Features, GridRow, unknown>[] | null = null;
  for (const column of MATRIX_COLUMNS) {
    if (column.group === 'legalPerson') {
      if (!legal) {
        legal = [];
        children.push(
          helper.group({
            id: 'legalPerson',
            header: MATRIX_COLUMN_GROUP_LABELS.legalPerson,
            columns: legal,
          }),
        );
      }
      legal.push(valueColumn(column));
    } else {
      legal = null;
      children.push(valueColumn(column));
    }
  }
  return helper.group({
    id: 'applicant',
    header: MATRIX_COLUMN_GROUP_LABELS.applicant,
    columns: children,
  });
}

export const GRID_COLUMNS = helper.columns([...labelColumns, applicantColumns()]);
