/** Small readings of narrative text for the writing aids beside a section. */
import { OVERVIEW_TOPICS } from '@/domain/report/sections';

/**
 * Characters as a word processor's 字数 counts them for Chinese text: every character except
 * white space (line breaks, spaces, full-width spaces), surrogate pairs counted once.
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (const char of text) if (!/\s/u.test(char)) count++;
  return count;
}

/** Local notices often ask 总体情况 to stay within this many characters. */
export const OVERVIEW_SOFT_LIMIT = 1000;

/** Ids of the five 总体情况 topics the text mentions (by the declared keywords). */
export function coveredOverviewTopics(text: string): Set<(typeof OVERVIEW_TOPICS)[number]['id']> {
  return new Set(
    OVERVIEW_TOPICS.filter((topic) => topic.keywords.some((k) => text.includes(k))).map(
      (topic) => topic.id,
    ),
  );
}

/**
 * Where a sentence goes when inserted: at the caret when the user has placed one, otherwise
 * as a new paragraph at the end (paragraphs are separated by a blank line).
 */
export function insertText(
  current: string,
  sentence: string,
  caret: { start: number; end: number } | null,
): { text: string; caret: number } {
  if (caret) {
    const start = Math.max(0, Math.min(caret.start, current.length));
    const end = Math.max(start, Math.min(caret.end, current.length));
    return {
      text: current.slice(0, start) + sentence + current.slice(end),
      caret: start + sentence.length,
    };
  }
  const separator =
    current.trim() === '' || /\n[ \u3000]*\n[ \u3000]*$/u.test(current)
      ? ''
      : current.endsWith('\n')
        ? '\n'
        : '\n\n';
  const text = current + separator + sentence;
  return { text, caret: text.length };
}
