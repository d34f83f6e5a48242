/**
 * Report → one standalone HTML file that a portal editor uploads, or opens and pastes into the
 * CMS, or prints. It has no script and loads nothing (a strict Content-Security-Policy says
 * so to any browser that opens it); every piece of text is escaped by `escapeHtml`. Tables keep
 * the template's exact structure (real rowspan/colspan), and the parts that must survive a
 * copy-paste into Word/WPS or a CMS that drops <style> (borders, alignment, indents) are also
 * written inline and as `border` attributes.
 */
import type { ExportStatus } from '../report/exchange';
import type { Report } from '../report/report-schema';
import {
  DRAFT_MARK,
  DRAFT_NOTICE,
  type DocBlock,
  type DocTable,
  type DocTableCell,
  type ReportDocument,
} from './document-model';
import { escapeHtml } from './escape-html';
import { buildReportDocument } from './report-document';

/** The page may load nothing and run nothing; only its own inline styles apply. */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const BODY_FONTS = `"仿宋_GB2312", "仿宋", FangSong, STFangsong, "FangSong_GB2312", serif`;
const TITLE_FONTS = `"方正小标宋简体", "FZXiaoBiaoSong-B05S", "宋体", SimSun, "Songti SC", serif`;
const HEADING_FONTS = `"黑体", SimHei, "Heiti SC", "Microsoft YaHei", sans-serif`;
const TABLE_FONTS = `"宋体", SimSun, "Songti SC", serif`;

/**
 * Layout of GB/T 9704 党政机关公文格式 as far as a web page can follow it: A4, 版心 156 mm ×
 * 225 mm, 三号仿宋 body with 28 pt lines, 黑体 first-level headings, a 小标宋 title.
 */
const STYLE = `
html { background: #f3f3f3; }
body { margin: 0; color: #000; font-family: ${BODY_FONTS}; font-size: 16px; line-height: 1.8; }
.report { box-sizing: border-box; max-width: 210mm; margin: 24px auto; padding: 32px 48px 48px; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15); position: relative; }
.report-title { font-family: ${TITLE_FONTS}; font-size: 26px; font-weight: normal; line-height: 1.5; text-align: center; margin: 0.5em 0 1.2em; }
.report h2 { font-family: ${HEADING_FONTS}; font-size: 17px; font-weight: normal; margin: 1em 0 0.5em; text-indent: 2em; break-after: avoid; page-break-after: avoid; }
.report p { margin: 0; text-indent: 2em; text-align: justify; }
.report p, .report h1, .report h2, .report td, .report th { overflow-wrap: anywhere; word-break: break-word; }
.report-table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0.5em 0 1em; font-family: ${TABLE_FONTS}; font-size: 14px; line-height: 1.4; }
.report-table th, .report-table td { border: 1px solid #000; padding: 3px 4px; vertical-align: middle; font-weight: normal; }
.report-table thead { display: table-header-group; }
.signature { margin-top: 2em; text-align: right; padding-right: 2em; }
.signature p { text-indent: 0; text-align: right; }
.draft-banner { border: 2px solid #b00000; color: #b00000; padding: 6px 12px; margin: 0 0 1em; text-indent: 0 !important; font-family: ${HEADING_FONTS}; }
.draft-watermark { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; pointer-events: none; z-index: 10; font-family: ${HEADING_FONTS}; font-size: 160px; color: rgba(176, 0, 0, 0.12); transform: rotate(-30deg); user-select: none; }
@page { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-center { content: "— " counter(page) " —"; font-family: ${TABLE_FONTS}; font-size: 14pt; } }
@media print {
  html { background: #fff; }
  body { font-size: 16pt; line-height: 28pt; }
  .report { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .report-title { font-size: 22pt; line-height: 1.4; }
  .report h2 { font-size: 16pt; }
  .report-table { font-size: 10.5pt; line-height: 1.3; }
  .draft-watermark { font-size: 120pt; }
}
`
  .trim()
  .replace(/\n\s*/g, '\n');

