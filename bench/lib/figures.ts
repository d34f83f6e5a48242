/**
 * The benchmark's results: named figures (a summary of timings or a single value), each with
 * its target where the issue sets one, printed as one table and written as JSON.
 */
import type { Summary } from './stats';

export interface Target {
  /** Which statistic the target applies to. */
  stat: 'median' | 'p95' | 'value';
  /** Upper bound (inclusive). */
  max: number;
}

export interface Figure {
  id: string;
  /** What was measured, in Chinese, as printed. */
  label: string;
  unit: 'ms' | 'kB' | 'ms/份' | '×' | '%';
  summary?: Summary;
  value?: number;
  /** For a ratio of two summaries: the ratio of their 95th percentiles (`value` is of medians). */
  valueP95?: number;
  target?: Target;
  note?: string;
}

export function targetMet(figure: Figure): boolean | null {
  const t = figure.target;
  if (!t) return null;
  const v = t.stat === 'value' ? figure.value : figure.summary?.[t.stat];
  if (v === undefined || Number.isNaN(v)) return false;
  return v <= t.max;
}

function fmt(v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return '—';
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

/** Display width of a string in a terminal (CJK characters take two columns). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

export function formatTable(figures: readonly Figure[]): string {
  const header = ['测量', '单位', 'n', '中位数', 'p95', '目标', '达标'];
  const rows = figures.map((f) => {
    const met = targetMet(f);
    const target = f.target
      ? `${f.target.stat === 'value' ? '' : `${f.target.stat} `}≤ ${f.target.max}`
      : '';
    return [
      f.label,
      f.unit,
      f.summary ? String(f.summary.n) : '',
      f.summary ? fmt(f.summary.median) : fmt(f.value),
      f.summary ? fmt(f.summary.p95) : fmt(f.valueP95).replace('—', ''),
      target,
      met === null ? '' : met ? '是' : '否',
    ];
  });
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, i >= 2 && i <= 4))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
