/**
 * A draft: the report being written plus what the workspace keeps with it (acknowledged
 * warnings, last year's report, export state). Stored in IndexedDB by `src/storage` and carried
 * whole in workspace backups; the exchange JSON carries only the report.
 */
import { z } from 'zod';
import { reportSchema } from './report-schema';

/** A warning the user has acknowledged, with the short reason kept for the record. */
export const acknowledgementSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, { error: '请填写确认理由' })
    .max(500, { error: '理由不能超过500字' }),
  /** ISO timestamp of the acknowledgement. */
  at: z.string(),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

export const draftSchema = z.object({
  /** Stable id (a random UUID). */
  id: z.string().min(1),
  /** Name shown in the draft list; empty means 「机关 + 年度」. */
  name: z.string().max(200),
  report: reportSchema,
  /** Last year's report when known: feeds carry-over, documents-in-force and repetition checks. */
  previousYear: reportSchema.nullable(),
  /** Acknowledged warnings by finding key. */
  acknowledgements: z.record(z.string(), acknowledgementSchema),
  /** ISO timestamps. */
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * Cell texts the user typed that are not numbers (「3件」, 「1.5」), per table and cell path,
   * kept as typed so that nothing typed is lost across reloads; the report holds null there.
   */
  cellTexts: z
    .record(z.string(), z.record(z.string(), z.string().max(200, { error: '单元格文字过长' })))
    .optional(),
  /** When a final export was last made, or null. */
  exportedAt: z.string().nullable(),
});
export type Draft = z.infer<typeof draftSchema>;

/** The name a draft shows: its own, or 「机关 + N年度报告」, or 「未命名报告」. */
export function draftDisplayName(draft: Pick<Draft, 'name' | 'report'>): string {
  if (draft.name.trim()) return draft.name.trim();
  const agency = draft.report.agency.trim();
  return agency
    ? `${agency}${draft.report.year}年政府信息公开工作年度报告`
    : `未命名报告（${draft.report.year}年度）`;
}
