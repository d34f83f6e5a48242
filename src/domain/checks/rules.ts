/**
 * The consistency rules of spec/report-format.md, declared once. Ids are stable; they appear in
 * findings, in acknowledgements kept with drafts and in the command line's JSON output.
 */
import type { Severity } from './finding';

export interface RuleDef {
  /** Stable id, as in the spec. */
  readonly id: string;
  /** The rule's usual severity (a few rules raise some findings as warnings, see `fee-amount`). */
  readonly severity: Severity;
  /** Short Chinese name shown in lists. */
  readonly title: string;
  /** What the rule checks, in Chinese. */
  readonly description: string;
}

export const RULES = [
  {
    id: 'matrix-balance',
    severity: 'error',
    title: '表三勾稽关系',
    description: '每一列：第一项加第二项之和，等于第三项加第四项之和（一+二 = （七）总计+四）。',
  },
  {
    id: 'matrix-row-total',
    severity: 'error',
    title: '表三总计列',
    description: '每一行的总计等于自然人与五类法人或其他组织之和。',
  },
  {
    id: 'matrix-result-total',
    severity: 'error',
    title: '表三（七）总计',
    description: '每一列的（七）总计等于（一）至（六）各项之和。',
  },
  {
    id: 'review-total',
    severity: 'error',
    title: '表四总计',
    description: '行政复议、行政诉讼各组的总计等于结果维持、结果纠正、其他结果、尚未审结之和。',
  },
  {
    id: 'counts-are-whole',
    severity: 'error',
    title: '件数为非负整数',
    description: '表二件数、表三、表四的每个数都应是不小于0的整数。',
  },
  {
    id: 'fee-amount',
    severity: 'error',
    title: '行政事业性收费金额',
    description: '收费金额不小于0，单位为万元（不是元）。',
  },
  {
    id: 'no-blank-cells',
    severity: 'warning',
    title: '表格不留空',
    description: '发布的表格中没有数据的单元格应填0，不留空，不写「/」或「-」。',
  },
  {
    id: 'carry-over',
    severity: 'warning',
    title: '上年结转',
    description: '本年「二、上年结转」应等于上年报告「四、结转下年度继续办理」，逐列相同。',
  },
  {
    id: 'text-matches-tables',
    severity: 'warning',
    title: '正文与表格一致',
    description:
      '正文中的申请数、结转数、办结数、行政复议、行政诉讼、规章和规范性文件件数应与表格一致。',
  },
  {
    id: 'dates',
    severity: 'warning',
    title: '年度与日期',
    description: '标题年度为N；落款日期在N+1年1月1日之后，且不晚于法定（或本地要求的）发布期限。',
  },
  {
    id: 'fee-disclosure',
    severity: 'warning',
    title: '信息处理费说明',
    description: '第六部分应说明本年度收取信息处理费的情况（或未收取）。',
  },
  {
    id: 'problems-present',
    severity: 'warning',
    title: '存在问题及改进情况',
    description: '第五部分不应为空或「无」，也不应照搬上年报告的文字。',
  },
  {
    id: 'overview-topics',
    severity: 'info',
    title: '总体情况要点',
    description: '总体情况宜涵盖主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面。',
  },
  {
    id: 'documents-in-force',
    severity: 'info',
    title: '现行有效件数',
    description: '现行有效件数一般约等于上年现行有效件数加本年制发件数减本年废止件数。',
  },
] as const satisfies readonly RuleDef[];

export type RuleId = (typeof RULES)[number]['id'];

export function ruleDef(id: RuleId): (typeof RULES)[number] {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}
