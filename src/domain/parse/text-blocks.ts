/**
 * Plain text (a copied web page, a .txt file, a PDF's text layer as pdftotext gives it) turned
 * into blocks: one paragraph block per non-empty line, with its indentation kept, and a guess
 * whether the lines are whole paragraphs or a wrapped layout.
 */
import type { Block, LineMode } from './reading';

/** 「-1-」, 「— 2 —」, 「第 3 页 共 6 页」: page furniture, never report text. */
const PAGE_NUMBER =
  /^(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;

/** Width of a string in half-width columns: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

function leadingWidth(line: string): number {
  const lead = /^[\s\u3000]*/.exec(line)?.[0] ?? '';
  let width = 0;
  for (const ch of lead) width += ch === '\t' ? 4 : ch === '\u3000' ? 2 : 1;
  return width;
}

/** True for a line that is only a page number or page counter. */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/**
 * Whether the lines are a wrapped layout (PDF text): most long lines stop near one common width
 * without ending a sentence. A copied web page has one paragraph per line, of any length,
 * mostly ending in 。.
 */
export function guessLineMode(lines: readonly string[]): LineMode {
  // Table rows (cells apart by runs of spaces) say nothing about how prose wraps.
  const long = lines
    .map((l) => l.trim())
    .filter((l) => displayWidth(l) >= 40 && !/\S\s{2,}\S/.test(l));
  if (long.length < 5) return 'paragraphs';
  const widths = long.map(displayWidth).sort((a, b) => a - b);
  const typical = widths[Math.floor(widths.length * 0.8)] ?? 0;
  const nearTypical = long.filter((l) => Math.abs(displayWidth(l) - typical) <= 8);
  const unfinished = nearTypical.filter((l) => !/[。！？；!?;]$/.test(l));
  return nearTypical.length >= long.length * 0.5 && unfinished.length >= nearTypical.length * 0.5
    ? 'lines'
    : 'paragraphs';
}

/** Splits text into line blocks. Page numbers go; empty lines go (they carry no meaning). */
export function textToBlocks(text: string): { blocks: Block[]; lineMode: LineMode } {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n|\u2028|\u2029/);
  const blocks: Block[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed || isPageNumber(trimmed)) continue;
    blocks.push({
      kind: 'paragraph',
      text: trimmed,
      indent: leadingWidth(line.replace(/\f/g, '')),
    });
  }
  return { blocks, lineMode: guessLineMode(lines) };
}
