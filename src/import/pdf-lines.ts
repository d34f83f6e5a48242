/**
 * A PDF's text layer back into lines. The text items of a page come in the order the producer
 * wrote them, which for tables is not the printed order (row labels drift away from their
 * numbers); so lines are rebuilt from coordinates: items on one baseline (within half a font
 * height) form a line, ordered left to right, and a wide horizontal gap separates table cells.
 */
import type { Block } from '@/domain/parse/reading';
import { isPageNumber } from '@/domain/parse/text-blocks';

/** The part of a pdf.js text item that matters here. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: e and f are the baseline origin, |d| ≈ the font size. */
  transform: number[];
  width: number;
  height: number;
}

interface Placed {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
}

interface Line {
  y: number;
  size: number;
  items: Placed[];
}

function place(item: PdfTextItem): Placed | null {
  const text = item.str.replace(/\s+/g, ' ');
  if (!text.trim()) return null;
  const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
  const size = Math.hypot(c, d) || item.height || 10;
  return { text, x, y, right: x + Math.max(item.width, 0), size };
}

function lineText(line: Line): string {
  const items = [...line.items].sort((p, q) => p.x - q.x);
  let text = '';
  let previous: Placed | null = null;
  for (const item of items) {
    if (previous) {
      const gap = item.x - previous.right;
      const size = Math.min(item.size, previous.size);
      if (gap > size * 0.8) text += '  ';
      else if (
        gap > size * 0.15 &&
        /[A-Za-z0-9]$/.test(text) &&
        /^[A-Za-z0-9]/.test(item.text.trim())
      )
        text += ' ';
    }
    text += previous ? item.text : item.text.trimStart();
    previous = item;
  }
  return text.trimEnd();
}

/** The lines of one page, top to bottom, as paragraph blocks with their indentation. */
export function pageLines(items: readonly PdfTextItem[]): Block[] {
  const placed = items
    .map(place)
    .filter((p): p is Placed => p !== null)
    .sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Line[] = [];
  for (const item of placed) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.min(l.size, item.size) * 0.5);
    if (line) line.items.push(item);
    else lines.push({ y: item.y, size: item.size, items: [item] });
  }
  lines.sort((p, q) => q.y - p.y);
  const left = Math.min(...placed.map((p) => p.x));
  const blocks: Block[] = [];
  for (const line of lines) {
    const text = lineText(line);
    if (!text.trim() || isPageNumber(text)) continue;
    const start = Math.min(...line.items.map((i) => i.x));
    // Indentation in half-width columns, as in a text rendering.
    const indent = Math.max(0, Math.round((start - left) / (line.size / 2)));
    blocks.push({ kind: 'paragraph', text: text.trim(), indent });
  }
  return blocks;
}
