/**
 * 表二, 表三 and 表四 as printed by the 2021 template (国办公开办函〔2021〕30号): merged header
 * blocks, merged row-group cells, the 勾稽关系 note. Every row, column and label comes from the
 * declarations in `report/` and `matrix/`; this module only decides how they are laid out.
 */
import {
  MATRIX_BALANCE_NOTE,
  MATRIX_COLUMN_GROUP_LABELS,
  MATRIX_COLUMNS,
  MATRIX_ROW_GROUPS,
  MATRIX_ROWS,
  type MatrixRowGroupId,
} from '../matrix/matrix-table';
import {
  DOCUMENT_COUNTS,
  DOCUMENT_KINDS,
  PROACTIVE_CELLS,
  PROACTIVE_GROUPS,
  type ProactiveCellId,
} from '../report/proactive-table';
import type { Cell, Proactive, Report } from '../report/report-schema';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../report/review-table';
import type { CellAlign, DocTable, DocTableCell } from './document-model';
import { formatCell } from './format';

function label(
  text: string,
  span: Partial<Pick<DocTableCell, 'rowSpan' | 'colSpan'>> = {},
  align: CellAlign = 'center',
): DocTableCell {
  return { text, rowSpan: span.rowSpan ?? 1, colSpan: span.colSpan ?? 1, header: true, align };
}

function figure(value: Cell, colSpan = 1): DocTableCell {
  return { text: formatCell(value), rowSpan: 1, colSpan, header: false, align: 'center' };
}

/** The consecutive items from `start` on that satisfy `test` (a printed merged header). */
function takeRun<T>(items: readonly T[], start: number, test: (item: T) => boolean): T[] {
  const run: T[] = [];
  for (let i = start; i < items.length; i++) {
    const item = items[i];
    if (item === undefined || !test(item)) break;
    run.push(item);
  }
  return run;
}

/** The value of a 表二 cell by its declared id (`rules.issued`, `licensing`, …). */
export function proactiveCellValue(proactive: Proactive, id: ProactiveCellId): Cell {
  const [head, tail] = id.split('.');
  const kind = DOCUMENT_KINDS.find((k) => k === head);
  const count = DOCUMENT_COUNTS.find((c) => c === tail);
  if (kind && count) return proactive[kind][count];
  switch (id) {
    case 'licensing':
    case 'punishment':
    case 'enforcement':
    case 'feesWan':
      return proactive[id];
    default:
      throw new Error(`unknown 表二 cell ${id}`);
  }
}

/**
 * 表二: per 条例 article a full-width article row, a 「信息内容」 header row, then one row per
 * 信息内容. A group with one figure column spans it over the width of the widest group.
 */
export function buildProactiveTable(proactive: Proactive): DocTable {
  const figureColumns = Math.max(...PROACTIVE_GROUPS.map((g) => g.columns.length));
  const width = figureColumns + 1;
  const rows: DocTableCell[][] = [];
  for (const group of PROACTIVE_GROUPS) {
    const span = figureColumns / group.columns.length;
    rows.push([label(group.article, { colSpan: width })]);
    rows.push([label('信息内容'), ...group.columns.map((c) => label(c, { colSpan: span }))]);
    const cells = PROACTIVE_CELLS.filter((c) => c.group === group.id);
    const rowLabels = [...new Set(cells.map((c) => c.row))];
    for (const rowLabel of rowLabels) {
      const rowCells = group.columns.map((column) => {
        const cell = cells.find((c) => c.row === rowLabel && c.column === column);
        if (!cell) throw new Error(`表二 has no cell ${rowLabel} / ${column}`);
        return figure(proactiveCellValue(proactive, cell.id), span);
      });
      rows.push([label(rowLabel), ...rowCells]);
    }
  }
  return {
    id: 'proactive',
    columnWidths: [34, ...new Array<number>(figureColumns).fill(22)],
    headerRows: 0,
    rows,
  };
}

/** The merged group cells a 表三 row sits in, outermost first. */
function rowGroupChain(group: MatrixRowGroupId | null): MatrixRowGroupId[] {
  const chain: MatrixRowGroupId[] = [];
  let current: MatrixRowGroupId | null = group;
  while (current !== null) {
    chain.unshift(current);
    current = MATRIX_ROW_GROUPS[current].parent;
  }
  return chain;
}

