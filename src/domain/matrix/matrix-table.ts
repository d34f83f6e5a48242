/**
 * 表三「收到和处理政府信息公开申请情况」: the one declaration of its 25 rows and 7 columns.
 * Schema, grid, checks, renderers and parsers all read these tables; none lists rows again.
 * Source: 国办公开办函〔2021〕30号, and spec/report-format.md.
 */

/** A column of 表三 (申请人情况). */
export interface MatrixColumnDef {
  /** Stable id used in saved drafts and exported JSON. */
  readonly id: string;
  /** Header exactly as printed. */
  readonly label: string;
  /** 'legalPerson' for the five columns under 「法人或其他组织」; null otherwise. */
  readonly group: 'legalPerson' | null;
  /** True for 总计, which is the sum of the six applicant columns and never typed. */
  readonly derived: boolean;
}

export const MATRIX_COLUMNS = [
  { id: 'naturalPerson', label: '自然人', group: null, derived: false },
  { id: 'commercial', label: '商业企业', group: 'legalPerson', derived: false },
  { id: 'research', label: '科研机构', group: 'legalPerson', derived: false },
  { id: 'publicInterest', label: '社会公益组织', group: 'legalPerson', derived: false },
  { id: 'legalService', label: '法律服务机构', group: 'legalPerson', derived: false },
  { id: 'otherOrg', label: '其他', group: 'legalPerson', derived: false },
  { id: 'total', label: '总计', group: null, derived: true },
] as const satisfies readonly MatrixColumnDef[];

export type MatrixColumnId = (typeof MATRIX_COLUMNS)[number]['id'];
export type ApplicantColumnId = Extract<(typeof MATRIX_COLUMNS)[number], { derived: false }>['id'];

export const MATRIX_COLUMN_GROUP_LABELS = {
  applicant: '申请人情况',
  legalPerson: '法人或其他组织',
} as const;

/** The printed 勾稽关系 note in the top-left block of 表三. */
export const MATRIX_BALANCE_NOTE =
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** Merged group cells at the left of 表三 (not data rows). */
export const MATRIX_ROW_GROUPS = {
  results: { label: '三、本年度办理结果', parent: null },
  denied: { label: '（三）不予公开', parent: 'results' },
  unable: { label: '（四）无法提供', parent: 'results' },
  notProcessed: { label: '（五）不予处理', parent: 'results' },
  otherHandling: { label: '（六）其他处理', parent: 'results' },
} as const satisfies Record<string, { label: string; parent: string | null }>;

export type MatrixRowGroupId = keyof typeof MATRIX_ROW_GROUPS;

/** A data row of 表三. */
export interface MatrixRowDef {
  /** Stable id used in saved drafts and exported JSON. */
  readonly id: string;
  /** The row's own printed label, with its numbering, e.g. 「1.属于国家秘密」. */
  readonly label: string;
  /** The innermost merged group cell the row sits in, or null for rows 一、二、四. */
  readonly group: MatrixRowGroupId | null;
  /** The printed item number in the 勾稽关系 sense: 一、二、三 (results) or 四. */
  readonly item: 'one' | 'two' | 'three' | 'four';
  /** True for （七）总计, the sum of rows 3–23, never typed. */
  readonly derived: boolean;
}

