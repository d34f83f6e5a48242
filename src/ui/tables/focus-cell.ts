/**
 * Going to a cell from elsewhere (a finding in the review list, a link with `?focus=`): every
 * table input carries `data-path` with its location path, so one lookup finds it.
 */

/** Scrolls to the element whose `data-path` is `path` and focuses it; false if none is shown. */
export function focusReportCell(path: string, root: ParentNode = document): boolean {
  const quoted = path.replace(/["\\]/g, '\\$&');
  const element = root.querySelector<HTMLElement>(`[data-path="${quoted}"]`);
  if (!element) return false;
  // Not every environment lays out (jsdom has no scrolling).
  if (typeof element.scrollIntoView === 'function') {
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
  element.focus({ preventScroll: true });
  return document.activeElement === element;
}
