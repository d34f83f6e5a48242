import { describe, expect, it } from 'vitest';
import { checkReport } from '../checks/check-report';
import { extractNarrativeNumbers } from '../checks/narrative-numbers';
import { checkTextMatchesTables } from '../checks/text-rules';
import { createEmptyReport } from '../report/empty-report';
import { reportSchema, type Report } from '../report/report-schema';
import hongzeJson from '../test-fixtures/hongze-district-2024.report.json';
import { sampleReport, withColumn } from '../test-fixtures/sample-report';
import {
  applicationsSentence,
  feeSentence,
  proactiveSentence,
  reviewLitigationSentence,
} from './standard-sentences';

const hongze = reportSchema.parse(hongzeJson);

function busy(): Report {
  const report = withColumn(sampleReport({ overview: '' }), 'naturalPerson', {
    newReceived: 190,
    carriedOver: 10,
    granted: 120,
    partiallyGranted: 20,
    deniedProcessInfo: 3,
    unableNotHeld: 50,
    notProcessedDuplicate: 5,
    carriedForward: 2,
  });
  report.reviewLitigation.review = { upheld: 2, corrected: 1, other: 0, pending: 0, total: 3 };
  report.reviewLitigation.litigationAfterReview = {
    upheld: 1,
    corrected: 0,
    other: 0,
    pending: 1,
    total: 2,
  };
  report.proactive.normativeDocuments = { issued: 3, repealed: 1, inForce: 12 };
  report.proactive.licensing = 9487;
  report.proactive.feesWan = 7730.28;
  return report;
}

describe('standard sentences', () => {
  it('state 依申请公开 from 表三', () => {
    expect(applicationsSentence(busy())).toBe(
      '本年度共收到政府信息公开申请190件，上年结转10件，办结198件（其中予以公开120件，部分公开20件，不予公开3件，无法提供50件，不予处理5件），结转下年度继续办理2件。',
    );
    expect(applicationsSentence(sampleReport())).toBe(
      '本年度共收到政府信息公开申请0件，上年结转0件，办结0件，结转下年度继续办理0件。',
    );
  });

  it('state 四 from 表四, or that none occurred', () => {
    expect(reviewLitigationSentence(busy())).toBe(
      '本年度因政府信息公开被申请行政复议3件、提起行政诉讼2件。',
    );
    expect(reviewLitigationSentence(sampleReport())).toBe(
      '本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。',
    );
  });

  it('state 表二', () => {
    expect(proactiveSentence(busy())).toBe(
      '本年度制发规章0件，废止规章0件，现行有效规章0件；制发行政规范性文件3件，废止行政规范性文件1件，现行有效行政规范性文件12件。作出行政许可决定9487件、行政处罚决定0件、行政强制决定0件。行政事业性收费7730.28万元。',
    );
  });

  it('state the 信息处理费', () => {
    expect(feeSentence()).toBe('本年度未收取信息处理费。');
    expect(feeSentence(120)).toBe(
      '本年度依据《政府信息公开信息处理费管理办法》收取信息处理费120元。',
    );
  });

  it('are not offered while their figures are blank', () => {
    const blank = createEmptyReport({ year: 2022 });
    expect(applicationsSentence(blank)).toBeNull();
    expect(reviewLitigationSentence(blank)).toBeNull();
    expect(proactiveSentence(blank)).toBeNull();
  });

  it.each<[string, Report]>([
    ['a busy report', busy()],
    ['an all-zero report', sampleReport()],
    ['洪泽区 2024', hongze],
  ])('agree with text-matches-tables on %s, which reads every figure', (_name, report) => {
    const sentences = [
      applicationsSentence(report),
      reviewLitigationSentence(report),
      proactiveSentence(report),
    ];
    const overview = sentences.join('');
    const withText = { ...report, overview, other: feeSentence() };
    expect(checkTextMatchesTables(withText)).toEqual([]);
    expect(checkReport(withText).filter((f) => f.rule === 'text-matches-tables')).toEqual([]);
    const read = new Set(extractNarrativeNumbers(overview, report.year).map((s) => s.quantity));
    expect([...read].sort()).toEqual(
      [
        'newReceived',
        'carriedOver',
        'resultTotal',
        'carriedForward',
        'review',
        'litigation',
        'rules.issued',
        'rules.repealed',
        'rules.inForce',
        'normativeDocuments.issued',
        'normativeDocuments.repealed',
        'normativeDocuments.inForce',
        'feesWan',
      ].sort(),
    );
  });

  it('are caught by text-matches-tables once the tables change after the insert', () => {
    const report = busy();
    const overview = `${applicationsSentence(report) ?? ''}${reviewLitigationSentence(report) ?? ''}`;
    const changed = withColumn({ ...report, overview }, 'naturalPerson', {
      newReceived: 191,
      granted: 121,
    });
    changed.reviewLitigation.review = { upheld: 2, corrected: 2, other: 0, pending: 0, total: 4 };
    expect(checkTextMatchesTables(changed).map((f) => f.message)).toEqual([
      '总体情况中“收到政府信息公开申请190件”，表三本年新收总计为191件',
      '总体情况中“办结198件”，表三办理结果（七）总计为199件',
      '总体情况中“被申请行政复议3件”，表四行政复议总计为4件',
    ]);
  });
});
