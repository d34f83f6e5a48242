import { describe, expect, it } from 'vitest';
import { computeTotals } from '../matrix/compute-totals';
import { createEmptyReport } from '../report/empty-report';
import type { Report } from '../report/report-schema';
import { sampleReport, withColumn } from '../test-fixtures/sample-report';
import { checkReport } from './check-report';
import type { Finding } from './finding';
import {
  checkMatrixBalance,
  checkMatrixResultTotals,
  checkMatrixRowTotals,
  checkReviewTotals,
} from './table-rules';

function keys(findings: Finding[]): string[] {
  return findings.map((f) => f.key);
}

describe('matrix-balance', () => {
  it('passes a balanced column and the derived 总计 column', () => {
    const report = withColumn(sampleReport(), 'research', {
      newReceived: 4,
      carriedOver: 1,
      granted: 2,
      unableNotHeld: 2,
      carriedForward: 1,
    });
    expect(checkMatrixBalance(report)).toEqual([]);
  });

  it('flags a finished column that does not balance, with the numbers and the four cells', () => {
    const report = withColumn(sampleReport(), 'research', {
      newReceived: 4,
      carriedOver: 1,
      granted: 3,
      carriedForward: 1,
    });
    const findings = checkMatrixBalance(report);
    expect(findings.map((f) => f.message)).toEqual([
      '科研机构列：一+二=5，（七）总计+四=4，相差1',
      '总计列：一+二=5，（七）总计+四=4，相差1',
    ]);
    const [research] = findings;
    expect(research?.severity).toBe('error');
    expect(research?.location).toEqual({
      kind: 'requests',
      row: 'carriedForward',
      column: 'research',
    });
    expect(research?.related).toEqual([
      { kind: 'requests', row: 'newReceived', column: 'research' },
      { kind: 'requests', row: 'carriedOver', column: 'research' },
      { kind: 'requests', row: 'resultTotal', column: 'research' },
    ]);
    expect(research?.key).toBe('matrix-balance@requests.carriedForward.research');
  });

  it.each<[string, Parameters<typeof withColumn>[2], string[]]>([
    ['nothing typed', {}, []],
    ['一 typed, 二 still blank', { newReceived: 5 }, []],
    ['一 and 二 typed, results half typed', { newReceived: 5, carriedOver: 0, granted: 2 }, []],
    [
      'results already exceed 一+二 while the column is half typed',
      { newReceived: 2, carriedOver: 0, granted: 3 },
      ['matrix-balance@requests.carriedForward.commercial'],
    ],
    [
      '四 typed early: results and 四 together already exceed 一+二',
      { newReceived: 2, carriedOver: 1, granted: 2, unableNotHeld: 1, carriedForward: 1 },
      ['matrix-balance@requests.carriedForward.commercial'],
    ],
  ])('on a partial draft (%s)', (_name, values, expected) => {
    const blank = computeTotals(createEmptyReport({ year: 2022 }));
    const report = withColumn(blank, 'commercial', values);
    expect(keys(checkMatrixBalance(report))).toEqual(expected);
  });

  it('checks the printed 总计 column of an imported table once the table is filled', () => {
    const report = sampleReport();
    report.requests.newReceived.total = 3; // printed total, parts all 0
    const found = keys(checkMatrixBalance(report));
    expect(found).toEqual(['matrix-balance@requests.carriedForward.total']);
  });

  it('handles large numbers exactly', () => {
    const report = withColumn(sampleReport(), 'naturalPerson', {
      newReceived: 123_456_789,
      carriedOver: 1,
      granted: 123_456_789,
      carriedForward: 1,
    });
    expect(checkMatrixBalance(report)).toEqual([]);
  });
});

describe('matrix-row-total and matrix-result-total', () => {
  it('accept totals derived by the editor', () => {
    const report = withColumn(sampleReport(), 'naturalPerson', {
      newReceived: 9,
      granted: 5,
      partiallyGranted: 4,
    });
    expect(checkMatrixRowTotals(report)).toEqual([]);
    expect(checkMatrixResultTotals(report)).toEqual([]);
  });

  it('report a printed 总计 that is not the sum of the applicant columns', () => {
    const report = withColumn(sampleReport(), 'naturalPerson', { newReceived: 9 });
    report.requests.newReceived.commercial = 2; // typed after the totals were computed
    const [finding] = checkMatrixRowTotals(report);
    expect(finding?.message).toBe(
      '一、本年新收政府信息公开申请数量：总计为9，各类申请人之和为11，相差2',
    );
    expect(finding?.location).toEqual({ kind: 'requests', row: 'newReceived', column: 'total' });
    expect(finding?.related).toHaveLength(6);
  });

  it('report a printed （七）总计 that is not the sum of rows 3–23', () => {
    const report = sampleReport();
    report.requests.resultTotal.naturalPerson = 7;
    report.requests.granted.naturalPerson = 5;
    const found = checkMatrixResultTotals(report);
    expect(found.map((f) => f.message)).toEqual([
      '自然人列：（七）总计为7，（一）至（六）各项之和为5，相差2',
    ]);
    expect(found[0]?.related).toHaveLength(21);
  });

  it('do not compare a blank total', () => {
    const report = createEmptyReport({ year: 2022 });
    report.requests.granted.naturalPerson = 5;
    expect(checkMatrixRowTotals(report)).toEqual([]);
    expect(checkMatrixResultTotals(report)).toEqual([]);
  });
});

describe('review-total', () => {
  function withReview(values: Partial<Report['reviewLitigation']>): Report {
    const report = sampleReport();
    return { ...report, reviewLitigation: { ...report.reviewLitigation, ...values } };
  }

  it('passes when each 总计 is the sum of its four parts', () => {
    const report = withReview({
      review: { upheld: 1, corrected: 1, other: 0, pending: 0, total: 2 },
    });
    expect(checkReviewTotals(report)).toEqual([]);
  });

  it('finds the two printed totals of 洪泽区 2023 (0 printed for 10+1+0+0 and 5+0+0+0)', () => {
    const report = withReview({
      review: { upheld: 10, corrected: 1, other: 0, pending: 0, total: 0 },
      litigationAfterReview: { upheld: 5, corrected: 0, other: 0, pending: 0, total: 0 },
    });
    expect(checkReviewTotals(report).map((f) => [f.key, f.message])).toEqual([
      ['review-total@reviewLitigation.review.total', '行政复议：总计为0，10+1+0+0=11，相差11'],
      [
        'review-total@reviewLitigation.litigationAfterReview.total',
        '行政诉讼 复议后起诉：总计为0，5+0+0+0=5，相差5',
      ],
    ]);
    expect(checkReport(report).filter((f) => f.severity === 'error')).toHaveLength(2);
  });
});
