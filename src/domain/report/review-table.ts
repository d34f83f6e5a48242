/**
 * 表四「政府信息公开行政复议、行政诉讼情况」: 3 groups × 5 cells, declared once.
 * Source: 国办公开办函〔2021〕30号.
 */

export interface ReviewGroupDef {
  /** Stable id used in saved drafts and exported JSON. */
  readonly id: string;
  /** The printed top-level header: 行政复议 or 行政诉讼. */
  readonly header: '行政复议' | '行政诉讼';
  /** The printed sub-header under 行政诉讼, or null for 行政复议. */
  readonly subheader: string | null;
}

export const REVIEW_GROUPS = [
  { id: 'review', header: '行政复议', subheader: null },
  { id: 'litigationDirect', header: '行政诉讼', subheader: '未经复议直接起诉' },
  { id: 'litigationAfterReview', header: '行政诉讼', subheader: '复议后起诉' },
] as const satisfies readonly ReviewGroupDef[];

export type ReviewGroupId = (typeof REVIEW_GROUPS)[number]['id'];

export interface ReviewColumnDef {
  /** Stable id. */
  readonly id: string;
  /** Header as printed. */
  readonly label: string;
  /** True for 总计 (sum of the other four), never typed. */
  readonly derived: boolean;
}

export const REVIEW_COLUMNS = [
  { id: 'upheld', label: '结果维持', derived: false },
  { id: 'corrected', label: '结果纠正', derived: false },
  { id: 'other', label: '其他结果', derived: false },
  { id: 'pending', label: '尚未审结', derived: false },
  { id: 'total', label: '总计', derived: true },
] as const satisfies readonly ReviewColumnDef[];

export type ReviewColumnId = (typeof REVIEW_COLUMNS)[number]['id'];
export const REVIEW_PART_IDS = REVIEW_COLUMNS.filter((c) => !c.derived).map(
  (c) => c.id as Exclude<ReviewColumnId, 'total'>, // safe: the filter removes exactly the derived 'total'
);

/** Name of a 表四 group as a reader says it, e.g. 「行政诉讼 未经复议直接起诉」. */
export function reviewGroupName(group: ReviewGroupDef): string {
  return group.subheader ? `${group.header} ${group.subheader}` : group.header;
}
