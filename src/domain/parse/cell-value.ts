/**
 * What one printed table cell holds: a number, a blank (written 0 by the no-blank-cells rule,
 * and reported), or text. Thousands separators and full-width digits are accepted; nothing else
 * is guessed.
 */
import { normalizeText } from './normalize-text';

export type CellValue =
  | { kind: 'number'; value: number }
  /** Empty, 「/」, 「-」, 「—」 or 「无」 in a cell where a number belongs. */
  | { kind: 'blank'; raw: string }
  | { kind: 'text' };

const BLANK_MARKS = new Set(['', '/', '-', '--', '无', '\\']);

/** Reads a cell's text. `0`, `1,234`, `７７３０.２８`, `21件` are numbers. */
export function readCellValue(text: string): CellValue {
  const t = normalizeText(text).replace(/\s+/g, '');
  if (BLANK_MARKS.has(t)) return { kind: 'blank', raw: t };
  const match = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:件|万元)?$/.exec(t);
  if (!match) return { kind: 'text' };
  const value = Number(`${match[1]}${(match[2] ?? '').replace(/,/g, '')}${match[3] ?? ''}`);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'text' };
}
