/**
 * The one place that turns numbers, dates and user text into what a published report prints.
 * Both renderers (HTML, Word) and every message about a cell go through here, so that a figure
 * reads the same on the portal page, in the .docx and on screen.
 */
import type { Cell } from '../report/report-schema';

/**
 * A table cell as printed: whole numbers plainly (published tables use no thousands
 * separators), amounts in 万元 with the decimals they have, and an unfilled cell as empty.
 * Floating-point noise from sums (0.1 + 0.2) is rounded away at six decimals.
 */
export function formatCell(cell: Cell): string {
  if (cell === null || !Number.isFinite(cell)) return '';
  const rounded = Math.round(cell * 1e6) / 1e6;
  if (Object.is(rounded, -0)) return '0';
  if (Number.isInteger(rounded)) return rounded.toFixed(0);
  return rounded.toFixed(6).replace(/0+$/, '');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO date `2023-01-10` as printed in a 落款: 「2023年1月10日」; null or malformed → ''. */
export function formatDate(isoDate: string | null): string {
  if (isoDate === null) return '';
  const match = ISO_DATE.exec(isoDate);
  if (!match) return '';
  const [, year, month, day] = match;
  return `${Number(year)}年${Number(month)}月${Number(day)}日`;
}

/**
 * Whether a UTF-16 code unit may never reach a published file: C0/C1 controls other than tab
 * and line breaks (XML 1.0 forbids most of them, so they would break the .docx) and the
 * non-characters U+FFFE/U+FFFF.
 */
function isForbiddenUnit(unit: number): boolean {
  return (
    (unit <= 0x1f && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) ||
    (unit >= 0x7f && unit <= 0x9f) ||
    unit === 0xfffe ||
    unit === 0xffff
  );
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * User text made safe to print: line breaks unified to `\n` (U+2028/U+2029 included), tabs
 * to a space, forbidden characters and unpaired surrogates dropped. Escaping for HTML or XML
 * is the renderer's job.
 */
export function cleanText(text: string): string {
  const unified = text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/\t/g, ' ');
  let out = '';
  for (let i = 0; i < unified.length; i++) {
    const unit = unified.charCodeAt(i);
    if (isHighSurrogate(unit)) {
      const next = unified.charCodeAt(i + 1);
      if (isLowSurrogate(next)) {
        out += unified.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (isLowSurrogate(unit) || isForbiddenUnit(unit)) continue;
    out += unified[i];
  }
  return out;
}

/**
 * Narrative text split into paragraphs on blank lines (the exchange format's rule); each
 * paragraph keeps its single line breaks as lines. Leading and trailing blank space of a
 * line is dropped, since portals indent paragraphs themselves.
 */
export function splitParagraphs(text: string): string[][] {
  const paragraphs: string[][] = [];
  for (const chunk of cleanText(text).split(/\n[ \u3000]*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.replace(/^[ \u3000\u00A0]+|[ \u3000\u00A0]+$/g, ''))
      .filter((line) => line !== '');
    if (lines.length > 0) paragraphs.push(lines);
  }
  return paragraphs;
}
