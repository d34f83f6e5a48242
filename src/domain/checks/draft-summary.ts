/**
 * What the draft list (我的报告) says about a draft without opening it: its name, agency and
 * year, when it was last edited and exported, its state (草稿 / 已完成（无错误） / 已导出) and how
 * many errors and not-yet-acknowledged warnings the checks find.
 *
 * Storage keeps one such summary beside every draft, written with the draft, so that the list
 * reads a few hundred bytes per draft instead of validating and checking every whole draft. This
 * module holds only the shape and the wording; the checks that fill it are in
 * `summarize-draft.ts`, which the list never loads.
 *
 * - 已导出: a final export was recorded and nothing was edited after it (storage keeps
 *   `updatedAt` still when only the export is recorded).
 * - 已完成（无错误）: no error and no open warning. Open warnings count too because a blank cell
 *   is a warning, and a draft with blank cells is not finished.
 * - 草稿: everything else.
 */
import { z } from 'zod';

export const DRAFT_STATES = ['draft', 'complete', 'exported'] as const;
export type DraftState = (typeof DRAFT_STATES)[number];

export const DRAFT_STATE_LABELS = {
  draft: '草稿',
  complete: '已完成（无错误）',
  exported: '已导出',
} as const satisfies Record<DraftState, string>;

/**
 * Version of what a summary means. Raise it whenever `checkReport` or `summarizeDraft` changes
 * what they count: stored summaries of another version no longer validate, and storage
 * recomputes them from their drafts.
 */
export const DRAFT_SUMMARY_VERSION = 1;

export const draftSummarySchema = z.object({
  /** `DRAFT_SUMMARY_VERSION` when it was computed. */
  version: z.literal(DRAFT_SUMMARY_VERSION),
  /** The name the draft shows (`draftDisplayName`). */
  name: z.string(),
  /** 机关名称 as typed. */
  agency: z.string(),
  /** 年度. */
  year: z.number().int(),
  /** ISO timestamp of the last edit. */
  updatedAt: z.string(),
  /** ISO timestamp of the last final export, or null. */
  exportedAt: z.string().nullable(),
  state: z.enum(DRAFT_STATES),
  /** Errors the checks find. */
  errors: z.number().int().min(0),
  /** Warnings not acknowledged with a reason. */
  warnings: z.number().int().min(0),
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;

/** The state of a draft from its open findings and its export and edit times. */
export function draftState(
  open: { errors: number; warnings: number },
  times: { exportedAt: string | null; updatedAt: string },
): DraftState {
  const exported =
    times.exportedAt !== null && Date.parse(times.exportedAt) >= Date.parse(times.updatedAt);
  if (exported) return 'exported';
  return open.errors === 0 && open.warnings === 0 ? 'complete' : 'draft';
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * The check of `draftSummarySchema`, written out: the list checks every stored summary on each
 * start, and in a fresh page zod's first thousand parses cost tens of milliseconds, more than
 * reading them. `draft-summary.test.ts` holds the two to the same answers.
 */
export function isDraftSummary(value: unknown): value is DraftSummary {
  if (typeof value !== 'object' || value === null) return false;
  const field = (key: keyof DraftSummary): unknown => Reflect.get(value, key);
  const exportedAt = field('exportedAt');
  const state = field('state');
  const year = field('year');
  return (
    field('version') === DRAFT_SUMMARY_VERSION &&
    typeof field('name') === 'string' &&
    typeof field('agency') === 'string' &&
    typeof year === 'number' &&
    Number.isInteger(year) &&
    typeof field('updatedAt') === 'string' &&
    (exportedAt === null || typeof exportedAt === 'string') &&
    DRAFT_STATES.some((s) => s === state) &&
    isCount(field('errors')) &&
    isCount(field('warnings'))
  );
}
