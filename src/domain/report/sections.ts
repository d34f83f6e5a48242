/**
 * The six sections of the report, in printed order (国办公开办函〔2021〕30号).
 * Ids are stable keys of saved drafts and exported JSON; Chinese lives only in labels.
 */
export interface SectionDef {
  /** Stable id, also the key of the section's content in the report. */
  readonly id: string;
  /** Heading exactly as printed in the template. */
  readonly heading: string;
  /** Heading without its numbering, e.g. 「总体情况」. */
  readonly title: string;
  /** Narrative text or one of the three tables. */
  readonly kind: 'narrative' | 'table';
}

export const SECTIONS = [
  { id: 'overview', heading: '一、总体情况', title: '总体情况', kind: 'narrative' },
  {
    id: 'proactive',
    heading: '二、主动公开政府信息情况',
    title: '主动公开政府信息情况',
    kind: 'table',
  },
  {
    id: 'requests',
    heading: '三、收到和处理政府信息公开申请情况',
    title: '收到和处理政府信息公开申请情况',
    kind: 'table',
  },
  {
    id: 'reviewLitigation',
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    title: '政府信息公开行政复议、行政诉讼情况',
    kind: 'table',
  },
  {
    id: 'problems',
    heading: '五、存在的主要问题及改进情况',
    title: '存在的主要问题及改进情况',
    kind: 'narrative',
  },
  {
    id: 'other',
    heading: '六、其他需要报告的事项',
    title: '其他需要报告的事项',
    kind: 'narrative',
  },
] as const satisfies readonly SectionDef[];

export type SectionId = (typeof SECTIONS)[number]['id'];
export type NarrativeSectionId = Extract<(typeof SECTIONS)[number], { kind: 'narrative' }>['id'];

export const NARRATIVE_SECTION_IDS = SECTIONS.filter(
  (s): s is Extract<(typeof SECTIONS)[number], { kind: 'narrative' }> => s.kind === 'narrative',
).map((s) => s.id);

/**
 * The five topics the template asks 总体情况 to cover (主动公开、依申请公开、政府信息管理、
 * 政府信息公开平台建设、监督保障). `keywords` are what a text that covers the topic says.
 */
export const OVERVIEW_TOPICS = [
  { id: 'proactive', label: '主动公开', keywords: ['主动公开'] },
  { id: 'onRequest', label: '依申请公开', keywords: ['依申请公开', '依申请', '公开申请'] },
  { id: 'management', label: '政府信息管理', keywords: ['政府信息管理', '信息管理'] },
  {
    id: 'platform',
    label: '政府信息公开平台建设',
    keywords: ['平台建设', '公开平台', '政府网站', '门户网站', '网站建设', '平台'],
  },
  { id: 'oversight', label: '监督保障', keywords: ['监督保障', '监督', '考核', '责任追究'] },
] as const satisfies readonly { id: string; label: string; keywords: readonly string[] }[];

/** Guidance shown beside each narrative section (paraphrasing the template's instructions). */
export const SECTION_GUIDANCE: Record<NarrativeSectionId, readonly string[]> = {
  overview: [
    '概述本年度政府信息公开工作总体情况，建议按（一）主动公开、（二）依申请公开、（三）政府信息管理、（四）政府信息公开平台建设、（五）监督保障分条撰写。',
    '各级人民政府还应报告工作考核、社会评议和责任追究结果情况。',
    '文中数字须与表二、表三、表四一致；不少地方要求本部分不超过1000字。',
  ],
  problems: [
    '分（一）存在的主要问题、（二）改进措施（或改进情况）撰写。',
    '应回应上一年度报告所列问题的整改情况，避免照搬上年文字。',
  ],
  other: [
    '说明本年度依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况，如「本年度未收取信息处理费。」',
    '按本地通知要求报告其他事项，如人大代表建议和政协提案办理结果公开情况、年度政务公开工作要点落实情况。',
  ],
};
