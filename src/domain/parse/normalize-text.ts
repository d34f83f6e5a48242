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

/**
 * Folds what differs only in form: full-width ASCII (digits, letters, （）：，) to ASCII, quotes
 * to `"`, dashes to `-`, 〔〕【】 to [], every kind of space and line break to one space; trims.
 */
export function normalizeText(text: string): string {
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

/** Bigram similarity (Dice coefficient) of two label keys, 0–1. */
export function labelSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const bigrams = (s: string): Map<string, number> => {
    const map = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) {
      const gram = s.slice(i, i + 2);
      map.set(gram, (map.get(gram) ?? 0) + 1);
    }
    return map;
  };
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  for (const [gram, count] of left) shared += Math.min(count, right.get(gram) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}
