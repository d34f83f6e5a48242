import { describe, expect, it } from 'vitest';
import { computeTotals } from '../matrix/compute-totals';
import { reportSchema } from '../report/report-schema';
import hongzeJson from './hongze-district-2024.report.json';
import seedJson from './seed-xiangxiang-xinfang-2022.report.json';

describe('hand-written fixtures', () => {
  it.each([
    ['seed-xiangxiang-xinfang-2022', seedJson],
    ['hongze-district-2024', hongzeJson],
  ])('%s is a valid Report whose printed totals equal the computed ones', (_name, json) => {
    const report = reportSchema.parse(json);
    expect(computeTotals(report)).toEqual(report);
  });

  it('has the seed as published: all 200 cells 0, narrative as on the page', () => {
    const seed = reportSchema.parse(seedJson);
    const cells = [
      ...Object.values(seed.requests).flatMap((row) => Object.values(row)),
      ...Object.values(seed.reviewLitigation).flatMap((row) => Object.values(row)),
      seed.proactive.licensing,
      seed.proactive.punishment,
      seed.proactive.enforcement,
      seed.proactive.feesWan,
      ...Object.values(seed.proactive.rules),
      ...Object.values(seed.proactive.normativeDocuments),
    ];
    expect(cells).toHaveLength(200);
    expect(cells.every((c) => c === 0)).toBe(true);
    expect(seed.overview).toContain('办理政府信息依申请公开0件');
    expect(seed.problems.split('\n\n').map((p) => p.slice(0, 7))).toEqual([
      '(一)存在不足',
      '(二)改进措施',
    ]);
    expect(seed.other).toBe('无其他需要报告的事项。');
    expect(seed.signature).toEqual({ agency: '湘乡市信访局', date: '2022-01-10' });
    expect(seed.publishedAt).toBe('2023-01-10');
  });

  it('has 洪泽区 2024’s key figures as printed', () => {
    const hongze = reportSchema.parse(hongzeJson);
    expect(hongze.requests.newReceived.total).toBe(95);
    expect(hongze.requests.resultTotal.naturalPerson).toBe(95);
    expect(hongze.requests.unableNotHeld.total).toBe(31);
    expect(hongze.requests.carriedForward.total).toBe(0);
    expect(hongze.proactive.feesWan).toBe(7545);
    expect(hongze.proactive.normativeDocuments).toEqual({ issued: 3, repealed: 0, inForce: 8 });
    expect(hongze.reviewLitigation.review.total).toBe(2);
    expect(hongze.reviewLitigation.litigationDirect.total).toBe(1);
    expect(hongze.reviewLitigation.litigationAfterReview).toEqual({
      upheld: 2,
      corrected: 0,
      other: 1,
      pending: 0,
      total: 3,
    });
    expect(hongze.overview.split('\n\n')).toHaveLength(6);
  });
});
