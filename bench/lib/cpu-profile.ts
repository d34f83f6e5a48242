/**
 * Reading a V8 CPU profile of the app: self and inclusive time per function, each function
 * named with the source module it comes from (the app is built unminified, with source maps,
 * for profiling).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface FunctionTime {
  name: string;
  module: string;
  selfMs: number;
  totalMs: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Per generated line, segments [generated column, source index], from a source map's VLQs. */
function decodeSources(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let source = 0;
  for (const lineText of mappings.split(';')) {
    const segments: [number, number][] = [];
    let column = 0;
    for (const segment of lineText.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length >= 4) {
        source += values[1] ?? 0;
        segments.push([column, source]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** The source module of a position in a chunk, from the chunk's source map (`.js.map`). */
function moduleIndex(distDir: string) {
  const cache = new Map<string, { sources: string[]; lines: [number, number][][] } | null>();
  return (url: string, line: number, column: number): string => {
    const path = new URL(url, 'http://x').pathname;
    let map = cache.get(path);
    if (map === undefined) {
      try {
        const raw: unknown = JSON.parse(readFileSync(join(distDir, `${path}.map`), 'utf8'));
        if (raw && typeof raw === 'object' && 'sources' in raw && 'mappings' in raw) {
          const sources = Array.isArray(raw.sources) ? raw.sources.map(String) : [];
          map = { sources, lines: decodeSources(String(raw.mappings)) };
        } else map = null;
      } catch {
        map = null; // not a file of the build (browser internals, evaluated snippets)
      }
      cache.set(path, map);
    }
    if (!map) return '';
    let source = -1;
    for (const [col, src] of map.lines[line] ?? []) {
      if (col > column) break;
      source = src;
    }
    const name = map.sources[source] ?? '';
    const at = name.search(/(?:^|\/)(?:src|node_modules)\//);
    return at < 0 ? name : name.slice(at).replace(/^\//, '');
  };
}

export function functionTimes(profile: CpuProfile, distDir: string): FunctionTime[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const index = moduleIndex(distDir);
  const keyOf = new Map<number, { key: string; name: string; module: string }>();
  for (const n of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    const module = url ? index(url, lineNumber, columnNumber) || url.replace(/^.*\//, '') : '';
    const name = functionName || '(anonymous)';
    keyOf.set(n.id, { key: `${name}|${module}`, name, module });
  }
  const sampleTime = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    sampleTime.set(id, (sampleTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const out = new Map<string, FunctionTime>();
  const entry = (id: number): FunctionTime | null => {
    const k = keyOf.get(id);
    if (!k) return null;
    let e = out.get(k.key);
    if (!e) {
      e = { name: k.name, module: k.module, selfMs: 0, totalMs: 0 };
      out.set(k.key, e);
    }
    return e;
  };
  for (const [id, micros] of sampleTime) {
    const ms = micros / 1000;
    const self = entry(id);
    if (self) self.selfMs += ms;
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = keyOf.get(cur);
      if (!k || seen.has(k.key)) continue;
      seen.add(k.key);
      const e = entry(cur);
      if (e) e.totalMs += ms;
    }
    if (!byId.has(id)) continue;
  }
  return [...out.values()];
}

export function formatFunctionTimes(times: readonly FunctionTime[], top: number): string {
  const line = (t: FunctionTime) =>
    `${t.selfMs.toFixed(1).padStart(9)} ${t.totalMs.toFixed(1).padStart(9)}  ${t.name}  ${t.module}`;
  const bySelf = [...times].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  const byTotal = [...times]
    .filter((t) => t.module.startsWith('src/'))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, top);
  return [
    '   self ms  total ms  function  module — by self time',
    ...bySelf.map(line),
    '',
    '   self ms  total ms  function  module — app code by inclusive time',
    ...byTotal.map(line),
  ].join('\n');
}
