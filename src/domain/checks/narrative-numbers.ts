/**
 * The numbers a narrative states about the tables, e.g. 「收到政府信息公开申请190件」,
 * 「上年结转10件」, 「办结198件」, 「结转下年度继续办理2件」, 「被申请行政复议3起」,
 * 「未发生行政复议、行政诉讼案件」 (0), 「制发行政规范性文件3件」,
 * 「行政事业性收费7545万元」.
 *
 * The phrasing is matched strictly: a verb or subject, then only the few filler words such
 * sentences use (「政府信息公开」「申请」「共计」…), then the number and a counting unit. A number
 * that clearly counts something else (「主动公开政府信息42条」, 「其中予以公开50件」) is never
 * read as an application count. Statements in a clause that narrows the scope (「其中」, a
 * channel such as 「网上」, a comparison 「同比」) or in a sentence about another year
 * (「2023年收到申请50件」 in a 2024 report) are skipped.
 */
import { normalizeForNumbers, parseNumberToken } from './chinese-numerals';

/** What a stated number is about; each maps to table cells in text-rules. */
export type NarrativeQuantity =
  | 'newReceived'
  | 'carriedOver'
  | 'resultTotal'
  | 'carriedForward'
  | 'review'
  | 'litigation'
  | 'rules.issued'
  | 'rules.repealed'
  | 'rules.inForce'
  | 'normativeDocuments.issued'
  | 'normativeDocuments.repealed'
  | 'normativeDocuments.inForce'
  | 'feesWan';

export interface NarrativeStatement {
  readonly quantity: NarrativeQuantity;
  /** The number stated; for feesWan converted to 万元. */
  readonly value: number;
  /** For feesWan, the unit the text used. */
  readonly unit: '件' | '元' | '万元' | '亿元';
  /** The phrase as matched (spaces removed), quoted in messages. */
  readonly phrase: string;
  /** Position in the normalised text, for ordering. */
  readonly index: number;
  /** How far the table may differ and still agree (a rounded amount); 0 for counts. */
  readonly tolerance: number;
}

const NUM = String.raw`(?<![\d.])(?<!\d,)(?<num>\d{1,3}(?:,\d{3})+(?!\d)|\d+|[零〇一二两三四五六七八九十百千万]+)`;
const UNIT = '[件起宗个份部]';
const APP = '(?:政府信息公开|信息公开|依申请公开|公开)?申请';
const QTY = '(?:共计|合计|总计|总数为|数量为|共有|共|为|达)?';
const DOC = {
  rules: '(?:政府)?规章(?!制度)',
  normativeDocuments: '(?:行政)?规范性文件',
} as const;
const CASES = '(?:案件|申请|案)?';
/**
 * What may not follow 「未…行政复议」: an outcome (「未被行政复议纠错」 says nothing about the
 * count) or a number (「未公开的信息被申请行政复议2件」 states 2, not 0).
 */
const NOT_OUTCOME =
  '(?!纠错|纠正|撤销|败诉|确认违法|维持|(?:案件|申请|案)?(?:共计|合计|共|为)?[\\d零〇一二两三四五六七八九十])';

interface PatternDef {
  /** The quantities the match states (two for 「行政复议、行政诉讼均为0件」). */
  readonly quantities: readonly NarrativeQuantity[];
  readonly regex: RegExp;
  /** True when the match states 0 without a number (「未收到政府信息公开申请」). */
  readonly negation?: boolean;
}

function p(
  quantities: NarrativeQuantity | readonly NarrativeQuantity[],
  source: string,
  negation = false,
): PatternDef {
  return {
    quantities: typeof quantities === 'string' ? [quantities] : quantities,
    regex: new RegExp(source, 'g'),
    negation,
  };
}

