/**
 * Matching a printed label (possibly with group labels, header words or stray fragments before
 * it) against the template's labels: exact ending first, then a label cut by a line break, then
 * the closest label by similarity.
 */
import { labelKey, labelSimilarity } from './normalize-text';

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
    const k = labelKey(candidate.label);
    if (key.endsWith(k) && (!best || k.length > best.length))
      best = { candidate, length: k.length };
  }
  if (best) return { id: best.candidate.id, how: 'exact', label: best.candidate.label };

  for (const candidate of candidates) {
    const k = labelKey(candidate.label);
    for (let length = Math.min(key.length, k.length - 1); length >= MIN_CUT; length--) {
      if (key.endsWith(k.slice(0, length))) {
        if (!best || length > best.length) best = { candidate, length };
        break;
      }
    }
  }
  if (best) return { id: best.candidate.id, how: 'cut', label: best.candidate.label };

  let closest: { candidate: LabelCandidate<T>; score: number } | null = null;
  for (const candidate of candidates) {
    const k = labelKey(candidate.label);
    let score = 0;
    for (let extra = -3; extra <= 3; extra++) {
      const length = k.length + extra;
      if (length < 2) continue;
      score = Math.max(score, labelSimilarity(key.slice(-length), k));
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
  const key = labelKey(printed);
  let closest: { label: string; score: number } | null = null;
  for (const candidate of candidates) {
    const k = labelKey(candidate.label);
    const score = labelSimilarity(key.slice(-k.length), k);
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
