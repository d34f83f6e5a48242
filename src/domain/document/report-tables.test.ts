import { describe, expect, it } from 'vitest';
import { MATRIX_BALANCE_NOTE, MATRIX_COLUMNS, MATRIX_ROWS } from '../matrix/matrix-table';
import { PROACTIVE_CELLS } from '../report/proactive-table';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../report/review-table';
import { placeTableCells, type DocTable, type PlacedCell } from './document-model';
import { fullSampleReport } from './full-sample-report';
import {
  buildProactiveTable,
  buildRequestsTable,
  buildReviewTable,
  proactiveCellValue,
} from './report-tables';

const report = fullSampleReport();

/** The cell that covers grid position (row, column). */
function cellAt(table: DocTable, row: number, column: number): PlacedCell {
  const found = placeTableCells(table)
    .flat()
    .find(
      (p) =>
        p.row <= row &&
        row < p.row + p.cell.rowSpan &&
        p.column <= column &&
        column < p.column + p.cell.colSpan,
    );
  if (!found) throw new Error(`nothing at ${row},${column}`);
  return found;
}

describe('表二', () => {
  const table = buildProactiveTable(report.proactive);

  it('is a 4-column grid of article rows, 信息内容 rows and one row per item', () => {
    expect(table.columnWidths).toHaveLength(4);
    expect(() => placeTableCells(table)).not.toThrow();
    expect(table.rows.map((r) => r[0]?.text)).toEqual([
      '第二十条第（一）项',
      '信息内容',
      '规章',
      '行政规范性文件',
      '第二十条第（五）项',
      '信息内容',
      '行政许可',
      '第二十条第（六）项',
      '信息内容',
      '行政处罚',
      '行政强制',
      '第二十条第（八）项',
      '信息内容',
      '行政事业性收费',
    ]);
    expect(table.rows[0]?.[0]?.colSpan).toBe(4);
    expect(table.rows[5]?.map((c) => [c.text, c.colSpan])).toEqual([
      ['信息内容', 1],
      ['本年处理决定数量', 3],
    ]);
  });

  it('puts every declared cell under its row and column', () => {
    for (const cell of PROACTIVE_CELLS) {
      const rowIndex = table.rows.findIndex((r) => r[0]?.text === cell.row);
      const headerRow = table.rows.slice(0, rowIndex).findLast((r) => r[0]?.text === '信息内容');
      const headerIndex = headerRow?.findIndex((c) => c.text === cell.column) ?? -1;
      expect(headerIndex).toBeGreaterThan(0);
      expect(table.rows[rowIndex]?.[headerIndex]?.text).toBe(
        String(proactiveCellValue(report.proactive, cell.id)),
      );
    }
    expect(table.rows.at(-1)?.[1]?.text).toBe('152.36');
  });
});

describe('表三', () => {
  const table = buildRequestsTable(report.requests);
  const placed = placeTableCells(table);

  it('has the template header: the 勾稽关系 note over three rows and three label columns', () => {
    expect(table.columnWidths).toHaveLength(10);
    expect(table.headerRows).toBe(3);
    expect(table.rows[0]?.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([
      [MATRIX_BALANCE_NOTE, 3, 3],
      ['申请人情况', 1, 7],
    ]);
    expect(table.rows[1]?.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([
      ['自然人', 2, 1],
      ['法人或其他组织', 1, 5],
      ['总计', 2, 1],
    ]);
    expect(table.rows[2]?.map((c) => c.text)).toEqual(
      MATRIX_COLUMNS.filter((c) => c.group === 'legalPerson').map((c) => c.label),
    );
  });

  it('has the 25 rows in order, each label once, with the merged groups of the template', () => {
    expect(table.rows).toHaveLength(3 + MATRIX_ROWS.length);
    MATRIX_ROWS.forEach((row, i) => {
      const label = cellAt(table, 3 + i, 2).cell;
      expect(label.text).toBe(row.label);
    });
    const groups = placed
      .flat()
      .filter((p) => p.row >= 3 && p.cell.rowSpan > 1)
      .map((p) => [p.cell.text, p.row - 3, p.column, p.cell.rowSpan]);
    expect(groups).toEqual([
      ['三、本年度办理结果', 2, 0, 22],
      ['（三）不予公开', 4, 1, 8],
      ['（四）无法提供', 12, 1, 3],
      ['（五）不予处理', 15, 1, 5],
      ['（六）其他处理', 20, 1, 3],
    ]);
    // 一、二、四 span the three label columns; （一）（二）（七） span two.
    expect(cellAt(table, 3, 0).cell.colSpan).toBe(3);
    expect(cellAt(table, 3 + 2, 1).cell.colSpan).toBe(2);
    expect(cellAt(table, 3 + 23, 1).cell.text).toBe('（七）总计');
    expect(cellAt(table, 3 + 24, 0).cell).toMatchObject({
      text: '四、结转下年度继续办理',
      colSpan: 3,
    });
  });

  it('prints every figure in its row and column', () => {
    MATRIX_ROWS.forEach((row, i) => {
      MATRIX_COLUMNS.forEach((column, j) => {
        expect(cellAt(table, 3 + i, 3 + j).cell.text).toBe(
          String(report.requests[row.id][column.id]),
        );
      });
    });
    expect(cellAt(table, 3, 9).cell.text).toBe('122');
  });
});

describe('表四', () => {
  const table = buildReviewTable(report.reviewLitigation);

  it('has 行政复议 over 5 columns and 行政诉讼 over its two groups, then 15 figures', () => {
    expect(table.columnWidths).toHaveLength(15);
    expect(() => placeTableCells(table)).not.toThrow();
    expect(table.rows[0]?.map((c) => [c.text, c.colSpan])).toEqual([
      ['行政复议', 5],
      ['行政诉讼', 10],
    ]);
    expect(table.rows[1]?.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([
      ...REVIEW_COLUMNS.map((c) => [c.label, 2, 1]),
      ['未经复议直接起诉', 1, 5],
      ['复议后起诉', 1, 5],
    ]);
    expect(table.rows[2]?.map((c) => c.text)).toEqual([
      ...REVIEW_COLUMNS.map((c) => c.label),
      ...REVIEW_COLUMNS.map((c) => c.label),
    ]);
    expect(table.rows[3]?.map((c) => c.text)).toEqual(
      REVIEW_GROUPS.flatMap((g) =>
        REVIEW_COLUMNS.map((c) => String(report.reviewLitigation[g.id][c.id])),
      ),
    );
    expect(table.rows[3]?.map((c) => c.text).join(' ')).toBe('3 1 0 1 5 2 0 1 0 3 1 0 0 1 2');
  });
});

describe('placeTableCells', () => {
  it('refuses a ragged table', () => {
    const ragged: DocTable = {
      id: 'proactive',
      columnWidths: [1, 1],
      headerRows: 0,
      rows: [[{ text: 'a', rowSpan: 1, colSpan: 1, header: true, align: 'center' }]],
    };
    expect(() => placeTableCells(ragged)).toThrow(/not full/);
  });
});
