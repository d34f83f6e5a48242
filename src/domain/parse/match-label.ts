/**
 * Matching a printed label (possibly with group labels, header words or stray fragments before
 * it) against the template's labels: exact ending first, then a label cut by a line break, then
 * the closest label by similarity.
 */
import {
  bigramSimilarity,
  labelBigrams,
  labelKey,
  similarityBound,
  type LabelBigrams,
} from './normalize-text';

export interface LabelCandidate<T> {
  id: T;
  /** The template label, as declared. */
  label: string;
}

export interface LabelMatch<T> {
  id: T;
  /** exact: the printed text ends with the label; cut: it ends with the label's beginning; close: similar. */
  how: 'exact' | 'cut' | 'close';
  /** The template label matched. */
  label: string;
}

/** A candidate's key and bigrams, built once per candidate object (candidates are declared once). */
const prepared = new WeakMap<object, LabelBigrams>();
function keyOf(candidate: LabelCandidate<unknown>): LabelBigrams {
  let grams = prepared.get(candidate);
  if (!grams) {
    grams = labelBigrams(labelKey(candidate.label));
    prepared.set(candidate, grams);
  }
  return grams;
}

/** The bigrams of a printed key's endings, built once per length. */
function endings(key: string): (length: number) => LabelBigrams {
  const byLength = new Map<number, LabelBigrams>();
  return (length) => {
    let grams = byLength.get(length);
    if (!grams) {
      grams = labelBigrams(key.slice(-length));
      byLength.set(length, grams);
    }
    return grams;
  };
}

const MIN_CUT = 8;
const MIN_SIMILARITY = 0.6;

export function matchLabel<T>(
  printed: string,
  candidates: readonly LabelCandidate<T>[],
): LabelMatch<T> | null {
  const key = labelKey(printed);
  if (!key) return null;
  let best: { candidate: LabelCandidate<T>; length: number } | null = null;
  for (const candidate of candidates) {
    const k = keyOf(candidate).key;
    if (key.endsWith(k) && (!best || k.length > best.length))
      best = { candidate, length: k.length };
  }
  if (best) return { id: best.candidate.id, how: 'exact', label: best.candidate.label };

  for (const candidate of candidates) {
    const k = keyOf(candidate).key;
    for (let length = Math.min(key.length, k.length - 1); length >= MIN_CUT; length--) {
      if (key.endsWith(k.slice(0, length))) {
        if (!best || length > best.length) best = { candidate, length };
        break;
      }
    }
  }
  if (best) return { id: best.candidate.id, how: 'cut', label: best.candidate.label };

  const ending = endings(key);
  let closest: { candidate: LabelCandidate<T>; score: number } | null = null;
  for (const candidate of candidates) {
    const k = keyOf(candidate);
    let score = 0;
    for (let extra = -3; extra <= 3; extra++) {
      const length = k.key.length + extra;
      if (length < 2) continue;
      const shown = Math.min(length, key.length);
      if (similarityBound(shown, k.key.length) <= score) continue;
      score = Math.max(score, bigramSimilarity(ending(length), k));
    }
    if (!closest || score > closest.score) closest = { candidate, score };
  }
  return closest && closest.score >= MIN_SIMILARITY
    ? { id: closest.candidate.id, how: 'close', label: closest.candidate.label }
    : null;
}

/** The template label closest to a printed one (for the account), with its similarity. */
export function closestLabel<T>(
  printed: string,
  candidates: readonly LabelCandidate<T>[],
): { label: string; score: number } | null {
  const ending = endings(labelKey(printed));
  let closest: { label: string; score: number } | null = null;
  for (const candidate of candidates) {
    const k = keyOf(candidate);
    const score = bigramSimilarity(ending(k.key.length), k);
    if (!closest || score > closest.score) closest = { label: candidate.label, score };
  }
  return closest;
}

/**
 * The part of a printed label worth quoting in a message: from its last item number
 * (「2.」「（三）」) on, or its last characters, without the group labels and header words that
 * run into it in a table read as text.
 */
export function printedLabelTail(printed: string, templateLabel: string): string {
  const text = printed.replace(/\s+/g, '');
  const numbering = [...text.matchAll(/\d{1,2}[.、．]|[（(][一二三四五六七][）)]/g)].at(-1);
  if (numbering?.index !== undefined) return text.slice(numbering.index);
  return text.slice(-Math.max(templateLabel.length, 2));
}
