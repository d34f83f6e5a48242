/**
 * Narrative text from blocks: whole paragraphs are kept as written; visual lines of a wrapped
 * layout (PDF) are joined back into paragraphs, a new one starting at an indented line, a
 * numbered sub-heading, or after a line that stops well short of the usual width. Paragraphs are
 * separated by a blank line, as the exchange format wants.
 */
import { cleanText } from './normalize-text';
import type { Block, LineMode } from './reading';
import { displayWidth } from './text-blocks';

/** 「（一）」「一、」「1.」「第一」 at the start of a line: a sub-heading or numbered item. */
const NUMBERED_START =
  /^(?:[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|[一二三四五六七八九十]+\s*[、.．]|\d{1,2}\s*[、．]|第[一二三四五六七八九十]+[，、部])/;

/** Removes the spaces a PDF's glyph positions put between Chinese characters and digits. */
export function closeLayoutSpaces(text: string): string {
  return text.replace(/ +(?=[^ -~])|(?<=[^ -~]) +/g, '');
}

type ParagraphBlock = Extract<Block, { kind: 'paragraph' }>;

/** The width at which wrapped lines of this document break (for telling a short last line). */
export function typicalLineWidth(blocks: readonly ParagraphBlock[]): number {
  const widths = blocks.map((b) => (b.indent ?? 0) + displayWidth(b.text)).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.9)] ?? 0;
}

function joinLine(paragraph: string, line: string): string {
  return /[A-Za-z]$/.test(paragraph) && /^[A-Za-z]/.test(line)
    ? `${paragraph} ${line}`
    : paragraph + line;
}

/** The paragraphs of a stretch of blocks (tables inside narrative are skipped). */
export function narrativeParagraphs(
  blocks: readonly Block[],
  lineMode: LineMode,
  lineWidth: number,
): string[] {
  const lines = blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
  if (lineMode === 'paragraphs') {
    return lines
      .map((b) => b.text.split('\n').map(cleanText).filter(Boolean).join('\n'))
      .filter(Boolean);
  }
  const baseIndent = Math.min(...lines.map((b) => b.indent ?? 0));
  const paragraphs: string[] = [];
  let current = '';
  let previous: ParagraphBlock | null = null;
  for (const line of lines) {
    const text = closeLayoutSpaces(cleanText(line.text));
    if (!text) continue;
    const indented = (line.indent ?? 0) > baseIndent + 1;
    const previousShort =
      previous !== null && (previous.indent ?? 0) + displayWidth(previous.text) < lineWidth - 6;
    const previousEnded = previous !== null && /[。！？!?：:]$/.test(previous.text.trim());
    if (
      current &&
      (indented || NUMBERED_START.test(text) || previousShort || (previousEnded && indented))
    ) {
      paragraphs.push(current);
      current = '';
    }
    current = current ? joinLine(current, text) : text;
    previous = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}
