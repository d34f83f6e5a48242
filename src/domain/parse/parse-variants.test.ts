import { describe, expect, it } from 'vitest';
import { MATRIX_ROW_GROUPS, MATRIX_ROWS } from '../matrix/matrix-table';
import { parsePublishedReport } from './parse-published-report';

/** A copied page in the seed's shape (one cell per line), with rows as given. */
function page(
  options: {
    title?: string;
    rows?: string[];
    proactive?: string;
    review?: string;
    headings?: string[];
    end?: string;
  } = {},
): string {
  const headings = options.headings ?? [
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ];
  const rows =
    options.rows ??
    MATRIX_ROWS.map((row) => {
      const group =
        row.group &&
        row.group !== 'results' &&
        MATRIX_ROWS.find((r) => r.group === row.group) === row
          ? `${MATRIX_ROW_GROUPS[row.group].label}\n`
          : '';
      const values =
        row.id === 'newReceived' || row.id === 'granted' || row.id === 'resultTotal'
          ? '2\n0\n0\n0\n0\n0\n2'
          : '0\n0\n0\n0\n0\n0\n0';
      return `${group}${row.label}\n${values}`;
    });
  return [
    options.title ?? '某市统计局2023年政府信息公开工作年度报告',
    headings[0],
    '本年度收到政府信息公开申请2件。',
    headings[1],
    options.proactive ??
      '第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n0\n0\n行政规范性文件\n1\n0\n4\n第二十条第（五）项\n信息内容\n本年处理决定数量\n行政许可\n3\n第二十条第（六）项\n信息内容\n本年处理决定数量\n行政处罚\n0\n行政强制\n0\n第二十条第（八）项\n信息内容\n本年收费金额（单位：万元）\n行政事业性收费\n0.5',
    headings[2],
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他',
    ...rows,
    headings[3],
    '行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n未经复议直接起诉\n复议后起诉',
    options.review ?? '0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0',
    headings[4],
    '存在的问题。',
    headings[5],
    '本年度未收取信息处理费。',
    options.end ?? '某市统计局\n2024年1月15日',
  ].join('\n');
}

