/**
 * 表二「主动公开政府信息情况」: its 10 cells, declared once (国办公开办函〔2021〕30号).
 * The cell id is the dotted path inside `report.proactive`.
 */

export interface ProactiveGroupDef {
  /** Stable id of the printed group. */
  readonly id: string;
  /** The 条例 article the group reports on, as printed. */
  readonly article: string;
  /** Column headers after 「信息内容」, as printed. */
  readonly columns: readonly string[];
}

export const PROACTIVE_GROUPS = [
  {
    id: 'documents',
    article: '第二十条第（一）项',
    columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
  },
  { id: 'licensing', article: '第二十条第（五）项', columns: ['本年处理决定数量'] },
  { id: 'enforcementGroup', article: '第二十条第（六）项', columns: ['本年处理决定数量'] },
  { id: 'fees', article: '第二十条第（八）项', columns: ['本年收费金额（单位：万元）'] },
] as const satisfies readonly ProactiveGroupDef[];

export type ProactiveGroupId = (typeof PROACTIVE_GROUPS)[number]['id'];

export interface ProactiveCellDef {
  /** Stable id: the path inside `report.proactive`, e.g. `rules.issued`. */
  readonly id: string;
  /** Printed group the cell belongs to. */
  readonly group: ProactiveGroupId;
  /** 信息内容 row label, as printed. */
  readonly row: string;
  /** Column header, as printed. */
  readonly column: string;
  /** 件 for counts (whole numbers); 万元 for the fee amount (decimals allowed). */
  readonly unit: '件' | '万元';
}

export const PROACTIVE_CELLS = [
  { id: 'rules.issued', group: 'documents', row: '规章', column: '本年制发件数', unit: '件' },
  { id: 'rules.repealed', group: 'documents', row: '规章', column: '本年废止件数', unit: '件' },
  { id: 'rules.inForce', group: 'documents', row: '规章', column: '现行有效件数', unit: '件' },
  {
    id: 'normativeDocuments.issued',
    group: 'documents',
    row: '行政规范性文件',
    column: '本年制发件数',
    unit: '件',
  },
  {
    id: 'normativeDocuments.repealed',
    group: 'documents',
    row: '行政规范性文件',
    column: '本年废止件数',
    unit: '件',
  },
  {
    id: 'normativeDocuments.inForce',
    group: 'documents',
    row: '行政规范性文件',
    column: '现行有效件数',
    unit: '件',
  },
  { id: 'licensing', group: 'licensing', row: '行政许可', column: '本年处理决定数量', unit: '件' },
  {
    id: 'punishment',
    group: 'enforcementGroup',
    row: '行政处罚',
    column: '本年处理决定数量',
    unit: '件',
  },
  {
    id: 'enforcement',
    group: 'enforcementGroup',
    row: '行政强制',
    column: '本年处理决定数量',
    unit: '件',
  },
  {
    id: 'feesWan',
    group: 'fees',
    row: '行政事业性收费',
    column: '本年收费金额（单位：万元）',
    unit: '万元',
  },
] as const satisfies readonly ProactiveCellDef[];

export type ProactiveCellId = (typeof PROACTIVE_CELLS)[number]['id'];

/** The two document kinds of 第二十条第（一）项 and their three count columns. */
export const DOCUMENT_KINDS = ['rules', 'normativeDocuments'] as const;
export const DOCUMENT_COUNTS = ['issued', 'repealed', 'inForce'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type DocumentCount = (typeof DOCUMENT_COUNTS)[number];

/** The cells whose value is a single number directly under `report.proactive`. */
export const PROACTIVE_SCALARS = ['licensing', 'punishment', 'enforcement', 'feesWan'] as const;
export type ProactiveScalar = (typeof PROACTIVE_SCALARS)[number];

/** Accessible / message name of a 表二 cell, e.g. 「规章 本年制发件数」. */
export function proactiveCellName(cell: ProactiveCellDef): string {
  return `${cell.row} ${cell.column}`;
}
