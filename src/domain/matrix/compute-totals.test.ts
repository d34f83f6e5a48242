import { describe, expect, it } from 'vitest';
import { createEmptyReport } from '../report/empty-report';
import { computePartTotals, computeTotals, sumCells } from './compute-totals';
import { MATRIX_ROWS } from './matrix-table';

describe('sumCells', () => {
  it.each([
    [[], null],
    [[null, null], null],
    [[0, null], 0],
    [[1, 2, null, 3], 6],
    [[1e9, 1e9], 2e9],
  ])('sums %j to %j', (cells, expected) => {
    expect(sumCells(cells)).toBe(expected);
  });
});

describe('computeTotals', () => {
  it('leaves the totals of an untouched draft blank, not 0', () => {
    const report = computeTotals(createEmptyReport({}, new Date('2023-01-05')));
    expect(report.requests.newReceived.total).toBeNull();
    expect(report.requests.resultTotal.naturalPerson).toBeNull();
    expect(report.reviewLitigation.review.total).toBeNull();
  });

  it('fills the 总计 column, the （七）总计 row and the 表四 totals from their parts', () => {
    const base = createEmptyReport({ fill: 0 });
    const report = {
      ...base,
      requests: {
        ...base.requests,
        newReceived: {
          ...base.requests.newReceived,
          naturalPerson: 180,
          commercial: 8,
          research: 2,
        },
        granted: { ...base.requests.granted, naturalPerson: 100, research: 1 },
        deniedStateSecret: { ...base.requests.deniedStateSecret, commercial: 3 },
        otherOther: { ...base.requests.otherOther, naturalPerson: 5 },
        // A wrong printed total is replaced: in the editor totals are derived.
        resultTotal: { ...base.requests.resultTotal, naturalPerson: 999 },
      },
      reviewLitigation: {
        ...base.reviewLitigation,
        review: { upheld: 2, corrected: 1, other: 0, pending: 4, total: 0 },
      },
    };
    const totals = computeTotals(report);
    expect(totals.requests.newReceived.total).toBe(190);
    expect(totals.requests.granted.total).toBe(101);
    expect(totals.requests.resultTotal).toEqual({
      naturalPerson: 105,
      commercial: 3,
      research: 1,
      publicInterest: 0,
      legalService: 0,
      otherOrg: 0,
      total: 109,
    });
    expect(totals.reviewLitigation.review.total).toBe(7);
    expect(totals.reviewLitigation.litigationDirect.total).toBe(0);
    // Pure: the input is unchanged.
    expect(report.requests.resultTotal.naturalPerson).toBe(999);
  });

  it('never sums 上年结转 or 结转 rows into （七）总计', () => {
    const base = createEmptyReport({ fill: 0 });
    const report = {
      ...base,
      requests: {
        ...base.requests,
        carriedOver: { ...base.requests.carriedOver, naturalPerson: 7 },
        carriedForward: { ...base.requests.carriedForward, naturalPerson: 9 },
      },
    };
    expect(computeTotals(report).requests.resultTotal.naturalPerson).toBe(0);
    expect(MATRIX_ROWS.filter((r) => r.item === 'three' && !r.derived)).toHaveLength(21);
  });
});

describe('computePartTotals', () => {
  it('computes one part as computeTotals computes it in the whole report', () => {
    const report = createEmptyReport({}, new Date('2023-01-05'));
    report.requests.granted.naturalPerson = 4;
    report.requests.granted.commercial = 1;
    report.reviewLitigation.review.upheld = 2;
    const whole = computeTotals(report);
    expect(computePartTotals('requests', report.requests)).toEqual(whole.requests);
    expect(computePartTotals('requests', report.requests).granted.total).toBe(5);
    expect(computePartTotals('reviewLitigation', report.reviewLitigation)).toEqual(
      whole.reviewLitigation,
    );
    expect(whole.reviewLitigation.review.total).toBe(2);
  });

  it('returns a part without derived cells as it is', () => {
    const report = createEmptyReport({}, new Date('2023-01-05'));
    expect(computePartTotals('proactive', report.proactive)).toBe(report.proactive);
    expect(computePartTotals('overview', report.overview)).toBe(report.overview);
  });
});
