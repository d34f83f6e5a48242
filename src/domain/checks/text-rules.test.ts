import { describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../report/report-schema';
import hongzeJson from '../test-fixtures/hongze-district-2024.report.json';
import { sampleReport, withColumn } from '../test-fixtures/sample-report';
import { checkTextMatchesTables } from './text-rules';

const hongze = reportSchema.parse(hongzeJson);

function busyReport(overrides: Partial<Report> = {}): Report {
  const report = withColumn(sampleReport({ overview: '', ...overrides }), 'naturalPerson', {
    newReceived: 190,
    carriedOver: 10,
    granted: 150,
    unableNotHeld: 48,
    carriedForward: 2,
  });
  report.reviewLitigation.review = { upheld: 2, corrected: 1, other: 0, pending: 0, total: 3 };
  report.reviewLitigation.litigationDirect = {
    upheld: 1,
    corrected: 0,
    other: 0,
    pending: 0,
    total: 1,
  };
  return report;
}

describe('text-matches-tables', () => {
  it('accepts the spec’s consistent example', () => {
    const report = busyReport({
      overview:
        '收到政府信息公开申请190件，上年结转10件，办结198件，结转下年度继续办理2件。被申请行政复议3起，行政诉讼1件。',
    });
    expect(checkTextMatchesTables(report)).toEqual([]);
  });

  it('finds 洪泽区 2024’s 「受理政府信息公开申请17件」 against 95', () => {
    const findings = checkTextMatchesTables(hongze);
    expect(findings.map((f) => [f.rule, f.severity, f.key, f.message])).toEqual([
      [
        'text-matches-tables',
        'warning',
        'text-matches-tables@overview#newReceived:17',
        '总体情况中“受理政府信息公开申请17件”，表三本年新收总计为95件',
      ],
    ]);
    expect(findings[0]?.location).toEqual({ kind: 'narrative', section: 'overview' });
    expect(findings[0]?.related).toEqual([
      { kind: 'requests', row: 'newReceived', column: 'total' },
    ]);
  });

  it.each<[string, string, string]>([
    ['上年结转5件。', 'carriedOver', '总体情况中“上年结转5件”，表三上年结转总计为10件'],
    ['办结190件。', 'resultTotal', '总体情况中“办结190件”，表三办理结果（七）总计为198件'],
    [
      '结转下年度继续办理0件。',
      'carriedForward',
      '总体情况中“结转下年度继续办理0件”，表三结转下年度继续办理总计为2件',
    ],
    ['行政复议2件。', 'review', '总体情况中“行政复议2件”，表四行政复议总计为3件'],
    [
      '本年度未发生行政诉讼。',
      'litigation',
      '总体情况中“未发生行政诉讼”，表四行政诉讼合计为1件（未经复议直接起诉1件，复议后起诉0件）',
    ],
    [
      '制发规范性文件2件。',
      'normativeDocuments.issued',
      '总体情况中“制发规范性文件2件”，表二“行政规范性文件”本年制发件数为0件',
    ],
  ])('flags 「%s」', (text, subject, message) => {
    const [finding] = checkTextMatchesTables(busyReport({ overview: text }));
    expect(finding?.message).toBe(message);
    expect(finding?.key.startsWith(`text-matches-tables@overview#${subject}:`)).toBe(true);
  });

  it('reads the preamble, 五 and 六 too, and points at the section', () => {
    const report = busyReport({
      preamble: '本年度收到政府信息公开申请180件。',
      other: '本年度被申请行政复议1件。',
    });
    expect(checkTextMatchesTables(report).map((f) => f.location)).toEqual([
      { kind: 'field', field: 'preamble' },
      { kind: 'narrative', section: 'other' },
    ]);
  });

  it('does not compare with a table figure not yet filled', () => {
    const report = busyReport({ overview: '收到政府信息公开申请17件。' });
    for (const column of Object.keys(report.requests.newReceived)) {
      report.requests.newReceived[column as keyof typeof report.requests.newReceived] = null; // safe: keys of the row itself
    }
    expect(checkTextMatchesTables(report)).toEqual([]);
  });

  it('compares a stated fee with 表二, in 万元 or 元, within the stated precision', () => {
    const report = busyReport();
    report.proactive.feesWan = 7730.28;
    expect(checkTextMatchesTables({ ...report, overview: '行政事业性收费7730.28万元。' })).toEqual(
      [],
    );
    expect(checkTextMatchesTables({ ...report, overview: '行政事业性收费7730.3万元。' })).toEqual(
      [],
    );
    expect(checkTextMatchesTables({ ...report, overview: '行政事业性收费77302800元。' })).toEqual(
      [],
    );
    expect(
      checkTextMatchesTables({ ...report, overview: '行政事业性收费7000万元。' }).map(
        (f) => f.message,
      ),
    ).toEqual([
      '总体情况中“行政事业性收费7000万元”，表二“行政事业性收费”本年收费金额（单位：万元）为7730.28万元',
    ]);
  });

  it('tells a clerk who typed 元 into the 万元 cell (fee-amount)', () => {
    const report = busyReport({ overview: '全年行政事业性收费35000元。' });
    report.proactive.feesWan = 35000;
    const findings = checkTextMatchesTables(report);
    expect(findings.map((f) => [f.rule, f.severity, f.key, f.message])).toEqual([
      [
        'fee-amount',
        'warning',
        'fee-amount@proactive.feesWan#yuan-in-text',
        '总体情况中“行政事业性收费35000元”，表二收费金额也填了35000，但表二的单位是万元：35000元应填3.5',
      ],
    ]);
  });
});
