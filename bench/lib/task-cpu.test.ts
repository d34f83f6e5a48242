import { describe, expect, it } from 'vitest';
import { markedTaskCpu } from './task-cpu';

const meta = (pid: number, tid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name },
});
const task = (tid: number, ts: number, dur: number, tdur?: number) => ({
  name: 'RunTask',
  ph: 'X',
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
  pid: 1,
  tid,
});
const mark = (tid: number, ts: number, name = 'key') => ({
  name,
  cat: 'blink.user_timing',
  ph: 'R',
  ts,
  pid: 1,
  tid,
});

describe('markedTaskCpu', () => {
  it('gives the thread time of the main-thread task around each mark, in order', () => {
    const trace = {
      traceEvents: [
        meta(1, 10, 'CrRendererMain'),
        meta(1, 11, 'Compositor'),
        task(10, 1_000, 9_000, 4_000),
        task(10, 20_000, 5_000, 2_500),
        task(11, 20_000, 5_000, 99_000),
        mark(10, 21_000),
        mark(10, 1_500),
        mark(10, 21_500, 'other'),
        mark(11, 21_000),
      ],
    };
    expect(markedTaskCpu(JSON.stringify(trace), 'key')).toEqual([4, 2.5]);
  });

  it('says NaN for a mark outside any task or in a task without thread time', () => {
    const trace = [
      meta(1, 10, 'CrRendererMain'),
      task(10, 1_000, 1_000, 300),
      task(10, 5_000, 1_000),
      mark(10, 3_000),
      mark(10, 5_500),
      mark(10, 500),
    ];
    expect(markedTaskCpu(JSON.stringify(trace), 'key')).toEqual([NaN, NaN, NaN]);
  });
});
