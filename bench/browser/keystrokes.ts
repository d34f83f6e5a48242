/**
 * Keystroke cost in a 表三 grid: a few hundred single-digit keystrokes spread over all 144 input
 * cells in a fixed random order, each measured by the in-page probe (see keystroke-probe.ts).
 * Each key goes to a cell just focused; in the app, leaving the previous cell saves the draft,
 * and the key is pressed once that save has committed (`settle`), as it would have when a
 * person's next keystroke comes.
 */
import type { Page } from '@playwright/test';
import { seededRandom, shuffled } from '../lib/random';
import {
  BALANCE_LEFT,
  BALANCE_RIGHT_EXTRA,
  COLUMN_IDS,
  INPUT_ROWS,
  RESULT_ROWS,
} from '../pages/grid-shape';
import { installKeystrokeProbe, type KeystrokeSample } from './keystroke-probe';

export interface KeystrokeRun {
  work: number[];
  visible: number[];
  framesLate: number[];
  failures: string[];
}

export interface Cell {
  row: string;
  column: string;
}

/** Every input cell once per pass, in a seeded random order; `count` cells in all. */
export function keystrokePlan(count: number, seed = 2021): Cell[] {
  const random = seededRandom(seed);
  const cells = INPUT_ROWS.flatMap((r) => COLUMN_IDS.map((c) => ({ row: r.id, column: c })));
  const plan: Cell[] = [];
  while (plan.length < count) plan.push(...shuffled(cells, random));
  return plan.slice(0, count);
}

/** A digit different from the cell's current content, so every keystroke changes the total. */
function nextDigit(current: string, i: number): string {
  const now = Number(current) || 0;
  return String((now + 1 + (i % 9)) % 10);
}

/** How the grid under test is typed into. */
export interface TypingOptions {
  /** The page also checks the 总计 column's balance (see ProbeShape). */
  withTotalColumn: boolean;
  /** Marks each keystroke's span under this name (see ProbeShape). */
  mark?: string | null;
  /**
   * Waits, after the next cell got focus and before its key is pressed, for what leaving the
   * previous cell started (the app saves the draft then) to finish, as it has by the time a
   * person's next keystroke comes; otherwise every measured keystroke would land on a save.
   */
  settle?: (page: Page) => Promise<void>;
}

/** Types `plan` into the grid open in `page`; the first `warmup` keystrokes are not recorded. */
export async function typeKeystrokes(
  page: Page,
  plan: readonly Cell[],
  warmup: number,
  options: TypingOptions,
): Promise<KeystrokeRun> {
  const { withTotalColumn, mark = null, settle } = options;
  await page.evaluate(installKeystrokeProbe, {
    left: BALANCE_LEFT,
    right: [...RESULT_ROWS, ...BALANCE_RIGHT_EXTRA],
    columns: COLUMN_IDS,
    withTotalColumn,
    mark,
  });
  const run: KeystrokeRun = { work: [], visible: [], framesLate: [], failures: [] };
  // Two round trips per keystroke: the key press, then one call that collects this keystroke's
  // figures and prepares the next cell.
  const first = plan[0];
  if (!first) return run;
  let before = await page.evaluate(
    ({ row, column }) => window.__benchProbe?.prepare(row, column) ?? '',
    first,
  );
  for (const [i, cell] of plan.entries()) {
    await settle?.(page);
    await page.keyboard.press(nextDigit(before, i));
    const next = plan[i + 1] ?? null;
    const step: { sample: KeystrokeSample; before: string } = await page.evaluate(async (n) => {
      const probe = window.__benchProbe;
      if (!probe) throw new Error('probe missing');
      const sample = await probe.result();
      return { sample, before: n ? probe.prepare(n.row, n.column) : '' };
    }, next);
    before = step.before;
    const sample = step.sample;
    if (!sample.ok) {
      run.failures.push(`${cell.row}.${cell.column}: ${sample.note}`);
      continue;
    }
    if (i < warmup) continue;
    run.work.push(sample.work);
    run.visible.push(sample.visible);
    run.framesLate.push(sample.framesLate);
  }
  return run;
}
