/**
 * The banner shown when a write failed: what happened in plain words, that the text is still on
 * screen, when the next automatic attempt is, and the two remedies: 「重试」 and a backup download.
 */
import { useEffect, useState } from 'react';
import type { StorageFailure } from '@/storage/storage-errors';
import { BackupDownloadButton } from './backup-download-button';

export interface StorageProblemBannerProps {
  failure: StorageFailure;
  retryAt: Date | null;
  onRetry: () => void;
  /** Writes the page's draft back when storage no longer has it. */
  onRecreate: () => void;
}

function secondsUntil(at: Date): number {
  return Math.max(0, Math.ceil((at.getTime() - Date.now()) / 1000));
}

export function StorageProblemBanner({
  failure,
  retryAt,
  onRetry,
  onRecreate,
}: StorageProblemBannerProps) {
  const [seconds, setSeconds] = useState(() => (retryAt ? secondsUntil(retryAt) : null));
  useEffect(() => {
    if (!retryAt) return;
    const tick = setInterval(() => setSeconds(secondsUntil(retryAt)), 1000);
    return () => clearInterval(tick);
  }, [retryAt]);

  return (
    <div className="banner banner-error" role="alert">
      <p className="banner-title">改动没有保存</p>
      <p>{failure.message}</p>
      <p>您输入的内容仍保留在本页，请不要关闭或刷新页面。</p>
      {retryAt && seconds !== null && (
        <p className="banner-muted">{seconds > 0 ? `${seconds} 秒后自动重试。` : '正在重试…'}</p>
      )}
      <div className="banner-actions">
        {failure.kind === 'missing' ? (
          <button type="button" className="primary" onClick={onRecreate}>
            重新保存本页内容
          </button>
        ) : (
          <button type="button" className="primary" onClick={onRetry}>
            重试
          </button>
        )}
        <BackupDownloadButton label="下载备份（含本页内容）" />
      </div>
    </div>
  );
}
