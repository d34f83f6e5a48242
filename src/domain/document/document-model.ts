/**
 * The neutral document model: what a published report consists of, independent of the file
 * format. `buildReportDocument` makes it from a report; the HTML and Word renderers only lay
 * it out, so both always print the same words, numbers and table structure.
 */
import type { SectionId } from '../report/sections';

/** How a cell's text sits in its cell. */
export type CellAlign = 'left' | 'center';

/** One cell of a printed table; merged cells carry their spans, covered cells do not exist. */
export interface DocTableCell {
  readonly text: string;
  /** Rows the cell covers (1 = no vertical merge). */
  readonly rowSpan: number;
  /** Columns the cell covers (1 = no horizontal merge). */
  readonly colSpan: number;
  /** A printed label (column header, row label, group) rather than a figure. */
  readonly header: boolean;
  readonly align: CellAlign;
}

export type DocTableId = 'proactive' | 'requests' | 'reviewLitigation';

/** A table exactly as the template prints it. */
export interface DocTable {
  readonly id: DocTableId;
  /** Relative column widths (any unit; renderers scale them to the page). */
  readonly columnWidths: readonly number[];
  /** Leading rows that form the column header (repeated on each page in Word). */
  readonly headerRows: number;
  readonly rows: readonly (readonly DocTableCell[])[];
}

export type DocBlock =
  | { readonly kind: 'heading'; readonly section: SectionId; readonly text: string }
  /** A paragraph; its lines are the single line breaks the author kept inside it. */
  | { readonly kind: 'paragraph'; readonly lines: readonly string[] }
  | { readonly kind: 'table'; readonly table: DocTable };

export interface ReportDocument {
  /** 「〔机关名称〕〔N〕年政府信息公开工作年度报告」. */
  readonly title: string;
  /** True for a draft export: every renderer marks it 「草稿」 visibly. */
  readonly draft: boolean;
  /** 前言 paragraphs, before the first section. */
  readonly preamble: readonly DocBlock[];
  /** The six sections: headings as printed, paragraphs, tables. */
  readonly body: readonly DocBlock[];
  /** 落款: the lines printed right-aligned at the end (agency, date); empty ones left out. */
  readonly signature: readonly string[];
}

/** The visible mark of a draft export. */
export const DRAFT_MARK = '草稿';
/** The sentence beside the mark, so that nobody publishes a draft by mistake. */
export const DRAFT_NOTICE = '本文件为草稿，尚未定稿，不得作为正式报告发布。';

/** Where a table cell starts in the grid: row and column index, spans resolved. */
export interface PlacedCell {
  readonly cell: DocTableCell;
  readonly row: number;
  readonly column: number;
}

/**
 * Places every cell of a table on its grid (as HTML and Word do: a cell takes the first column
 * not yet covered by a rowSpan from above). Throws if a row does not fill the grid exactly, so
 * a wrong declaration fails in tests instead of printing a ragged table.
 */
export function placeTableCells(table: DocTable): PlacedCell[][] {
  const width = table.columnWidths.length;
  const covered: boolean[][] = table.rows.map(() => new Array<boolean>(width).fill(false));
  return table.rows.map((row, r) => {
    let column = 0;
    const placed = row.map((cell) => {
      while (covered[r]?.[column]) column++;
      const start = column;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        const target = covered[r + dr];
        if (!target) throw new Error(`table ${table.id}: rowSpan past the last row at row ${r}`);
        for (let dc = 0; dc < cell.colSpan; dc++) {
          if (start + dc >= width || target[start + dc]) {
            throw new Error(`table ${table.id}: cell overlaps at row ${r + dr}`);
          }
          target[start + dc] = true;
        }
      }
      column = start + cell.colSpan;
      return { cell, row: r, column: start };
    });
    if (covered[r]?.some((c) => !c)) throw new Error(`table ${table.id}: row ${r} is not full`);
    return placed;
  });
}
