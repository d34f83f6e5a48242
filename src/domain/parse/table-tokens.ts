/**
 * A table region read as a stream of labels and values in printed order, whatever the source:
 * the cells of HTML/Word tables (merged copies skipped), or the words of text lines (a copied
 * page with one cell per line, a PDF row with its cells side by side). Consecutive labels join
 * into one, so that a label split over lines or cells reads whole.
 */
import { readCellValue } from './cell-value';
import { cleanText } from './normalize-text';
import type { Block } from './reading';

export type TableToken =
  { kind: 'label'; text: string } | { kind: 'value'; value: number; blank: boolean; raw: string };

function wordsOf(text: string): TableToken[] {
  const tokens: TableToken[] = [];
  for (const word of cleanText(text).split(/\s+/)) {
    if (!word) continue;
    const value = readCellValue(word);
    if (value.kind === 'number')
      tokens.push({ kind: 'value', value: value.value, blank: false, raw: word });
    else if (value.kind === 'blank' && word !== '无')
      tokens.push({ kind: 'value', value: 0, blank: true, raw: word });
    else tokens.push({ kind: 'label', text: word });
  }
  return tokens;
}

/** The tokens of blocks, labels merged. Only tables are read when the region holds one or more. */
export function tokenizeTableRegion(blocks: readonly Block[]): TableToken[] {
  const hasTable = blocks.some((b) => b.kind === 'table');
  const raw: TableToken[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (!hasTable) raw.push(...wordsOf(block.text));
      continue;
    }
    for (const row of block.rows) {
      const origins = row.filter((c) => !c.merged);
      // A blank cell is a value only in a row that has numbers: an empty header corner is not.
      const rowHasNumber = origins.some((c) => readCellValue(c.text).kind === 'number');
      for (const cell of origins) {
        const value = readCellValue(cell.text);
        if (value.kind === 'number')
          raw.push({ kind: 'value', value: value.value, blank: false, raw: cell.text });
        else if (value.kind === 'blank') {
          if (rowHasNumber) raw.push({ kind: 'value', value: 0, blank: true, raw: value.raw });
        } else raw.push(...wordsOf(cell.text));
      }
    }
  }
  const merged: TableToken[] = [];
  for (const token of raw) {
    const previous = merged.at(-1);
    if (token.kind === 'label' && previous?.kind === 'label') previous.text += token.text;
    else merged.push(token.kind === 'label' ? { ...token } : token);
  }
  return merged;
}

/** A label followed by the values printed after it (the label is '' when none precedes). */
export interface ValueRun {
  label: string;
  values: Extract<TableToken, { kind: 'value' }>[];
}

/** Groups tokens into runs of values, each with the label before it; a trailing label has none. */
export function valueRuns(tokens: readonly TableToken[]): ValueRun[] {
  const runs: ValueRun[] = [];
  let label = '';
  let current: ValueRun | null = null;
  for (const token of tokens) {
    if (token.kind === 'label') {
      current = null;
      label = token.text;
      continue;
    }
    if (!current) {
      current = { label, values: [] };
      runs.push(current);
      label = '';
    }
    current.values.push(token);
  }
  if (label) runs.push({ label, values: [] });
  return runs;
}
