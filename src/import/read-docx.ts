/**
 * A Word (.docx) report as blocks: the paragraphs and tables of word/document.xml in order.
 * Merged cells are expanded like HTML ones: w:gridSpan copies a cell to the right, a
 * w:vMerge continuation copies the cell above. Text boxes and headers/footers are not read.
 */
import { unzipSync } from 'fflate';
import { decodeEntities } from '@/domain/parse/html-blocks';
import type { Block, TableCell } from '@/domain/parse/reading';
import { ImportFileError } from './import-error';

interface DocxCell {
  text: string;
  span: number;
  /** 'restart' starts a vertical merge, 'continue' continues the one above, null none. */
  vMerge: 'restart' | 'continue' | null;
}

interface TableState {
  rows: DocxCell[][];
  cell: DocxCell | null;
}

function attribute(attrs: string, name: string): string | null {
  const match = new RegExp(`${name}\\s*=\\s*"([^"]*)"`).exec(attrs);
  return match ? (match[1] ?? null) : null;
}

function expand(rows: readonly DocxCell[][]): TableCell[][] {
  const grid: TableCell[][] = [];
  for (const row of rows) {
    const out: TableCell[] = [];
    for (const cell of row) {
      const col = out.length;
      const above = grid.at(-1)?.[col];
      const continued = cell.vMerge === 'continue' && above !== undefined;
      const text = continued ? above.text : cell.text;
      for (let i = 0; i < cell.span; i++) out.push({ text, merged: continued || i > 0 });
    }
    grid.push(out);
  }
  return grid;
}

/** The blocks of a document.xml text. */
export function documentXmlBlocks(xml: string): Block[] {
  const blocks: Block[] = [];
  const tables: TableState[] = [];
  let paragraph: string | null = null;
  const tagPattern = /<(\/?)([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;
  let inText = false;
  for (let match = tagPattern.exec(xml); match; match = tagPattern.exec(xml)) {
    const [, closing, name, attrs = '', selfClosing, text] = match;
    if (text !== undefined) {
      if (inText && paragraph !== null) paragraph += decodeEntities(text);
      continue;
    }
    const table = tables.at(-1);
    switch (name) {
      case 'w:t':
        inText = !closing && !selfClosing;
        break;
      case 'w:tab':
        if (paragraph !== null && !closing) paragraph += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (paragraph !== null && !closing) paragraph += '\n';
        break;
      case 'w:p':
        if (selfClosing) break;
        if (!closing) paragraph = '';
        else if (paragraph !== null) {
          const value = paragraph;
          paragraph = null;
          if (table?.cell) table.cell.text += (table.cell.text ? '\n' : '') + value;
          else if (value.trim()) {
            for (const line of value.split('\n'))
              if (line.trim()) blocks.push({ kind: 'paragraph', text: line.trim(), indent: null });
          }
        }
        break;
      case 'w:tbl':
        if (!closing) tables.push({ rows: [], cell: null });
        else {
          const done = tables.pop();
          if (!done) break;
          const rows = expand(done.rows);
          const outer = tables.at(-1);
          if (outer?.cell)
            outer.cell.text += rows
              .map((r) =>
                r
                  .filter((c) => !c.merged)
                  .map((c) => c.text)
                  .join(' '),
              )
              .join('\n');
          else if (rows.length > 0) blocks.push({ kind: 'table', rows });
        }
        break;
      case 'w:tr':
        if (table && !closing && !selfClosing) table.rows.push([]);
        break;
      case 'w:tc':
        if (!table) break;
        if (!closing) {
          const cell: DocxCell = { text: '', span: 1, vMerge: null };
          table.rows.at(-1)?.push(cell);
          table.cell = cell;
        } else table.cell = null;
        break;
      case 'w:gridSpan': {
        const span = Number(attribute(attrs, 'w:val'));
        if (table?.cell && Number.isInteger(span) && span > 1 && span <= 100)
          table.cell.span = span;
        break;
      }
      case 'w:vMerge':
        if (table?.cell)
          table.cell.vMerge = attribute(attrs, 'w:val') === 'restart' ? 'restart' : 'continue';
        break;
      default:
        break;
    }
  }
  return blocks;
}

/** Reads a .docx file's body. */
export function readDocxBlocks(data: Uint8Array): Block[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, { filter: (file) => file.name === 'word/document.xml' });
  } catch {
    throw new ImportFileError(
      '无法打开这个 Word 文件：文件已损坏，或不是 .docx 格式（旧版 .doc 请先在 Word 中另存为 .docx）。',
    );
  }
  const xml = files['word/document.xml'];
  if (!xml)
    throw new ImportFileError('这个文件不是 Word 文档（.docx）：缺少正文部分 word/document.xml。');
  const blocks = documentXmlBlocks(new TextDecoder('utf-8').decode(xml));
  if (blocks.length === 0) throw new ImportFileError('这个 Word 文档没有文字内容。');
  return blocks;
}
