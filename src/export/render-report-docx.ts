/**
 * Report → Word (.docx), from the same document model as the HTML page, so the two never
 * differ in words, numbers or table structure. Real Word tables with merged cells (vertical
 * merges and grid spans) and single black borders; fonts and page as 党政机关公文格式
 * (GB/T 9704) asks: A4, 版心 156 mm × 225 mm, 宋体 title, 黑体 headings, 三号仿宋_GB2312 body on
 * 28 pt lines, 宋体 tables, 「— 1 —」 page numbers. A draft carries a 「草稿」 watermark on every
 * page and a red notice above the title.
 *
 * `docx` is loaded on first use (it is large; the first screen must not wait for it). No DOM is
 * used, so the command line calls this too: `renderReportDocx(report, status)`; the imports
 * are relative, like the domain's, so that Node runs this file without the `@/` alias.
 */
import type * as Docx from 'docx';
import {
  DRAFT_MARK,
  DRAFT_NOTICE,
  placeTableCells,
  type DocBlock,
  type DocTable,
  type ReportDocument,
} from '../domain/document/document-model';
import { buildReportDocument } from '../domain/document/report-document';
import type { ExportStatus } from '../domain/report/exchange';
import type { Report } from '../domain/report/report-schema';

/** Twentieths of a point per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (value: number) => Math.round(value * TWIPS_PER_MM);

/** A4 and the GB/T 9704 margins: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm. */
const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: {
    top: mm(37),
    right: mm(26),
    bottom: mm(35),
    left: mm(28),
    header: mm(15),
    footer: mm(28),
  },
};
const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21 };
const FONT = {
  body: '仿宋_GB2312',
  title: '宋体',
  heading: '黑体',
  table: '宋体',
  latin: 'Times New Roman',
};
/** Two characters of 三号 body text: the first-line indent of every paragraph. */
const INDENT_TWO_CHARS = 640;
/** 28 pt fixed line pitch of a 公文 body. */
const BODY_LINE = 560;
const DRAFT_RED = 'B00000';

function fonts(eastAsia: string) {
  return { ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, eastAsia };
}

type DocxModule = typeof Docx;

function renderParagraph(d: DocxModule, lines: readonly string[]): Docx.Paragraph {
  return new d.Paragraph({
    alignment: d.AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT_TWO_CHARS },
    children: lines.map((line, i) => new d.TextRun({ text: line, break: i > 0 ? 1 : undefined })),
  });
}

function renderTable(d: DocxModule, table: DocTable): Docx.Table {
  const totalWeight = table.columnWidths.reduce((sum, w) => sum + w, 0);
  const columnWidths = table.columnWidths.map((w) => Math.floor((w / totalWeight) * CONTENT_WIDTH));
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: '000000' };
  const rows = placeTableCells(table).map(
    (row, r) =>
      new d.TableRow({
        tableHeader: r < table.headerRows,
        cantSplit: true,
        children: row.map(({ cell, column }) => {
          const width = columnWidths
            .slice(column, column + cell.colSpan)
            .reduce((sum, w) => sum + w, 0);
          return new d.TableCell({
            rowSpan: cell.rowSpan,
            columnSpan: cell.colSpan,
            width: { size: width, type: d.WidthType.DXA },
            verticalAlign: d.VerticalAlignTable.CENTER,
            margins: { top: 30, bottom: 30, left: 60, right: 60 },
            children: [
              new d.Paragraph({
                style: 'TableText',
                alignment: cell.align === 'left' ? d.AlignmentType.LEFT : d.AlignmentType.CENTER,
                children: [new d.TextRun(cell.text)],
              }),
            ],
          });
        }),
      }),
  );
  return new d.Table({
    rows,
    columnWidths,
    width: { size: CONTENT_WIDTH, type: d.WidthType.DXA },
    layout: d.TableLayoutType.FIXED,
    alignment: d.AlignmentType.CENTER,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
  });
}

function renderBlock(d: DocxModule, block: DocBlock): (Docx.Paragraph | Docx.Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, text: block.text })];
    case 'paragraph':
      return [renderParagraph(d, block.lines)];
    case 'table':
      // An empty paragraph after a table keeps the next heading off its bottom border.
      return [renderTable(d, block.table), new d.Paragraph({ style: 'TableText', children: [] })];
  }
}

