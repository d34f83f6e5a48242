/** The one place the draft screens format timestamps (local time, 24-hour clock). */

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 「14:32:05」 */
export function formatClock(at: Date): string {
  return `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/** 「2025-01-15 14:32」 (with `seconds`, 「…14:32:05」); 「今天 14:32」 for today. */
export function formatDateTime(
  iso: string,
  options: { seconds?: boolean } = {},
  now = new Date(),
): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const time = options.seconds ? formatClock(at) : `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  if (at.toDateString() === now.toDateString()) return `今天 ${time}`;
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${time}`;
}
