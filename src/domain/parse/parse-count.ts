/**
 * Reading one table cell as a person types or pastes it: the single place where text becomes
 * a cell value. Accepts what Chinese office software produces — full-width digits, thousands
 * separators (1,234 / 1，234), surrounding (full-width) spaces — and the blank marks published
 * tables use (「/」「-」). Everything else is refused with a reason; nothing is guessed.
 */
import { MAX_CELL_VALUE } from '../report/report-schema';

/** Whole numbers (件) or an amount in 万元 with up to four decimals. */
export type CellTextKind = 'count' | 'amount';

/** Why a text is not a cell value. */
export type CellTextProblem =
  'notNumber' | 'negative' | 'fraction' | 'tooManyDecimals' | 'tooLarge';

export type ParsedCellText =
  { ok: true; value: number | null } | { ok: false; problem: CellTextProblem; reason: string };

/** Decimals allowed in an amount cell (万元 to the 元: 0.0001 万元 = 1 元). */
export const AMOUNT_DECIMALS = 4;

/** The message a cell shows when its text is refused. */
export const CELL_TEXT_REASONS = {
  count: '请输入不小于0的整数',
  amount: `请输入不小于0的数（单位：万元，最多${AMOUNT_DECIMALS}位小数）`,
} as const satisfies Record<CellTextKind, string>;

/** Marks that published tables use for an empty cell. */
const BLANK_MARKS = new Set(['/', '／', '-', '--', '—', '——', '–', '―']);

/** Full-width digits and punctuation to ASCII; strips every kind of surrounding space. */
export function normalizeCellText(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[．。]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[＋]/g, '+')
    .replace(/[−－]/g, '-')
    .replace(/^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/g, '');
}

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^\d+(\.\d+)?$/;
const NEGATIVE = /^-\s*\d[\d,]*(\.\d+)?$/;

/**
 * The value of a cell's text. Blank (or 「/」「-」) is `null`: a cell not filled in, which is
 * not the same as 0.
 */
export function parseCellText(text: string, kind: CellTextKind = 'count'): ParsedCellText {
  const reason = CELL_TEXT_REASONS[kind];
  const normalized = normalizeCellText(text);
  if (normalized === '' || BLANK_MARKS.has(normalized)) return { ok: true, value: null };
  if (NEGATIVE.test(normalized)) return { ok: false, problem: 'negative', reason };
  if (!PLAIN.test(normalized) && !GROUPED.test(normalized)) {
    return { ok: false, problem: 'notNumber', reason };
  }
  const digits = normalized.replace(/,/g, '');
  const [, decimals = ''] = digits.split('.');
  if (kind === 'count' && decimals.replace(/0+$/, '') !== '') {
    return { ok: false, problem: 'fraction', reason };
  }
  if (kind === 'amount' && decimals.length > AMOUNT_DECIMALS) {
    return { ok: false, problem: 'tooManyDecimals', reason };
  }
  const value = Number(digits);
  if (!Number.isFinite(value) || value > MAX_CELL_VALUE) {
    return { ok: false, problem: 'tooLarge', reason: '数值过大，请核对' };
  }
  return { ok: true, value };
}

/** How a refused text is named in a message about a paste, e.g. 「“abc”不是整数」. */
export function describeCellTextProblem(
  text: string,
  problem: CellTextProblem,
  kind: CellTextKind,
): string {
  const shown = `“${text.trim()}”`;
  switch (problem) {
    case 'negative':
      return `${shown}是负数`;
    case 'tooLarge':
      return `${shown}数值过大`;
    case 'tooManyDecimals':
      return `${shown}超过${AMOUNT_DECIMALS}位小数`;
    case 'fraction':
    case 'notNumber':
      return kind === 'count' ? `${shown}不是整数` : `${shown}不是数字`;
  }
}

/** The text a cell shows for its value (no separators, so that it edits cleanly). */
export function formatCellValue(value: number | null): string {
  return value === null ? '' : String(value);
}