export const MATRIX_ROWS = [
  {
    id: 'newReceived',
    label: '一、本年新收政府信息公开申请数量',
    group: null,
    item: 'one',
    derived: false,
  },
  {
    id: 'carriedOver',
    label: '二、上年结转政府信息公开申请数量',
    group: null,
    item: 'two',
    derived: false,
  },
  { id: 'granted', label: '（一）予以公开', group: 'results', item: 'three', derived: false },
  {
    id: 'partiallyGranted',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    group: 'results',
    item: 'three',
    derived: false,
  },
  {
    id: 'deniedStateSecret',
    label: '1.属于国家秘密',
    group: 'denied',
    item: 'three',
    derived: false,
  },
  {
    id: 'deniedLawProhibited',
    label: '2.其他法律行政法规禁止公开',
    group: 'denied',
    item: 'three',
    derived: false,
  },
  {
    id: 'deniedSecurityStability',
    label: '3.危及“三安全一稳定”',
    group: 'denied',
    item: 'three',
    derived: false,
  },
  {
    id: 'deniedThirdPartyRights',
    label: '4.保护第三方合法权益',
    group: 'denied',
    item: 'three',
    derived: false,
  },
  {
    id: 'deniedInternalAffairs',
    label: '5.属于三类内部事务信息',
    group: 'denied',
    item: 'three',
    derived: false,
  },
  {
    id: 'deniedProcessInfo',
    label: '6.属于四类过程性信息',
    group: 'denied',
    item: 'three',
    derived: false,
  },
  {
    id: 'deniedEnforcementFile',
    label: '7.属于行政执法案卷',
    group: 'denied',
    item: 'three',
    derived: false,
  },
  {
    id: 'deniedAdministrativeQuery',
    label: '8.属于行政查询事项',
    group: 'denied',
    item: 'three',
    derived: false,
  },
  {
    id: 'unableNotHeld',
    label: '1.本机关不掌握相关政府信息',
    group: 'unable',
    item: 'three',
    derived: false,
  },
  {
    id: 'unableNeedsCreation',
    label: '2.没有现成信息需要另行制作',
    group: 'unable',
    item: 'three',
    derived: false,
  },
  {
    id: 'unableUnclear',
    label: '3.补正后申请内容仍不明确',
    group: 'unable',
    item: 'three',
    derived: false,
  },
  {
    id: 'notProcessedComplaint',
    label: '1.信访举报投诉类申请',
    group: 'notProcessed',
    item: 'three',
    derived: false,
  },
  {
    id: 'notProcessedDuplicate',
    label: '2.重复申请',
    group: 'notProcessed',
    item: 'three',
    derived: false,
  },
  {
    id: 'notProcessedPublication',
    label: '3.要求提供公开出版物',
    group: 'notProcessed',
    item: 'three',
    derived: false,
  },
  {
    id: 'notProcessedMassRepeated',
    label: '4.无正当理由大量反复申请',
    group: 'notProcessed',
    item: 'three',
    derived: false,
  },
  {
    id: 'notProcessedConfirmation',
    label: '5.要求行政机关确认或重新出具已获取信息',
    group: 'notProcessed',
    item: 'three',
    derived: false,
  },
  {
    id: 'otherOverdueCorrection',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    group: 'otherHandling',
    item: 'three',
    derived: false,
  },
  {
    id: 'otherOverdueFee',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    group: 'otherHandling',
    item: 'three',
    derived: false,
  },
  { id: 'otherOther', label: '3.其他', group: 'otherHandling', item: 'three', derived: false },
  { id: 'resultTotal', label: '（七）总计', group: 'results', item: 'three', derived: true },
  {
    id: 'carriedForward',
    label: '四、结转下年度继续办理',
    group: null,
    item: 'four',
    derived: false,
  },
] as const satisfies readonly MatrixRowDef[];

export type MatrixRowId = (typeof MATRIX_ROWS)[number]['id'];
export type InputRowId = Extract<(typeof MATRIX_ROWS)[number], { derived: false }>['id'];

export const MATRIX_COLUMN_IDS = MATRIX_COLUMNS.map((c) => c.id);
export const APPLICANT_COLUMN_IDS = MATRIX_COLUMNS.filter(
  (c): c is Extract<(typeof MATRIX_COLUMNS)[number], { derived: false }> => !c.derived,
).map((c) => c.id);
export const MATRIX_ROW_IDS = MATRIX_ROWS.map((r) => r.id);

/** Rows 3–23: the result rows summed by （七）总计. */
export const RESULT_ROW_IDS = MATRIX_ROWS.filter((r) => r.item === 'three' && !r.derived).map(
  (r) => r.id,
);

/**
 * A row's label as a reader names it: its innermost merged group (if a sub-item) and its own
 * label, e.g. 「（三）不予公开 1.属于国家秘密」. Used for accessible names and messages.
 */
export function matrixRowName(row: MatrixRowDef): string {
  if (row.group === null || row.group === 'results') return row.label;
  return `${MATRIX_ROW_GROUPS[row.group].label} ${row.label}`;
}

export function matrixRow(id: MatrixRowId): (typeof MATRIX_ROWS)[number] {
  const row = MATRIX_ROWS.find((r) => r.id === id);
  if (!row) throw new Error(`unknown 表三 row ${id}`);
  return row;
}

export function matrixColumn(id: MatrixColumnId): (typeof MATRIX_COLUMNS)[number] {
  const column = MATRIX_COLUMNS.find((c) => c.id === id);
  if (!column) throw new Error(`unknown 表三 column ${id}`);
  return column;
}
