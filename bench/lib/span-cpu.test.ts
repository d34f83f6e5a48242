import { describe, expect, it } from 'vitest';
import { spanCpu } from './span-cpu';

const mark = (name: string, ts: number, tts: number | undefined, tid = 1) => ({
  name,
  cat: 'blink.user_timing',
  ph: 'I',
  ts,
  ...(tts === undefined ? {} : { tts }),
  pid: 7,
  tid,
});

describe('spanCpu', () => {
  it('gives the thread time from each start mark to the end mark after it', () => {
    const trace = {
      traceEvents: [
        mark('end', 500, 100),
        mark('start', 1_000, 2_000),
        mark('other', 1_500, 2_100),
        mark('end', 9_000, 6_500),
        mark('start', 20_000, 7_000),
        mark('end', 30_000, 8_250),
      ],
    };
    expect(spanCpu(JSON.stringify(trace), 'start', 'end')).toEqual([4.5, 1.25]);
  });

  it('pairs marks per thread and says NaN where a span has no end or no thread time', () => {
    const trace = [
      mark('start', 1_000, 1_000, 1),
      mark('start', 1_100, 50, 2),
      mark('end', 1_200, 300, 2),
      mark('start', 2_000, 3_000, 1),
      mark('end', 2_500, 3_400, 1),
      mark('start', 4_000, undefined, 1),
      mark('end', 4_500, 5_000, 1),
    ];
    expect(spanCpu(JSON.stringify(trace), 'start', 'end')).toEqual([NaN, 0.25, 0.4, NaN]);
  });
});
