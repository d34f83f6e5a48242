/**
 * A Chrome trace of the page's renderer main thread, summarised as self time per kind of work
 * (script, style, layout, paint, garbage collection …): nested events are subtracted from their
 * parents, so the kinds add up to the thread's busy time.
 */

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
}

export interface TraceSummary {
  /** Self milliseconds by event name, largest first. */
  byName: { name: string; selfMs: number; count: number }[];
  busyMs: number;
  /** Per input event type dispatched (keydown, input, paste …): count and inclusive ms. */
  events: Record<string, { count: number; ms: number }>;
}

export function summarizeTrace(json: string): TraceSummary {
  const parsed: unknown = JSON.parse(json);
  const all: TraceEvent[] = Array.isArray(parsed)
    ? parsed
    : parsed &&
        typeof parsed === 'object' &&
        'traceEvents' in parsed &&
        Array.isArray(parsed.traceEvents)
      ? parsed.traceEvents
      : [];
  const mainThreads = new Set(
    all
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const events = all
    .filter((e) => e.ph === 'X' && e.dur !== undefined && mainThreads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, { selfMs: number; count: number }>();
  const dispatched: Record<string, { count: number; ms: number }> = {};
  const stack: { end: number; name: string; child: number }[] = [];
  let busy = 0;
  const close = (
    frame: { end: number; name: string; child: number; start?: number },
    dur: number,
  ) => {
    const entry = self.get(frame.name) ?? { selfMs: 0, count: 0 };
    entry.selfMs += (dur - frame.child) / 1000;
    entry.count += 1;
    self.set(frame.name, entry);
  };
  const durations = new Map<object, number>();
  for (const e of events) {
    const dur = e.dur ?? 0;
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= e.ts) {
      const done = stack.pop();
      if (done) close(done, durations.get(done) ?? 0);
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.child += dur;
    else busy += dur;
    if (e.name === 'EventDispatch' && e.args?.data?.type) {
      const t = e.args.data.type;
      const d = dispatched[t] ?? { count: 0, ms: 0 };
      d.count += 1;
      d.ms += dur / 1000;
      dispatched[t] = d;
    }
    const frame = { end: e.ts + dur, name: e.name, child: 0 };
    durations.set(frame, dur);
    stack.push(frame);
  }
  for (const frame of stack.reverse()) close(frame, durations.get(frame) ?? 0);
  return {
    byName: [...self.entries()]
      .map(([name, v]) => ({ name, ...v }))
      .sort((a, b) => b.selfMs - a.selfMs),
    busyMs: busy / 1000,
    events: dispatched,
  };
}

export function formatTraceSummary(summary: TraceSummary, top: number): string {
  const lines = [`renderer main thread busy ${summary.busyMs.toFixed(0)} ms; self time by kind:`];
  for (const e of summary.byName.slice(0, top)) {
    lines.push(`${e.selfMs.toFixed(1).padStart(9)} ms  ${String(e.count).padStart(6)}×  ${e.name}`);
  }
  lines.push('dispatched events (inclusive):');
  for (const [type, v] of Object.entries(summary.events).sort((a, b) => b[1].ms - a[1].ms)) {
    lines.push(`${v.ms.toFixed(1).padStart(9)} ms  ${String(v.count).padStart(6)}×  ${type}`);
  }
  return lines.join('\n');
}
