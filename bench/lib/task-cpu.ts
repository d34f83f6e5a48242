/**
 * CPU time of marked tasks, from a Chrome trace: for each `performance.mark(name)` made on the
 * renderer's main thread, the thread time (`tdur`, time the thread actually ran, not time it
 * waited for a CPU) of the top-level task that was running when the mark was made.
 *
 * A keystroke's keydown, keypress, input and the app's synchronous render all run in one such
 * task, so this is the work a keystroke costs the CPU, whatever else the machine is doing;
 * wall-clock figures of the same work also include the time other processes held the CPU.
 */

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

function eventsOf(json: string): TraceEvent[] {
  const parsed: unknown = JSON.parse(json);
  if (Array.isArray(parsed)) return parsed;
  if (
    parsed &&
    typeof parsed === 'object' &&
    'traceEvents' in parsed &&
    Array.isArray(parsed.traceEvents)
  ) {
    return parsed.traceEvents;
  }
  return [];
}

/** Trace categories that `markedTaskCpu` needs (top-level tasks and user-timing marks). */
export const TASK_CPU_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

/**
 * Thread milliseconds of the task around each mark called `markName`, in the marks' order. A
 * mark outside any recorded task (or in a task without thread time) gives NaN.
 */
export function markedTaskCpu(json: string, markName: string): number[] {
  const events = eventsOf(json);
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const tasks = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.dur === undefined) continue;
    const thread = threadOf(e);
    if (!mainThreads.has(thread)) continue;
    const list = tasks.get(thread) ?? [];
    list.push(e);
    tasks.set(thread, list);
  }
  for (const list of tasks.values()) list.sort((a, b) => a.ts - b.ts);
  const marks = events
    .filter((e) => e.name === markName && e.ph !== 'M' && mainThreads.has(threadOf(e)))
    .sort((a, b) => a.ts - b.ts);
  return marks.map((mark) => {
    const list = tasks.get(threadOf(mark)) ?? [];
    // Tasks on one thread do not overlap: the last one starting at or before the mark holds it.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid]?.ts ?? Infinity) <= mark.ts) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    const task = list[found];
    if (!task || task.tdur === undefined || mark.ts > task.ts + (task.dur ?? 0)) return Number.NaN;
    return task.tdur / 1000;
  });
}
