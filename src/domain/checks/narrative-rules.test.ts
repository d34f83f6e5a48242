import { describe, expect, it } from 'vitest';
import type { Report } from '../report/report-schema';
import { SAMPLE_PROBLEMS, sampleReport, withColumn } from '../test-fixtures/sample-report';
import { checkFeeDisclosure, checkOverviewTopics, checkProblemsPresent } from './narrative-rules';
import { repetitionRatio } from './text-similarity';

describe('fee-disclosure', () => {
  it.each<[string, string, number, string[]]>([
    ['六 states none was collected', '本年度未收取信息处理费。', 0, []],
    ['六 states a collected fee', '本年度收取信息处理费120元。', 2, []],
    [
      '六 silent, no unpaid-fee case',
      '无其他需要报告的事项。',
      0,
      ['info fee-disclosure@other#missing'],
    ],
    [
      '六 silent while 表三（六）2 counts 2 applications',
      '无其他需要报告的事项。',
      2,
      ['warning fee-disclosure@other#unpaid'],
    ],
  ])('%s', (_name, other, unpaid, expected) => {
    const report = withColumn(sampleReport({ other }), 'commercial', {
      newReceived: unpaid,
      otherOverdueFee: unpaid,
    });
    expect(checkFeeDisclosure(report).map((f) => `${f.severity} ${f.key}`)).toEqual(expected);
  });

  it('points at 六 and at the unpaid-fee row', () => {
    const report = withColumn(sampleReport({ other: '' }), 'commercial', {
      newReceived: 1,
      otherOverdueFee: 1,
    });
    const [finding] = checkFeeDisclosure(report);
    expect(finding?.message).toBe(
      '表三有1件申请因逾期未缴纳信息处理费不再处理，第六部分应说明本年度收取信息处理费的情况',
    );
    expect(finding?.location).toEqual({ kind: 'narrative', section: 'other' });
    expect(finding?.related).toEqual([
      { kind: 'requests', row: 'otherOverdueFee', column: 'total' },
    ]);
  });
});

describe('problems-present', () => {
  const lastYear = (problems: string): Report => sampleReport({ year: 2021, problems });

  it.each<[string, string, string[]]>([
    ['a real text', SAMPLE_PROBLEMS, []],
    ['empty', '  \n ', ['problems-present@problems#empty']],
    ['「无」', '无。', ['problems-present@problems#none']],
    ['「暂无」', ' 暂无 ', ['problems-present@problems#none']],
  ])('%s', (_name, problems, expected) => {
    expect(checkProblemsPresent(sampleReport({ problems }), null).map((f) => f.key)).toEqual(
      expected,
    );
  });

  it('flags last year’s text again with only the years changed', () => {
    const before = SAMPLE_PROBLEMS.replace('（一）', '（一）2021年，');
    const now = SAMPLE_PROBLEMS.replace('（一）', '（一）2022年，');
    const findings = checkProblemsPresent(sampleReport({ problems: now }), lastYear(before));
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      [
        'warning',
        '第五部分约100%的文字与2021年报告相同，应结合本年情况撰写并说明上年问题的整改情况',
      ],
    ]);
  });

  it('accepts a text that follows last year’s problems up', () => {
    const now = [
      '（一）存在的主要问题：基层政务公开标准化建设进度不一，部分乡镇专栏内容更新较慢。',
      '（二）改进情况：上年提出的解读形式单一问题已通过制作图解12期得到改善；下一步将开展乡镇专栏季度检查。',
    ].join('\n\n');
    expect(
      checkProblemsPresent(sampleReport({ problems: now }), lastYear(SAMPLE_PROBLEMS)),
    ).toEqual([]);
  });

  it('ignores a previous report that is not of year N−1', () => {
    const report = sampleReport({ problems: SAMPLE_PROBLEMS });
    expect(checkProblemsPresent(report, sampleReport({ year: 2019 }))).toEqual([]);
  });
});

describe('repetitionRatio', () => {
  it.each<[string, string, number]>([
    ['甲乙丙丁戊己庚辛。', '甲乙丙丁戊己庚辛。', 1],
    ['', '甲乙丙丁戊己庚辛。', 0],
    ['政务公开工作仍需加强。', '政府信息公开平台建设有待完善。', 0],
    [
      '2022年信息更新不够及时。全新的另一段很长的文字内容在这里。',
      '2021年信息更新不够及时。',
      10 / 26,
    ],
  ])('%s vs %s', (now, before, ratio) => {
    expect(repetitionRatio(now, before)).toBeCloseTo(ratio, 5);
  });
});

describe('overview-topics', () => {
  it('is silent when the five topics are covered', () => {
    expect(checkOverviewTopics(sampleReport())).toEqual([]);
  });

  it('lists what is missing in one piece of advice', () => {
    const findings = checkOverviewTopics(
      sampleReport({ overview: '本年度主动公开政府信息42条，依申请公开0件。' }),
    );
    expect(findings.map((f) => [f.severity, f.key, f.message])).toEqual([
      [
        'info',
        'overview-topics@overview#management+platform+oversight',
        '总体情况未提到政府信息管理、政府信息公开平台建设、监督保障',
      ],
    ]);
  });

  it('asks a government for 工作考核、社会评议和责任追究结果情况', () => {
    const report = sampleReport({ agencyKind: 'government' });
    expect(checkOverviewTopics(report).map((f) => f.message)).toEqual([
      '总体情况未提到工作考核、社会评议和责任追究结果情况',
    ]);
    const covered = sampleReport({
      agencyKind: 'government',
      overview: `${sampleReport().overview}开展社会评议，未发生责任追究情形。`,
    });
    expect(checkOverviewTopics(covered)).toEqual([]);
  });

  it('says an empty overview is still to be written', () => {
    expect(checkOverviewTopics(sampleReport({ overview: '' }))[0]?.message).toBe(
      '总体情况尚未填写，应涵盖主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障',
    );
  });
});
