import { describe, expect, it } from 'vitest';
import { MATRIX_ROW_IDS } from '../matrix/matrix-table';
import { createEmptyReport } from './empty-report';
import { createNextYearReport } from './next-year';
import type { Report } from './report-schema';

function lastYear(): Report {
  const report = createEmptyReport({
    agency: '平潭综合实验区',
    agencyKind: 'government',
    year: 2023,
    fill: 1,
  });
  return {
    ...report,
    localDeadline: '2024-02-15',
    preamble: '本报告根据……编制。',
    overview: '2023年，……',
    problems: '存在的问题……',
    other: '未收取信息处理费。',
    requests: {
      ...report.requests,
      carriedForward: {
        naturalPerson: 3,
        commercial: 1,
        research: 0,
        publicInterest: 0,
        legalService: 0,
        otherOrg: 2,
        total: 6,
      },
    },
    signature: { agency: '平潭综合实验区管委会', date: '2024-03-08' },
    publishedAt: '2024-03-08',
  };
}

describe('createNextYearReport', () => {
  const next = createNextYearReport(lastYear());

  it('is the next year, for the same agency and kind', () => {
    expect([next.agency, next.agencyKind, next.year]).toEqual([
      '平潭综合实验区',
      'government',
      2024,
    ]);
  });

  it('carries 四、结转下年度继续办理 into 二、上年结转, column by column, total included', () => {
    expect(next.requests.carriedOver).toEqual({
      naturalPerson: 3,
      commercial: 1,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      otherOrg: 2,
      total: 6,
    });
  });

  it('copies no narrative, no date and no other number', () => {
    expect([next.preamble, next.overview, next.problems, next.other]).toEqual(['', '', '', '']);
    expect([next.signature.date, next.publishedAt, next.localDeadline]).toEqual([null, null, null]);
    for (const row of MATRIX_ROW_IDS.filter((r) => r !== 'carriedOver')) {
      expect(Object.values(next.requests[row]).every((v) => v === null)).toBe(true);
    }
    expect(next.proactive.rules.inForce).toBeNull();
    expect(next.reviewLitigation.review.total).toBeNull();
  });

  it('keeps the signature agency as last year printed it', () => {
    expect(next.signature).toEqual({ agency: '平潭综合实验区管委会', date: null });
  });

  it('leaves the unknown open when last year left 结转 empty', () => {
    const previous = lastYear();
    previous.requests.carriedForward = { ...previous.requests.carriedForward, research: null };
    expect(createNextYearReport(previous).requests.carriedOver.research).toBeNull();
  });
});
