import type { SaveStatus } from './autosave-engine';
import { formatClock } from './format-time';
import './save-status.css';

/**
 * The save state in the header, announced to screen readers as it changes. A read-only view
 * (another tab edits) says so instead of a save time it did not make. 「已保存」 and 「保存中…」
 * share one fixed-size box (see save-status.css), so that switching between them, on the first
 * keystroke after each save, does not lay out the whole page.
 */
export function SaveStatusText({ status, readOnly }: { status: SaveStatus; readOnly: boolean }) {
  if (readOnly && status.kind === 'saved') {
    return (
      <span className="save-status" role="status" aria-live="polite">
        只读
      </span>
    );
  }
  if (status.kind === 'error') {
    return (
      <span className="save-status save-status-error" role="status" aria-live="polite">
        保存失败，改动仍在本页
      </span>
    );
  }
  return (
    <span className={`save-status save-status-${status.kind}`} role="status" aria-live="polite">
      <span className="save-status-words">
        {status.kind === 'saved' ? `已保存 ${formatClock(status.at)}` : '保存中…'}
      </span>
    </span>
  );
}
