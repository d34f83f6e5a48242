import type { SaveStatus } from './use-autosave';

function clock(at: Date): string {
  return at.toLocaleTimeString('zh-CN', { hour12: false });
}

/** The save state in the header, announced to screen readers. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  return (
    <span className={`save-status save-status-${status.kind}`} role="status" aria-live="polite">
      {status.kind === 'saved' && `已保存 ${clock(status.at)}`}
      {status.kind === 'pending' && '保存中…'}
      {status.kind === 'error' && `保存失败：${status.message}`}
    </span>
  );
}