describe('parsePublishedReport on the variations real pages print', () => {
  it('reads a clean page with no problem but the agency kind', () => {
    const { report, account } = parsePublishedReport({ kind: 'text', text: page() });
    expect(report.requests.newReceived.total).toBe(2);
    expect(report.proactive.feesWan).toBe(0.5);
    expect(report.signature).toEqual({ agency: '某市统计局', date: '2024-01-15' });
    expect(account.map((a) => a.kind)).toEqual(['guess']);
  });

  it.each([
    ['某市统计局2023年度政府信息公开工作年度报告', '某市统计局', 2023],
    ['2023年某市统计局政府信息公开工作年度报告', '某市统计局', 2023],
    ['某市统计局政府信息公开工作年度报告（2023年度）', '某市统计局', 2023],
    ['《某县人民政府２０２２年政府信息公开工作年度报告》', '某县人民政府', 2022],
  ])('reads agency and year from the title 「%s」', (title, agency, year) => {
    const { report } = parsePublishedReport({ kind: 'text', text: page({ title }) });
    expect([report.agency, report.year]).toEqual([agency, year]);
  });

  it('infers a 人民政府 as a local government and says it is a guess', () => {
    const { report, account } = parsePublishedReport({
      kind: 'text',
      text: page({ title: '某县人民政府2023年政府信息公开工作年度报告' }),
    });
    expect(report.agencyKind).toBe('government');
    expect(
      account.find((a) => a.location?.kind === 'field' && a.location.field === 'agencyKind')
        ?.message,
    ).toContain('县级以上地方人民政府');
  });

  it('finds headings without numbering and with ASCII punctuation', () => {
    const headings = [
      '总体情况',
      '二.主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '(四)政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进措施',
      '其他需要报告的事项',
    ];
    const { report, account } = parsePublishedReport({ kind: 'text', text: page({ headings }) });
    expect(account.filter((a) => a.kind === 'missing')).toEqual([]);
    expect(report.overview).toBe('本年度收到政府信息公开申请2件。');
    expect(report.problems).toBe('存在的问题。');
  });

  it('reads 「/」 and 「-」 cells as 0 and reports each under no-blank-cells', () => {
    const review = '/\n0\n0\n0\n-\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0';
    const { report, account } = parsePublishedReport({ kind: 'text', text: page({ review }) });
    expect(report.reviewLitigation.review).toEqual({
      upheld: 0,
      corrected: 0,
      other: 0,
      pending: 0,
      total: 0,
    });
    expect(account.filter((a) => a.rule === 'no-blank-cells').map((a) => a.location)).toEqual([
      { kind: 'reviewLitigation', group: 'review', column: 'upheld' },
      { kind: 'reviewLitigation', group: 'review', column: 'total' },
    ]);
  });

  it('joins labels split over lines and folds quotes and brackets of any shape', () => {
    const text = page()
      .replace('3.危及“三安全一稳定”', '3.危及「三安全\n一稳定」')
      .replace(
        '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
        '(二)部分公开(区分处理的,只计这一情形,\n不计其他情形)',
      );
    const { report, account } = parsePublishedReport({ kind: 'text', text });
    expect(report.requests.deniedSecurityStability.total).toBe(0);
    expect(report.requests.partiallyGranted.total).toBe(0);
    expect(account.filter((a) => a.kind !== 'guess')).toEqual([]);
  });

  it('leaves a missing 表二 group empty and reports it', () => {
    const proactive =
      '第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n0\n0\n行政规范性文件\n1\n0\n4';
    const { report, account } = parsePublishedReport({ kind: 'text', text: page({ proactive }) });
    expect([
      report.proactive.licensing,
      report.proactive.punishment,
      report.proactive.enforcement,
      report.proactive.feesWan,
    ]).toEqual([null, null, null, null]);
    expect(account.filter((a) => a.kind === 'missing').map((a) => a.location)).toEqual([
      { kind: 'proactive', cell: 'licensing' },
      { kind: 'proactive', cell: 'punishment' },
      { kind: 'proactive', cell: 'enforcement' },
      { kind: 'proactive', cell: 'feesWan' },
    ]);
  });

  it('keeps printed totals that disagree with their parts and names the rule each breaks', () => {
    const text = page().replace(
      '一、本年新收政府信息公开申请数量\n2\n0\n0\n0\n0\n0\n2',
      '一、本年新收政府信息公开申请数量\n2\n0\n0\n0\n0\n0\n3',
    );
    const { report, account } = parsePublishedReport({ kind: 'text', text });
    expect(report.requests.newReceived.total).toBe(3);
    expect(account.filter((a) => a.kind === 'total').map((a) => [a.rule, a.location])).toEqual([
      ['matrix-row-total', { kind: 'requests', row: 'newReceived', column: 'total' }],
      ['matrix-balance', { kind: 'requests', row: 'resultTotal', column: 'total' }],
    ]);
  });

  it('reports a wrong （七）总计 under matrix-result-total', () => {
    const text = page().replace(
      '（七）总计\n2\n0\n0\n0\n0\n0\n2',
      '（七）总计\n3\n0\n0\n0\n0\n0\n3',
    );
    const rules = parsePublishedReport({ kind: 'text', text })
      .account.filter((a) => a.kind === 'total')
      .map((a) => a.rule);
    expect(rules).toContain('matrix-result-total');
  });

  it('reports a row with a number missing and leaves it empty rather than guessing which', () => {
    const text = page().replace('2.重复申请\n0\n0\n0\n0\n0\n0\n0', '2.重复申请\n0\n0\n0\n0\n0\n0');
    const { report, account } = parsePublishedReport({ kind: 'text', text });
    expect(Object.values(report.requests.notProcessedDuplicate).every((v) => v === null)).toBe(
      true,
    );
    expect(account.some((a) => a.kind === 'unplaced' && a.message.includes('6个数'))).toBe(true);
  });

  it('reads a 2019-template report: 表二 not carried, a non-zero single （六） row goes to 3.其他', () => {
    const rows = page().replace(
      /（六）其他处理\n1\.申请人无正当理由[\s\S]*?（七）总计/,
      '（六）其他处理\n1\n0\n0\n0\n0\n0\n1\n（七）总计',
    );
    const proactive =
      '第二十条第（一）项\n信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量\n规章\n0\n0\n0\n规范性文件\n1\n1\n4';
    const text = rows
      .replace(/第二十条第（一）项[\s\S]*?0\.5/, proactive)
      .replace('某市统计局2023年', '某市统计局2020年')
      .replace('2024年1月15日', '2021年1月15日');
    const { report, account, template } = parsePublishedReport({ kind: 'text', text });
    expect(template).toBe('2019');
    expect(report.proactive.normativeDocuments.inForce).toBeNull();
    expect(report.requests.otherOther).toEqual({
      naturalPerson: 1,
      commercial: 0,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      otherOrg: 0,
      total: 1,
    });
    expect(report.requests.otherOverdueCorrection).toEqual({
      naturalPerson: null,
      commercial: 0,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      otherOrg: 0,
      total: null,
    });
    expect(account.some((a) => a.kind === 'guess' && a.message.includes('记入「3.其他」'))).toBe(
      true,
    );
    expect(account.some((a) => a.message.includes('2019年试行格式'))).toBe(true);
  });

  it('reads a signature dated in Chinese numerals and a page with download and share lines after it', () => {
    const text = page({
      end: '下载：报告.docx\n某市统计局\n二〇二四年一月十五日\n扫一扫在手机打开当前页\n相关解读',
    });
    const { report } = parsePublishedReport({ kind: 'text', text });
    expect(report.signature).toEqual({ agency: '某市统计局', date: '2024-01-15' });
    expect(report.other).toBe('本年度未收取信息处理费。');
  });

  it('invents nothing for an empty text: every cell null, everything missing reported', () => {
    const { report, account } = parsePublishedReport(
      { kind: 'text', text: '这不是年报。' },
      { today: new Date('2025-02-01') },
    );
    expect(report.requests.newReceived.total).toBeNull();
    expect(report.proactive.licensing).toBeNull();
    expect(report.year).toBe(2024);
    expect(
      account.some(
        (a) => a.kind === 'guess' && a.location?.kind === 'field' && a.location.field === 'year',
      ),
    ).toBe(true);
    expect(account.filter((a) => a.kind === 'missing').length).toBeGreaterThanOrEqual(6);
  });
});
