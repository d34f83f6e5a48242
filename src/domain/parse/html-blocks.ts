/**
 * A small HTML reader without a DOM (the domain runs in Node): turns a saved portal page into
 * paragraphs and tables in document order. Scripts, styles, comments and the head are skipped;
 * block elements end paragraphs; tables become rows of cells with every rowspan and colspan
 * expanded (copies marked `merged`), whatever nesting of p/span/strong the numbers sit in.
 */
import { matchSectionHeading } from './find-sections';
import { readTitle } from './read-metadata';
import type { Block, TableCell } from './reading';

/** Elements whose content is never report text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'iframe',
  'svg',
  'select',
  'textarea',
  'object',
]);
/** Elements that end a paragraph where they open or close. */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'blockquote',
  'pre',
  'center',
  'form',
  'address',
  'figure',
  'figcaption',
  'caption',
  'title',
  'body',
  'html',
  'fieldset',
  'legend',
]);

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  divide: '÷',
  emsp: '\u2003',
  ensp: '\u2002',
  thinsp: '\u2009',
  yen: '¥',
  copy: '©',
  reg: '®',
  laquo: '«',
  raquo: '»',
  bull: '•',
  deg: '°',
  plusmn: '±',
  permil: '‰',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  lrm: '',
  rlm: '',
};

/** Decodes character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

interface RawCell {
  text: string;
  colspan: number;
  rowspan: number;
}

interface TableBuilder {
  rows: RawCell[][];
  cell: RawCell | null;
}

function spanAttribute(attrs: string, name: string): number {
  const match = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs);
  const value = match ? Number(match[1]) : 1;
  // A span of 0 or an absurd span is read as 1 rather than filling the grid with copies.
  return Number.isInteger(value) && value >= 1 && value <= 100 ? value : 1;
}

/** Lays merged cells out on the grid: every position a span covers gets a `merged` copy. */
export function expandTable(rows: readonly (readonly RawCell[])[]): TableCell[][] {
  const grid: TableCell[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let col = 0;
    for (const cell of row) {
      while (grid[r]?.[col]) col++;
      for (let dr = 0; dr < cell.rowspan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cell.colspan; dc++) {
          target[col + dc] = { text: cell.text, merged: dr > 0 || dc > 0 };
        }
      }
      col += cell.colspan;
    }
  });
  // Fill holes left by ragged rows so that every row is a dense array.
  return grid
    .slice(0, Math.max(rows.length, 0))
    .map((row) => Array.from(row, (cell) => cell ?? { text: '', merged: true }));
}

function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ');
}

/** Reads the paragraphs and tables of an HTML page, in document order. */
export function extractHtmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const tables: TableBuilder[] = [];
  let paragraph = '';
  let skipping: string | null = null;

  const flushParagraph = (): void => {
    // A <br> breaks a line inside a paragraph; a heading or title run into the text after it
    // (「一、总体情况<br>2023年……」) still stands alone.
    const lines = paragraph
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line.replace(/\u00a0/g, '').trim() !== '');
    let current: string[] = [];
    const push = (): void => {
      if (current.length > 0)
        blocks.push({ kind: 'paragraph', text: current.join('\n'), indent: null });
      current = [];
    };
    for (const line of lines) {
      if (matchSectionHeading(line) || readTitle(line)) {
        push();
        current = [line];
        push();
      } else current.push(line);
    }
    push();
    paragraph = '';
  };
  const appendText = (text: string): void => {
    const table = tables.at(-1);
    if (table) {
      if (table.cell) table.cell.text += text;
      // Text between cells (whitespace, stray characters) belongs to no cell.
      return;
    }
    paragraph += text;
  };
  const breakText = (lineBreak: boolean): void => {
    const table = tables.at(-1);
    if (table) {
      if (table.cell && !table.cell.text.endsWith('\n')) table.cell.text += '\n';
      return;
    }
    if (lineBreak) paragraph += '\n';
    else flushParagraph();
  };
  const closeCell = (table: TableBuilder): void => {
    if (!table.cell) return;
    table.cell.text = table.cell.text
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    table.cell = null;
  };
  const closeTable = (): void => {
    const table = tables.pop();
    if (!table) return;
    closeCell(table);
    const rows = expandTable(table.rows.filter((row) => row.length > 0));
    const outer = tables.at(-1);
    if (outer) {
      // A table inside a cell: its text joins the outer cell, row by row.
      if (outer.cell)
        outer.cell.text += rows
          .map((r) =>
            r
              .filter((c) => !c.merged)
              .map((c) => c.text)
              .join(' '),
          )
          .join('\n');
      return;
    }
    if (rows.length > 0) blocks.push({ kind: 'table', rows });
  };

  const tagPattern =
    /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<\/?([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let last = 0;
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    const text = html.slice(last, match.index);
    last = tagPattern.lastIndex;
    if (!skipping && text) appendText(collapse(decodeEntities(text)));
    const name = match[1]?.toLowerCase();
    if (!name) continue; // comment, doctype, processing instruction
    const closing = match[0][1] === '/';
    const attrs = match[2] ?? '';
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (!closing && SKIPPED.has(name) && !attrs.trimEnd().endsWith('/')) {
      skipping = name;
      continue;
    }
    if (name === 'table') {
      if (closing) closeTable();
      else {
        if (tables.length === 0) flushParagraph();
        tables.push({ rows: [], cell: null });
      }
      continue;
    }
    const table = tables.at(-1);
    if (table && (name === 'tr' || name === 'td' || name === 'th')) {
      if (name === 'tr') {
        closeCell(table);
        if (!closing) table.rows.push([]);
      } else if (closing) {
        closeCell(table);
      } else {
        closeCell(table);
        if (table.rows.length === 0) table.rows.push([]);
        const cell = {
          text: '',
          colspan: spanAttribute(attrs, 'colspan'),
          rowspan: spanAttribute(attrs, 'rowspan'),
        };
        table.rows.at(-1)?.push(cell);
        table.cell = cell;
      }
      continue;
    }
    if (BLOCK.has(name)) breakText(name === 'br');
  }
  if (!skipping) appendText(collapse(decodeEntities(html.slice(last))));
  while (tables.length > 0) closeTable();
  flushParagraph();
  return blocks;
}
