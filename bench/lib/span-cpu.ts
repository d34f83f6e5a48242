/**
 * CPU time between two user-timing marks, from a Chrome trace: each mark carries the thread's
 * CPU clock (`tts`), so the difference between a start mark and the end mark after it is the
 * time the thread actually ran in between, not the time it waited for a CPU.
 *
 * The keystroke probe marks the keydown and the end of the input event's handling, so this is
 * the CPU that the same span as the wall-clock "work" figure costs, whatever else the machine
 * is doing.
 */

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  tts?: number;
  pid: number;
  tid: number;
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

/** The one trace category that `spanCpu` needs. */
export const SPAN_CPU_CATEGORIES = ['blink.user_timing'];

/**
 * Thread milliseconds from each mark `start` to the first mark `end` after it on the same
 * thread, in order; NaN for a start with no end before the next start, or without thread time.
 */
export function spanCpu(json: string, start: string, end: string): number[] {
  const marks = eventsOf(json)
    .filter((e) => (e.name === start || e.name === end) && e.ph !== 'M')
    .sort((a, b) => a.ts - b.ts);
  const spans: number[] = [];
  const open = new Map<string, TraceEvent>();
  const opened: string[] = [];
  for (const mark of marks) {
    const thread = `${mark.pid}:${mark.tid}`;
    if (mark.name === start) {
      if (open.has(thread)) spans[opened.lastIndexOf(thread)] = Number.NaN;
      open.set(thread, mark);
      opened.push(thread);
      spans.push(Number.NaN);
      continue;
    }
    const begun = open.get(thread);
    if (!begun) continue;
    open.delete(thread);
    if (begun.tts !== undefined && mark.tts !== undefined) {
      spans[opened.lastIndexOf(thread)] = (mark.tts - begun.tts) / 1000;
    }
  }
  return spans;
}
