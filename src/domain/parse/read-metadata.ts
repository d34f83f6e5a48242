/**
 * The report's identity from a published page: agency and year from the title, the portal's
 * publication date from its header, the signature (落款) at the end, and the agency kind
 * inferred from the name (a guess, always reported).
 */
import type { AgencyKind } from '../report/report-schema';
import { normalizeText } from './normalize-text';

const TITLE_WORDS = '政府信息公开工作年度报告';

/** Chinese numerals in dates: 二〇二三年一月十日. */
const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  O: 0,
  o: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (/^[〇零Oo一二三四五六七八九]{4}$/.test(text))
    return Number([...text].map((c) => CN_DIGITS[c] ?? 0).join(''));
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || !text) return null;
  if (!match[2]) return match[1] ? (CN_DIGITS[match[1]] ?? null) : null;
  return (
    (match[1] ? (CN_DIGITS[match[1]] ?? 0) : 1) * 10 + (match[3] ? (CN_DIGITS[match[3]] ?? 0) : 0)
  );
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE_NUMBER = '(\\d{1,4}|[〇零Oo一二三四五六七八九十]{1,4})';

/** A date anywhere in the text: 2023-01-10, 2023/1/10, 2023.1.10, 2023年1月10日, 二〇二三年一月十日. */
export function findDate(text: string): string | null {
  const t = normalizeText(text).replace(/\s+/g, '');
  const numeric = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(t);
  if (numeric) return isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const written = new RegExp(`${DATE_NUMBER}年${DATE_NUMBER}月${DATE_NUMBER}日`).exec(t);
  if (!written) return null;
  const [y, m, d] = [written[1], written[2], written[3]].map((p) => chineseNumber(p ?? ''));
  return y && m && d && y > 1900 ? isoDate(y, m, d) : null;
}

/** True for a line that is only a date (a signature's date line). */
export function isDateLine(text: string): boolean {
  const t = normalizeText(text).replace(/\s+/g, '');
  return (
    new RegExp(`^${DATE_NUMBER}年${DATE_NUMBER}月${DATE_NUMBER}日$`).test(t) ||
    /^\d{4}-\d{1,2}-\d{1,2}$/.test(t)
  );
}

export interface TitleReading {
  agency: string;
  year: number;
}

/** Agency and year from a title line; agency '' when the title prints none (it may be the line above). */
export function readTitle(text: string): TitleReading | null {
  const t = normalizeText(text).replace(/_.*$/, '').replace(/\s+/g, '');
  if (!t.includes(TITLE_WORDS) || t.length > 80) return null;
  const patterns = [
    /^(.*?)(\d{4})年度?政府信息公开工作年度报告/,
    /^(\d{4})年度?(.*?)政府信息公开工作年度报告/,
    /^(.*?)政府信息公开工作年度报告[([]?(\d{4})年度?[)\]]?/,
  ];
  for (const [i, pattern] of patterns.entries()) {
    const match = pattern.exec(t);
    if (!match) continue;
    const year = Number(i === 1 ? match[1] : match[2]);
    const agency = (i === 1 ? match[2] : match[1]) ?? '';
    if (year >= 2008 && year <= 2100) return { agency: cleanAgency(agency), year };
  }
  return null;
}

/** An agency name as printed, without quotes or brackets around it. */
export function cleanAgency(text: string): string {
  return normalizeText(text)
    .replace(/\s+/g, '')
    .replace(/^["《<]+|["》>]+$/g, '');
}

/** A short line that can be an agency name (title line above the year, signature line). */
export function looksLikeAgency(text: string): boolean {
  const t = normalizeText(text).replace(/\s+/g, '');
  return t.length >= 2 && t.length <= 40 && !/[。，,;；:：!?！？]/.test(t) && !/^\d/.test(t);
}

/** The publication date from a portal header line (发布时间, 发布日期, 时间). */
export function readPublishedAt(text: string): string | null {
  const t = normalizeText(text);
  const match = /(?<!成文|生成)(?:发布时间|发布日期|时间|日期)\s*:\s*(.*)$/.exec(t);
  return match ? findDate(match[1] ?? '') : null;
}

/**
 * The agency kind a name suggests: a 人民政府 (or an area's 管委会, or a bare place name) is
 * a 县级以上地方人民政府; anything else (局, 委, 办, 中心…) a 部门. A guess, to be confirmed.
 */
export function guessAgencyKind(agency: string): AgencyKind {
  const name = normalizeText(agency).replace(/\s+/g, '');
  if (/人民政府$/.test(name) || /(?:管理委员会|管委会)$/.test(name)) return 'government';
  if (
    /(?:省|市|县|区|州|旗|盟|自治区|自治州|自治县|实验区|新区|开发区)$/.test(name) &&
    !/(?:办公室|局|委|厅|部|中心|所|站|院|队)/.test(name)
  )
    return 'government';
  return 'department';
}