function buildDocument(
  d: DocxModule,
  watermark: typeof import('docx/watermarks'),
  doc: ReportDocument,
): Docx.Document {
  const draftNotice = doc.draft
    ? [
        new d.Paragraph({
          border: {
            top: { style: d.BorderStyle.SINGLE, size: 12, color: DRAFT_RED, space: 4 },
            bottom: { style: d.BorderStyle.SINGLE, size: 12, color: DRAFT_RED, space: 4 },
          },
          children: [
            new d.TextRun({
              text: DRAFT_MARK,
              bold: true,
              color: DRAFT_RED,
              font: fonts(FONT.heading),
            }),
            new d.TextRun({ text: `\u3000${DRAFT_NOTICE}`, color: DRAFT_RED }),
          ],
        }),
      ]
    : [];
  const header = doc.draft
    ? new d.Header({
        children: [
          new d.Paragraph({
            children: [
              new watermark.TextWatermark({
                text: DRAFT_MARK,
                font: FONT.heading,
                color: 'F7D4D4',
                opacity: 0.5,
              }),
            ],
          }),
        ],
      })
    : undefined;
  const footer = new d.Footer({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        children: [
          new d.TextRun({
            children: ['— ', d.PageNumber.CURRENT, ' —'],
            size: SIZE.pageNumber,
            font: fonts(FONT.table),
          }),
        ],
      }),
    ],
  });
  const signature = doc.signature.map(
    (line, i) =>
      new d.Paragraph({
        alignment: d.AlignmentType.RIGHT,
        indent: { right: INDENT_TWO_CHARS },
        spacing: i === 0 ? { before: BODY_LINE * 2 } : undefined,
        children: [new d.TextRun(line)],
      }),
  );

  return new d.Document({
    title: doc.draft ? `${doc.title}（${DRAFT_MARK}）` : doc.title,
    creator: doc.signature[0] ?? '',
    description: '政府信息公开工作年度报告',
    styles: {
      default: {
        document: {
          run: { font: fonts(FONT.body), size: SIZE.body, color: '000000' },
          paragraph: {
            spacing: { line: BODY_LINE, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 },
          },
        },
        title: {
          run: { font: fonts(FONT.title), size: SIZE.title, bold: true, color: '000000' },
          paragraph: {
            alignment: d.AlignmentType.CENTER,
            spacing: { line: 700, lineRule: d.LineRuleType.AT_LEAST, before: 0, after: BODY_LINE },
          },
        },
        heading1: {
          run: { font: fonts(FONT.heading), size: SIZE.body, bold: false, color: '000000' },
          paragraph: {
            indent: { firstLine: INDENT_TWO_CHARS },
            keepNext: true,
            spacing: { line: BODY_LINE, lineRule: d.LineRuleType.EXACT, before: 120, after: 0 },
          },
        },
      },
      paragraphStyles: [
        {
          id: 'TableText',
          name: '表格文字',
          basedOn: 'Normal',
          run: { font: fonts(FONT.table), size: SIZE.table },
          paragraph: { spacing: { line: 240, lineRule: d.LineRuleType.AUTO, before: 0, after: 0 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: d.PageOrientation.PORTRAIT,
            },
            margin: PAGE.margin,
          },
        },
        headers: header ? { default: header } : undefined,
        footers: { default: footer },
        children: [
          ...draftNotice,
          new d.Paragraph({ heading: d.HeadingLevel.TITLE, text: doc.title }),
          ...doc.preamble.flatMap((block) => renderBlock(d, block)),
          ...doc.body.flatMap((block) => renderBlock(d, block)),
          ...signature,
        ],
      },
    ],
  });
}

/** The .docx file of a document model. */
export async function renderDocumentDocx(doc: ReportDocument): Promise<Uint8Array> {
  const [d, watermark] = await Promise.all([import('docx'), import('docx/watermarks')]);
  return d.Packer.pack(buildDocument(d, watermark, doc), 'uint8array');
}

/** The .docx file of a report (final, or marked 「草稿」). Runs in the browser and in Node. */
export async function renderReportDocx(report: Report, status: ExportStatus): Promise<Uint8Array> {
  return renderDocumentDocx(buildReportDocument(report, status));
}
