/**
 * Pasting a block copied from Excel or WPS (tab-separated lines) into a table editor. The
 * block is checked whole before anything changes: one cell that is not a number, or a block
 * that does not fit, refuses the paste with one message naming the cells. Blocks that cover
 * derived cells (总计 column, （七）总计 row) are accepted as copied from the printed template:
 * those values are not pasted but compared with what the table computes.
 */
import {
  describeCellTextProblem,
  parseCellText,
  type CellTextProblem,
} from '@/domain/parse/parse-count';
import type { LayoutCell, TableLayout } from './table-layout';

/** Refused cells named in one message before 「等N处」. */
const NAMED_LIMIT = 3;

/**
 * The cells of a clipboard text, or null when it is a single value (no tab or line break),
 * which the focused input takes as typed text. Handles CRLF, LF and CR, and the line break
 * spreadsheets add after the last row.
 */
export function splitPasteText(text: string): string[][] | null {
  const trimmed = text.replace(/(\r\n|\r|\n)+$/, '');
  if (!/[\t\r\n]/.test(trimmed)) return null;
  return trimmed.split(/\r\n|\r|\n/).map((line) => line.split('\t'));
}

export interface PastedDerivedCell {
  cell: LayoutCell;
  /** The number found in the block (null for a blank). */
  value: number | null;
}

export type PastePlan =
  | {
      ok: true;
      /** Cells to set, in reading order. */
      updates: { path: string; value: number | null }[];
      /** Derived cells the block covered: compare, never set. */
      derived: PastedDerivedCell[];
      rows: number;
      columns: number;
    }
  | { ok: false; message: string };

/**
 * Where each value of `block` goes when pasted with its top-left at `anchorPath`. Blank cells
 * and 「/」「-」 become blank (null), not 0: the no-blank-cells check then asks for a 0 where a
 * published table needs one. Lines shorter than the block count their missing cells as blank.
 */
export function planPaste(layout: TableLayout, anchorPath: string, block: string[][]): PastePlan {
  const anchor = layout.byPath.get(anchorPath);
  if (!anchor) return { ok: false, message: '请先选中要粘贴到的单元格。' };
  const height = block.length;
  const width = Math.max(...block.map((line) => line.length));
  const fits =
    anchor.row + height <= layout.rows.length &&
    block.every((_, i) => anchor.column + width <= (layout.rows[anchor.row + i]?.length ?? 0));
  if (!fits) {
    const labels = /[^\d\s,，.．/／\-－—]/.test(block.map((l) => l[0] ?? '').join(''));
    return {
      ok: false,
      message:
        `粘贴的内容有${height}行${width}列，从“${anchor.cell.name}”起放不下，未粘贴。` +
        (labels
          ? '复制时似乎带上了行名称，请只复制数字部分。'
          : '请选中能容纳整块数据的左上角单元格后再粘贴。'),
    };
  }

  const refused: { cell: LayoutCell; text: string; problem: CellTextProblem }[] = [];
  const updates: { path: string; value: number | null }[] = [];
  const derived: PastedDerivedCell[] = [];
  block.forEach((line, i) => {
    const cells = layout.rows[anchor.row + i] ?? [];
    for (let j = 0; j < width; j++) {
      const cell = cells[anchor.column + j];
      if (!cell) continue;
      const text = line[j] ?? '';
      const parsed = parseCellText(text, cell.kind);
      if (!parsed.ok) refused.push({ cell, text, problem: parsed.problem });
      else if (cell.derived) derived.push({ cell, value: parsed.value });
      else updates.push({ path: cell.path, value: parsed.value });
    }
  });
  if (refused.length > 0) {
    const named = refused
      .slice(0, NAMED_LIMIT)
      .map((r) => `${r.cell.place}的${describeCellTextProblem(r.text, r.problem, r.cell.kind)}`)
      .join('；');
    const more = refused.length > NAMED_LIMIT ? `等${refused.length}处` : '';
    return { ok: false, message: `${named}${more}，整块未粘贴。请改正后重新复制粘贴。` };
  }
  return { ok: true, updates, derived, rows: height, columns: width };
}

/**
 * A note about pasted totals that differ from the computed ones (they are not taken over: the
 * table always shows its own sums), or null when they agree.
 */
export function describeDerivedMismatches(
  derived: readonly PastedDerivedCell[],
  computed: (path: string) => number | null,
): string | null {
  const differing = derived.filter((d) => d.value !== null && computed(d.cell.path) !== d.value);
  if (differing.length === 0) return null;
  const named = differing
    .slice(0, NAMED_LIMIT)
    .map((d) => `${d.cell.place}粘贴为${d.value}，计算为${computed(d.cell.path) ?? '空'}`)
    .join('；');
  const more = differing.length > NAMED_LIMIT ? `等${differing.length}处` : '';
  return `粘贴内容中的合计与各项之和不一致（${named}${more}），表格按各项之和计算，请核对原表。`;
}