function documentPatterns(kind: 'rules' | 'normativeDocuments'): PatternDef[] {
  const doc = DOC[kind];
  return [
    p(`${kind}.issued`, `(?:新制定|制发|出台|印发|制定|发布)了?的?${doc}${QTY}${NUM}${UNIT}`),
    p(`${kind}.issued`, `${doc}(?:本年)?制发(?:件数)?${QTY}${NUM}${UNIT}`),
    p(`${kind}.repealed`, `(?:废止|废除)了?的?${doc}${QTY}${NUM}${UNIT}`),
    p(`${kind}.repealed`, `${doc}(?:本年)?废止(?:件数)?${QTY}${NUM}${UNIT}`),
    p(`${kind}.inForce`, `现行有效的?${doc}${QTY}${NUM}${UNIT}`),
    p(`${kind}.inForce`, `${doc}现行有效(?:件数)?${QTY}${NUM}${UNIT}`),
  ];
}

const PATTERNS: readonly PatternDef[] = [
  p(
    'newReceived',
    `(?:新收|收到|接收|受理|接到|收悉)(?:各类)?${APP}(?:数量|总数)?${QTY}${NUM}${UNIT}`,
  ),
  p('newReceived', `依申请公开(?:申请|事项)?${QTY}${NUM}${UNIT}`),
  p('newReceived', `(?:未|没有)(?:收到|接到|受理)(?:任何)?${APP}`, true),
  p('carriedOver', `(?:上一?年度?|去年)共?结转的?(?:${APP})?(?:数量)?${QTY}${NUM}${UNIT}`),
  p('carriedOver', `结转上一?年度?的?(?:${APP})?${QTY}${NUM}${UNIT}`),
  p('resultTotal', `(?:办结|办理完毕|办理完结|答复办结)了?(?:${APP})?(?:数量)?${QTY}${NUM}${UNIT}`),
  p('resultTotal', `(?:予以|作出|已)答复(?:${APP})?${QTY}${NUM}${UNIT}`),
  p(
    'carriedForward',
    `结转(?:至|到)?下一?年度?(?:继续办理|办理)?的?(?:${APP})?${QTY}${NUM}${UNIT}`,
  ),
  p('carriedForward', `${NUM}${UNIT}(?:${APP})?需?结转(?:至|到)?下一?年度?`),
  p(
    ['review', 'litigation'],
    `行政复议[、和及与]行政诉讼${CASES}(?:均为|均|各|都为|都是)${NUM}${UNIT}`,
  ),
  p('review', `(?:被申请|申请|提起|发生|收到|涉及|受理)?行政复议${CASES}${QTY}${NUM}${UNIT}`),
  p('review', `${NUM}${UNIT}(?:政府信息公开)?行政复议`),
  p(
    'litigation',
    `(?:被提起|提起|发生|涉及|被诉)?(?<!行政复议[、和及与])行政诉讼${CASES}${QTY}${NUM}${UNIT}`,
  ),
  p('litigation', `${NUM}${UNIT}(?:政府信息公开)?行政诉讼`),
  p(
    ['review', 'litigation'],
    `(?:未|没有)(?:发生|产生|出现|收到|涉及|被提起|被申请)?[^。；;，,！？!?]{0,25}?行政(?:复议|诉讼)(?:[、和及与或]行政(?:复议|诉讼))?${NOT_OUTCOME}`,
    true,
  ),
  p(
    ['review', 'litigation'],
    `无(?:因政府信息公开(?:引起|引发|产生)的)?行政(?:复议|诉讼)(?:[、和及与或]行政(?:复议|诉讼))?(?=案件|情况|事项|发生|[。；;，,]|$)`,
    true,
  ),
  ...documentPatterns('rules'),
  ...documentPatterns('normativeDocuments'),
];

const FEE_PATTERN =
  /行政事业性收费(?:金额|总额|收入)?(?:共计|合计|总计|共|为|达)?(?<![\d.])(?<amount>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)(?<unit>亿元|万元|元)/g;

/** Clause words that narrow a count to a part (其中, a channel) or compare it with another. */
const NARROWING =
  /其中|通过|网上|网络|信函|当面|传真|邮寄|同比|较上年|较去年|比上年|上年同期|增长|减少/;
const CLAUSE_BREAK = /[，,。；;：:！？!?]/;
const SENTENCE_BREAK = /[。；;！？!?]/;
const YEAR_MENTION = /(20\d\d)年/g;

