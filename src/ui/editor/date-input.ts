/**
 * Reading what a clerk types into a date field. Reports print dates as 「2023年1月10日」 and
 * office software writes 2023/1/10 or 2023.1.10, so all of these are accepted and stored as
 * ISO `2023-01-10`. Anything else is kept as typed, so that the schema rejects it with its
 * Chinese message at the field instead of the text silently disappearing.
 */

const DATE_PATTERN = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** '' → null; a recognised date → `YYYY-MM-DD`; anything else unchanged. */
export function normalizeDateInput(text: string): string | null {
  // NFKC turns full-width digits and punctuation (２０２３／１／１０) into ASCII.
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') return null;
  const match = DATE_PATTERN.exec(trimmed);
  if (!match) return text;
  const [, year = '', month = '', day = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A year as typed: 「2022」, 「２０２２」 or 「2022年」; NaN when not a number (the schema says so). */
export function normalizeYearInput(text: string): number {
  const trimmed = text.normalize('NFKC').trim().replace(/年$/, '');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}
