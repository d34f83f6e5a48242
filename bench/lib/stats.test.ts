import { describe, expect, it } from 'vitest';
import { quantile, summarize } from './stats';

describe('summarize', () => {
  it('gives the nearest-rank median and 95th percentile', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 1..100, unsorted
    const s = summarize(samples);
    expect(s.n).toBe(100);
    expect(s.median).toBe(50);
    expect(s.p95).toBe(95);
    expect(s.min).toBe(1);
    expect(s.max).toBe(100);
    expect(s.mean).toBe(50.5);
    // The interval brackets the median and stays within the samples.
    expect(s.medianCi[0]).toBeLessThanOrEqual(50);
    expect(s.medianCi[1]).toBeGreaterThanOrEqual(50);
    expect(s.medianCi[0]).toBeGreaterThanOrEqual(1);
  });

  it('handles one sample and none', () => {
    expect(summarize([7])).toMatchObject({ n: 1, median: 7, p95: 7, medianCi: [7, 7] });
    expect(Number.isNaN(summarize([]).median)).toBe(true);
  });

  it('takes the smallest value at rank 1', () => {
    expect(quantile([1, 2, 3], 0)).toBe(1);
    expect(quantile([1, 2, 3], 1)).toBe(3);
  });
});