/** How far back a clause or sentence is looked at (bounds the work on unpunctuated text). */
const LOOK_BACK = 200;

function precedingSince(text: string, index: number, breaks: RegExp): string {
  let start = index;
  const limit = Math.max(0, index - LOOK_BACK);
  while (start > limit && !breaks.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start, index);
}

/** False when the statement at `index` belongs to a narrowed clause or to another year. */
function inScope(text: string, index: number, year: number): boolean {
  if (NARROWING.test(precedingSince(text, index, CLAUSE_BREAK))) return false;
  let lastYear: number | null = null;
  for (const m of precedingSince(text, index, SENTENCE_BREAK).matchAll(YEAR_MENTION)) {
    lastYear = Number(m[1]);
  }
  return lastYear === null || lastYear === year;
}

interface Candidate {
  readonly statement: NarrativeStatement;
  /** Where the number sits; null for a negation, which states 0 without one. */
  readonly numberAt: number | null;
}

function extract(text: string, year: number): NarrativeStatement[] {
  const normalized = normalizeForNumbers(text);
  const candidates: Candidate[] = [];
  for (const def of PATTERNS) {
    for (const m of normalized.matchAll(def.regex)) {
      if (!inScope(normalized, m.index, year)) continue;
      const token = m.groups?.num;
      const value = def.negation ? 0 : token === undefined ? null : parseNumberToken(token);
      if (value === null) continue;
      const numberAt =
        def.negation || token === undefined ? null : m.index + m[0].lastIndexOf(token);
      const quantities = def.negation
        ? def.quantities.filter((q) =>
            m[0].includes(q === 'review' ? '复议' : q === 'litigation' ? '诉讼' : '申请'),
          )
        : def.quantities;
      for (const quantity of quantities) {
        candidates.push({
          statement: { quantity, value, unit: '件', phrase: m[0], index: m.index, tolerance: 0 },
          numberAt,
        });
      }
    }
  }
  for (const m of normalized.matchAll(FEE_PATTERN)) {
    const amount = m.groups?.amount;
    const unit = m.groups?.unit;
    if (amount === undefined || (unit !== '元' && unit !== '万元' && unit !== '亿元')) continue;
    if (!inScope(normalized, m.index, year)) continue;
    const raw = parseNumberToken(amount);
    if (raw === null) continue;
    const toWan = unit === '元' ? 1 / 10_000 : unit === '亿元' ? 10_000 : 1;
    const decimals = amount.includes('.') ? amount.length - amount.indexOf('.') - 1 : 0;
    const tolerance = 0.5 * 10 ** -decimals * toWan + 1e-9;
    candidates.push({
      statement: {
        quantity: 'feesWan',
        value: raw * toWan,
        unit,
        phrase: m[0],
        index: m.index,
        tolerance,
      },
      numberAt: null,
    });
  }

  // A number belongs to the subject whose phrase reaches furthest left: 「办结依申请公开申请5件」
  // is a completion, not a receipt.
  const owner = new Map<number, number>();
  for (const c of candidates) {
    if (c.numberAt === null) continue;
    const start = owner.get(c.numberAt);
    if (start === undefined || c.statement.index < start) owner.set(c.numberAt, c.statement.index);
  }
  const seen = new Set<string>();
  const result: NarrativeStatement[] = [];
  for (const c of candidates) {
    if (c.numberAt !== null && owner.get(c.numberAt) !== c.statement.index) continue;
    const key = `${c.statement.quantity}@${c.numberAt ?? `n${c.statement.index}`}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(c.statement);
  }
  return result.sort((a, b) => a.index - b.index);
}

/** Last texts read, so that typing in one section does not re-read the others. */
const cache = new Map<string, readonly NarrativeStatement[]>();
const CACHE_SIZE = 16;

/** The numbers `text` states about the tables of a report on `year`, in text order. */
export function extractNarrativeNumbers(text: string, year: number): readonly NarrativeStatement[] {
  if (text.length === 0) return [];
  const key = `${year}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const statements = extract(text, year);
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, statements);
  return statements;
}
