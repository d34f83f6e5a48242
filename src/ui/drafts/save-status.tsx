import type { SaveStatus } from './autosave-engine';
import { formatClock } from './format-time';

/**
 * The save state in the header, announced to screen readers as it changes. A read-only view
 * (another tab edits) says so instead of a save time it did not make.
 */
export function SaveStatusText({ status, readOnly }: { status: SaveStatus; readOnly: boolean }) {
  if (readOnly && status.kind === 'saved') {
    return (
      <span className="save-status" role="status" aria-live="polite">
        只读
      </span>
    );
  }
  return (
    <span className={`save-status save-status-${status.kind}`} role="status" aria-live="polite">
      {status.kind === 'saved' && `已保存 ${formatClock(status.at)}`}
      {status.kind === 'pending' && '保存中…'}
      {status.kind === 'error' && '保存失败，改动仍在本页'}
    </span>
  );
}
