/**
 * The one text normaliser. Published reports mix full-width and ASCII digits and punctuation,
 * curly and corner quotes, no-break and ideographic spaces, and line breaks inside labels; every
 * comparison of printed text with the template's labels goes through these functions so that
 * 「（一）予以公开」, 「(一)予以公开」 and 「( 一 ) 予以公开」 are the same label.
 */

/** Quotes of every shape folded to one ASCII double quote. */
const QUOTES = /[“”„‟「」『』〝〞〟＂‘’‚‛＇]/g;
/** Dashes and minus signs folded to an ASCII hyphen. */
const DASHES = /[‐‑‒–—―−－﹣]/g;
/** Spaces that are not ASCII (no-break, ideographic, thin, …). */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Characters that take no room and only disturb comparisons. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Anything `normalizeText` changes besides trimming (white space other than single spaces). */
const NEEDS_FOLDING =
  /[\u200b-\u200d\u2060\ufeff\u00ad\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\uff01-\uff5e“”„‟「」『』〝〞〟＂‘’‚‛＇‐‑‒–—―−－﹣〔【［〕】］．]|[^\S ]| {2}/;

/**
 * Folds what differs only in form: full-width ASCII (digits, letters, （）：，) to ASCII, quotes
 * to `"`, dashes to `-`, 〔〕【】 to [], every kind of space and line break to one space; trims.
 */
export function normalizeText(text: string): string {
  // Most text read from a report has nothing to fold: one scan instead of nine replacements.
  if (!NEEDS_FOLDING.test(text)) return text.trim();
  return text
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/[〔【［]/g, '[')
    .replace(/[〕】］]/g, ']')
    .replace(/．/g, '.')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The key under which a label is compared: normalised, with every space removed, an item number
 * 「1、」 written 「1.」 and trailing colons dropped. 「（三）不予公开 1、属于国家秘密」 and
 * 「(三)不予公开1.属于国家秘密」 have the same key.
 */
export function labelKey(text: string): string {
  return normalizeText(text)
    .replace(/\s+/g, '')
    .replace(/(^|[^\d])(\d{1,2})[、,]/g, '$1$2.')
    .replace(/[:;]+$/, '');
}

/**
 * Text kept as written (narrative paragraphs, names) with only what no reader can see cleaned:
 * invisible characters removed, odd spaces made ordinary, runs of spaces collapsed, trimmed.
 */
export function cleanText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** A label key's bigrams, counted: built once per key and compared many times. */
export interface LabelBigrams {
  key: string;
  grams: ReadonlyMap<string, number>;
  /** Number of bigrams (key length − 1, or 0). */
  size: number;
}

export function labelBigrams(key: string): LabelBigrams {
  const grams = new Map<string, number>();
  for (let i = 0; i < key.length - 1; i++) {
    const gram = key.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return { key, grams, size: Math.max(key.length - 1, 0) };
}

/**
 * The highest similarity two keys of these lengths can have: all of the shorter one's bigrams
 * shared. A comparison that cannot beat a score already found can be skipped.
 */
export function similarityBound(a: number, b: number): number {
  if (a < 2 || b < 2) return 0;
  return (2 * Math.min(a - 1, b - 1)) / (a - 1 + (b - 1));
}

/** Bigram similarity (Dice coefficient) of two label keys' bigrams, 0–1. */
export function bigramSimilarity(a: LabelBigrams, b: LabelBigrams): number {
  if (a.key === b.key) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [gram, count] of small.grams) shared += Math.min(count, large.grams.get(gram) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

/** Bigram similarity (Dice coefficient) of two label keys, 0–1. */
export function labelSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  return bigramSimilarity(labelBigrams(a), labelBigrams(b));
}
