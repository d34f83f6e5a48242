/**
 * The report schema: one zod schema gives the type, the form resolver and the import validator.
 * It checks shape only. Whether numbers add up, dates fit the statute and text matches the
 * tables is decided by the rules in `domain/checks`, which return findings, so that a
 * half-finished draft always saves and only a final export is blocked by errors.
 *
 * Every table shape is derived from the declarations in `proactive-table.ts`,
 * `matrix/matrix-table.ts` and `review-table.ts`.
 */
import { z } from 'zod';
import { MATRIX_COLUMN_IDS, MATRIX_ROW_IDS } from '../matrix/matrix-table';
import { DOCUMENT_COUNTS, DOCUMENT_KINDS } from './proactive-table';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from './review-table';

// Messages for shape errors (wrong type, too long) in Simplified Chinese.
z.config(z.locales.zhCN());

/** The current version of the saved and exported shape. Bump it with a migration in `migrate/`. */
export const SCHEMA_VERSION = 1;

/** Largest magnitude accepted in any cell; anything beyond is refused as not a real figure. */
export const MAX_CELL_VALUE = 1e12;
/** Longest narrative text accepted (characters). Real sections are a few thousand at most. */
export const MAX_TEXT_LENGTH = 200_000;

/**
 * One table cell. `null` is a cell not yet filled in, distinct from 0. Any finite number is
 * accepted here (a half-typed draft must save); counts-are-whole and fee-amount judge it.
 */
export const cellSchema = z
  .number({ error: '应为数字' })
  .min(-MAX_CELL_VALUE, { error: '数值过大' })
  .max(MAX_CELL_VALUE, { error: '数值过大' })
  .nullable();
export type Cell = z.infer<typeof cellSchema>;

/** An ISO calendar date `YYYY-MM-DD`, or null when not yet set. */
export const isoDateSchema = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' }).nullable();

const textSchema = z.string().max(MAX_TEXT_LENGTH, { error: `文字不能超过${MAX_TEXT_LENGTH}字` });
const nameSchema = z.string().max(200, { error: '名称不能超过200字' });

/** z.object over a list of keys that all share one schema. */
function objectOf<const K extends string, S extends z.ZodType>(keys: readonly K[], schema: S) {
  // safe: fromEntries over exactly `keys`, each mapped to `schema`
  const shape = Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, S>;
  return z.object(shape);
}

const documentCountsSchema = objectOf(DOCUMENT_COUNTS, cellSchema);

/** 表二 二、主动公开政府信息情况. */
export const proactiveSchema = z.object({
  ...objectOf(DOCUMENT_KINDS, documentCountsSchema).shape,
  licensing: cellSchema,
  punishment: cellSchema,
  enforcement: cellSchema,
  feesWan: cellSchema,
});
export type Proactive = z.infer<typeof proactiveSchema>;

/** One row of 表三: the six applicant columns and 总计. */
export const matrixRowSchema = objectOf(MATRIX_COLUMN_IDS, cellSchema);
export type MatrixRowValues = z.infer<typeof matrixRowSchema>;

/** 表三 三、收到和处理政府信息公开申请情况: 25 rows × 7 columns. */
export const requestsSchema = objectOf(MATRIX_ROW_IDS, matrixRowSchema);
export type Requests = z.infer<typeof requestsSchema>;

/** One group of 表四. */
export const reviewRowSchema = objectOf(
  REVIEW_COLUMNS.map((c) => c.id),
  cellSchema,
);
export type ReviewRowValues = z.infer<typeof reviewRowSchema>;

/** 表四 四、政府信息公开行政复议、行政诉讼情况. */
export const reviewLitigationSchema = objectOf(
  REVIEW_GROUPS.map((g) => g.id),
  reviewRowSchema,
);
export type ReviewLitigation = z.infer<typeof reviewLitigationSchema>;

/**
 * 机关类别. 条例第四十九条: a 县级以上人民政府部门 publishes by 1月31日 (`department`);
 * a 县级以上地方人民政府 publishes the 本级政府 report by 3月31日 (`government`).
 */
export const AGENCY_KINDS = [
  { id: 'department', label: '县级以上人民政府部门', deadline: { month: 1, day: 31 } },
  { id: 'government', label: '县级以上地方人民政府', deadline: { month: 3, day: 31 } },
] as const;
export const agencyKindSchema = z.enum(['department', 'government']);
export type AgencyKind = z.infer<typeof agencyKindSchema>;

/** A whole report: one agency, one calendar year. */
export const reportSchema = z.object({
  /** 机关名称, as in the title 「〔机关名称〕〔N〕年政府信息公开工作年度报告」. */
  agency: nameSchema,
  /** 机关类别: sets the statutory deadline. */
  agencyKind: agencyKindSchema,
  /** The year N the report covers (1月1日至12月31日). */
  year: z
    .number({ error: '年度应为数字' })
    .int({ error: '年度应为整数' })
    .min(2008, { error: '年度不能早于2008年' })
    .max(2100, { error: '年度不能晚于2100年' }),
  /** A local notice's earlier deadline (ISO date), if any. */
  localDeadline: isoDateSchema.default(null),
  /** 前言: legal basis, statistical period, where to download, contact. */
  preamble: textSchema,
  /** 一、总体情况. */
  overview: textSchema,
  /** 二、主动公开政府信息情况 (表二). */
  proactive: proactiveSchema,
  /** 三、收到和处理政府信息公开申请情况 (表三). */
  requests: requestsSchema,
  /** 四、政府信息公开行政复议、行政诉讼情况 (表四). */
  reviewLitigation: reviewLitigationSchema,
  /** 五、存在的主要问题及改进情况. */
  problems: textSchema,
  /** 六、其他需要报告的事项. */
  other: textSchema,
  /** 落款: the agency's name and the date (in year N+1). */
  signature: z.object({ agency: nameSchema, date: isoDateSchema }),
  /** 发布日期 on the portal. */
  publishedAt: isoDateSchema,
});

export type Report = z.output<typeof reportSchema>;
export type ReportInput = z.input<typeof reportSchema>;
