/**
 * What one printed table cell holds: a number, a blank (written 0 by the no-blank-cells rule,
 * and reported), or text. Cell text is folded by the one cell-text reader (`parse-count.ts`);
 * unlike typing, a published figure is taken as printed — a fee with six decimals or a count
 * with a fraction is kept, and the consistency rules judge it.
 */
import { MAX_CELL_VALUE } from '../report/report-schema';
import { parseCellText, normalizeCellText } from './parse-count';

export type CellValue =
  | { kind: 'number'; value: number }
  /** Empty, 「/」, 「-」, 「—」 or 「无」 in a cell where a number belongs. */
  | { kind: 'blank'; raw: string }
  | { kind: 'text' };

/** Reads a cell's text. `0`, `1,234`, `７７３０.２８`, `21件` are numbers. */
export function readCellValue(text: string): CellValue {
  const folded = normalizeCellText(text).replace(/\s+/g, '');
  if (folded === '无') return { kind: 'blank', raw: folded };
  const bare = folded.replace(/(?:件|万元)$/, '');
  const typed = parseCellText(bare, 'amount');
  if (typed.ok)
    return typed.value === null
      ? { kind: 'blank', raw: folded }
      : { kind: 'number', value: typed.value };
  // Refused for typing but printed: more decimals than typing allows, or a negative figure.
  if (typed.problem === 'tooManyDecimals' || typed.problem === 'negative') {
    const value = Number(bare.replace(/,/g, '').replace(/^-\s*/, '-'));
    if (Number.isFinite(value) && Math.abs(value) <= MAX_CELL_VALUE)
      return { kind: 'number', value };
  }
  return { kind: 'text' };
}
