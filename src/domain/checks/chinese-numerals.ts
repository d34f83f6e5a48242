/**
 * Numbers as narratives write them: arabic digits (half or full width, with or without
 * thousands separators) and Chinese numerals such as 「十二」「一百零五」「两千三百」.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Parses a Chinese numeral below 1亿; null when the text is not one. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  // Digit by digit without units (「二〇二二」) is positional.
  if (![...text].some((ch) => ch in SMALL_UNITS || ch === '万')) {
    let value = 0;
    for (const ch of text) {
      const d = DIGITS[ch];
      if (d === undefined) return null;
      value = value * 10 + d;
    }
    return value;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = SMALL_UNITS[ch];
    if (unit !== undefined) {
      // 「十二」 starts with 十: an implicit 一.
      section += (digit ?? 1) * unit;
      digit = null;
      continue;
    }
    if (ch === '万') {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = null;
      continue;
    }
    return null;
  }
  return total + section + (digit ?? 0);
}

/** Parses a number token of a narrative: 「1,234」「190」「十二」. */
export function parseNumberToken(token: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(token)) return Number(token.replaceAll(',', ''));
  if (/^\d+(?:\.\d+)?$/.test(token)) return Number(token);
  return parseChineseNumeral(token);
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
const WHITESPACE = /[\s\u00a0\u3000]+/g;

/**
 * The narrative as the number extraction reads it: full-width digits, ．and ，inside numbers
 * made ASCII, and every space and line break removed (a PDF's text layer puts spaces between
 * 「2024」 and 「年」 and breaks lines mid-phrase; in Chinese prose they carry no meaning).
 */
export function normalizeForNumbers(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(WHITESPACE, '')
    .replace(/(\d)．(\d)/g, '$1.$2');
}
