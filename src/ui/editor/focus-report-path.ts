/**
 * Arriving at a field or cell from a review link (`?focus=<path>`): every field, narrative
 * textarea and table input carries `data-path` = the finding's location path, and the one
 * lookup `focusReportCell` reaches all of them.
 */
import { focusReportCell } from '@/ui/tables/focus-cell';

/** Location paths are dotted ids; anything else in the address is ignored. */
const PATH_PATTERN = /^[A-Za-z0-9_.]+$/;

/**
 * Focuses `path` as soon as its element is on screen: a table may render its inputs a frame
 * after the step mounts. Gives up after `frames` animation frames. Returns a cancel function.
 */
export function focusReportPathWhenReady(path: string, frames = 30): () => void {
  if (!PATH_PATTERN.test(path)) return () => undefined;
  let handle = 0;
  let left = frames;
  const attempt = () => {
    if (focusReportCell(path) || --left <= 0) return;
    handle = requestAnimationFrame(attempt);
  };
  attempt();
  return () => cancelAnimationFrame(handle);
}