/**
 * 表三: the 勾稽关系 note over the label columns of a three-row header (申请人情况; 自然人,
 * 法人或其他组织 over its five columns, 总计), then the 25 rows with their merged groups
 * (三、本年度办理结果 around （一）–（七）, and （三）–（六） around their numbered reasons).
 */
export function buildRequestsTable(requests: Report['requests']): DocTable {
  const chains = MATRIX_ROWS.map((row) => rowGroupChain(row.group));
  const labelColumns = Math.max(...chains.map((c) => c.length)) + 1;
  const dataColumns = MATRIX_COLUMNS.length;

  // Column header: columns outside a group span the two lower header rows.
  const groupRow: DocTableCell[] = [];
  const subRow: DocTableCell[] = [];
  for (let i = 0; i < MATRIX_COLUMNS.length;) {
    const column = MATRIX_COLUMNS[i];
    if (!column) break;
    if (column.group === null) {
      groupRow.push(label(column.label, { rowSpan: 2 }));
      i++;
      continue;
    }
    const group = column.group;
    const members = takeRun(MATRIX_COLUMNS, i, (c) => c.group === group);
    groupRow.push(label(MATRIX_COLUMN_GROUP_LABELS[group], { colSpan: members.length }));
    subRow.push(...members.map((m) => label(m.label)));
    i += members.length;
  }
  const rows: DocTableCell[][] = [
    [
      label(MATRIX_BALANCE_NOTE, { rowSpan: 3, colSpan: labelColumns }),
      label(MATRIX_COLUMN_GROUP_LABELS.applicant, { colSpan: dataColumns }),
    ],
    groupRow,
    subRow,
  ];

  const opened = new Set<MatrixRowGroupId>();
  MATRIX_ROWS.forEach((row, index) => {
    const chain = chains[index] ?? [];
    const cells: DocTableCell[] = [];
    for (const group of chain) {
      if (opened.has(group)) continue;
      opened.add(group);
      const rowSpan = chains.filter((c) => c.includes(group)).length;
      cells.push(label(MATRIX_ROW_GROUPS[group].label, { rowSpan }));
    }
    cells.push(label(row.label, { colSpan: labelColumns - chain.length }, 'left'));
    cells.push(...MATRIX_COLUMNS.map((column) => figure(requests[row.id][column.id])));
    rows.push(cells);
  });

  return {
    id: 'requests',
    columnWidths: [7, 8, 27, ...new Array<number>(dataColumns).fill(8.25)].slice(3 - labelColumns),
    headerRows: 3,
    rows,
  };
}

/**
 * 表四: 行政复议 over its five columns and 行政诉讼 over its two sub-groups (未经复议直接起诉,
 * 复议后起诉), each with 结果维持 … 总计; then one row of 15 figures.
 */
export function buildReviewTable(review: Report['reviewLitigation']): DocTable {
  const columnsPerGroup = REVIEW_COLUMNS.length;
  const top: DocTableCell[] = [];
  const middle: DocTableCell[] = [];
  const bottom: DocTableCell[] = [];
  for (let i = 0; i < REVIEW_GROUPS.length;) {
    const group = REVIEW_GROUPS[i];
    if (!group) break;
    const siblings = takeRun(REVIEW_GROUPS, i, (g) => g.header === group.header);
    top.push(label(group.header, { colSpan: siblings.length * columnsPerGroup }));
    for (const sibling of siblings) {
      if (sibling.subheader === null) {
        middle.push(...REVIEW_COLUMNS.map((c) => label(c.label, { rowSpan: 2 })));
      } else {
        middle.push(label(sibling.subheader, { colSpan: columnsPerGroup }));
        bottom.push(...REVIEW_COLUMNS.map((c) => label(c.label)));
      }
    }
    i += siblings.length;
  }
  const figures = REVIEW_GROUPS.flatMap((group) =>
    REVIEW_COLUMNS.map((column) => figure(review[group.id][column.id])),
  );
  return {
    id: 'reviewLitigation',
    columnWidths: new Array<number>(REVIEW_GROUPS.length * columnsPerGroup).fill(1),
    headerRows: 3,
    rows: [top, middle, bottom, figures],
  };
}
