/**
 * Summaries of repeated timings: median and 95th percentile (nearest rank), with a
 * distribution-free 95% confidence interval of the median, so that a reader can see whether the
 * number of runs was enough for the median to be stable.
 */

export interface Summary {
  /** Number of samples. */
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
  /** 95% confidence interval of the median, from binomial order statistics. */
  medianCi: [number, number];
}

/** The value at quantile q (0..1) by the nearest-rank method on sorted samples. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) {
    const nan = Number.NaN;
    return { n, median: nan, p95: nan, min: nan, max: nan, mean: nan, medianCi: [nan, nan] };
  }
  // Ranks n/2 ± 1.96·√n/2 bound the median with ~95% confidence whatever the distribution.
  const half = (1.96 * Math.sqrt(n)) / 2;
  const lo = Math.max(1, Math.floor(n / 2 - half));
  const hi = Math.min(n, Math.ceil(n / 2 + half + 1));
  return {
    n,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[n - 1] ?? Number.NaN,
    mean: sorted.reduce((a, b) => a + b, 0) / n,
    medianCi: [sorted[lo - 1] ?? Number.NaN, sorted[hi - 1] ?? Number.NaN],
  };
}

/** Runs `fn` `runs` times after `warmup` unrecorded runs; returns the recorded milliseconds. */
export async function timeRuns(
  runs: number,
  warmup: number,
  fn: (i: number) => unknown | Promise<unknown>,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    out.push(performance.now() - start);
  }
  return out;
}