/**
 * A run of 40 or more characters with no space and no CJK character (a pasted URL, a long
 * identifier). Chromium lays such runs out very slowly in a zh-CN page (seconds for 20 000
 * characters) when it has to break them anywhere, so they get explicit break points.
 */
const LONG_RUN = /[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]{40,}/gu;
const RUN_PIECE = 20;

/** User text as HTML: escaped, with <wbr> break points inside long unbroken runs. */
function textHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(LONG_RUN)) {
    html += escapeHtml(text.slice(last, match.index));
    const run = [...match[0]];
    for (let i = 0; i < run.length; i += RUN_PIECE) {
      html += (i > 0 ? '<wbr>' : '') + escapeHtml(run.slice(i, i + RUN_PIECE).join(''));
    }
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/** Inline cell style: borders and alignment that survive a paste into Word, WPS or a CMS. */
function cellStyle(cell: DocTableCell): string {
  return `border:1px solid #000;padding:3px 4px;vertical-align:middle;font-weight:normal;text-align:${cell.align}`;
}

function renderCell(cell: DocTableCell): string {
  const tag = cell.header ? 'th' : 'td';
  const spans =
    (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '') +
    (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '');
  return `<${tag}${spans} style="${escapeHtml(cellStyle(cell))}">${escapeHtml(cell.text)}</${tag}>`;
}

function renderRows(rows: readonly (readonly DocTableCell[])[]): string {
  return rows.map((row) => `<tr>${row.map(renderCell).join('')}</tr>`).join('\n');
}

function renderTable(table: DocTable): string {
  const total = table.columnWidths.reduce((sum, w) => sum + w, 0);
  const cols = table.columnWidths
    .map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`)
    .join('');
  const head = table.rows.slice(0, table.headerRows);
  const body = table.rows.slice(table.headerRows);
  return [
    `<table class="report-table report-table-${escapeHtml(table.id)}" border="1" cellspacing="0" cellpadding="4" width="100%" style="width:100%;border-collapse:collapse;table-layout:fixed">`,
    `<colgroup>${cols}</colgroup>`,
    head.length > 0 ? `<thead>\n${renderRows(head)}\n</thead>` : '',
    `<tbody>\n${renderRows(body)}\n</tbody>`,
    '</table>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function renderBlock(block: DocBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h2 id="section-${escapeHtml(block.section)}" style="text-indent:2em">${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p style="text-indent:2em">${block.lines.map(textHtml).join('<br>')}</p>`;
    case 'table':
      return renderTable(block.table);
  }
}

/** The standalone HTML file of a document model. */
export function renderDocumentHtml(doc: ReportDocument): string {
  const title = doc.draft ? `${doc.title}（${DRAFT_MARK}）` : doc.title;
  const draftParts = doc.draft
    ? [
        `<div class="draft-watermark" aria-hidden="true">${escapeHtml(DRAFT_MARK)}</div>`,
        `<p class="draft-banner" role="note" style="border:2px solid #b00000;color:#b00000;padding:6px 12px;text-indent:0"><strong>${escapeHtml(DRAFT_MARK)}</strong>\u3000${escapeHtml(DRAFT_NOTICE)}</p>`,
      ]
    : [];
  const signature =
    doc.signature.length > 0
      ? `<div class="signature" style="margin-top:2em;text-align:right;padding-right:2em">\n${doc.signature
          .map((line) => `<p style="text-indent:0;text-align:right">${textHtml(line)}</p>`)
          .join('\n')}\n</div>`
      : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(EXPORT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="年报 nianbao">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    ...draftParts.slice(0, 1),
    '<article class="report">',
    ...draftParts.slice(1),
    `<h1 class="report-title" style="text-align:center">${textHtml(doc.title)}</h1>`,
    ...doc.preamble.map(renderBlock),
    ...doc.body.map(renderBlock),
    signature,
    '</article>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((part, index, all) => part !== '' || index === all.length - 1)
    .join('\n');
}

/** The standalone HTML file of a report (final or marked 「草稿」). */
export function renderReportHtml(report: Report, status: ExportStatus): string {
  return renderDocumentHtml(buildReportDocument(report, status));
}
