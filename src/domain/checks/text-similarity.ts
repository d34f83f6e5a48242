/**
 * How much of this year's text repeats last year's, for problems-present (evaluators penalise
 * a 「存在的主要问题及改进情况」 copied from the year before).
 *
 * Sentence level: both texts are cut into sentences (at 。！？； and line breaks); digits become
 * one placeholder so that a copied sentence with only the year changed still counts as copied.
 * A sentence of this year repeats last year's when their character bigrams overlap with a Dice
 * coefficient of at least 0.8 (an identical sentence scores 1; a few words changed stay above).
 * The result is the share of this year's characters that lie in repeated sentences, so a long
 * copied paragraph weighs more than a short copied heading. Bigrams of common words alone
 * (「政府信息公开」) never make two different sentences similar at this threshold.
 */

/** Dice coefficient at or above which two sentences count as the same sentence. */
export const SENTENCE_SIMILARITY = 0.8;

/** Sentences shorter than this (headings such as 「（一）存在的主要问题」) are not weighed. */
const MIN_SENTENCE_LENGTH = 6;

interface Sentence {
  readonly length: number;
  readonly bigrams: ReadonlySet<string>;
}

function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  for (const raw of text.split(/[。！？!?；;\n]+/)) {
    const clean = raw
      .replace(/[\s\u00a0\u3000，,、：:“”"‘’'（）()《》〈〉【】]/g, '')
      .replace(/\d+/g, '#');
    if (clean.length < MIN_SENTENCE_LENGTH) continue;
    const bigrams = new Set<string>();
    for (let i = 0; i + 1 < clean.length; i += 1) bigrams.add(clean.slice(i, i + 2));
    result.push({ length: clean.length, bigrams });
  }
  return result;
}

function dice(a: Sentence, b: Sentence): number {
  const [small, large] = a.bigrams.size <= b.bigrams.size ? [a, b] : [b, a];
  if (small.bigrams.size === 0) return 0;
  let shared = 0;
  for (const bigram of small.bigrams) if (large.bigrams.has(bigram)) shared += 1;
  return (2 * shared) / (a.bigrams.size + b.bigrams.size);
}

/** Share (0–1) of `current`'s characters in sentences repeated from `previous`. */
export function repetitionRatio(current: string, previous: string): number {
  const now = sentences(current);
  const before = sentences(previous);
  let total = 0;
  let repeated = 0;
  for (const sentence of now) {
    total += sentence.length;
    if (before.some((old) => dice(sentence, old) >= SENTENCE_SIMILARITY))
      repeated += sentence.length;
  }
  return total === 0 ? 0 : repeated / total;
}

let last: { current: string; previous: string; ratio: number } | null = null;

/** `repetitionRatio`, remembering the last pair (the checks run on every keystroke). */
export function cachedRepetitionRatio(current: string, previous: string): number {
  if (last && last.current === current && last.previous === previous) return last.ratio;
  const ratio = repetitionRatio(current, previous);
  last = { current, previous, ratio };
  return ratio;
}
