/**
 * Storage honesty on the home page: whether the browser has promised to keep this site's data
 * (persistent storage). When it has not, say that the browser may clear drafts when space runs
 * short and urge a backup.
 */
import { useEffect, useState } from 'react';
import {
  readStorageHealth,
  requestPersistentStorage,
  type StorageHealth,
} from '@/storage/storage-health';
import { BackupDownloadButton } from './backup-download-button';

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
}

export function StorageHealthBanner() {
  const [health, setHealth] = useState<StorageHealth | null>(null);
  const [asked, setAsked] = useState(false);

  useEffect(() => {
    let live = true;
    // Chrome and Edge decide without a prompt, from how the site is used.
    requestPersistentStorage().then(
      (h) => live && setHealth(h),
      () => readStorageHealth().then((h) => live && setHealth(h)),
    );
    return () => {
      live = false;
    };
  }, []);

  if (!health) return null;
  const usage =
    health.usage !== null && health.quota !== null
      ? `本机已用 ${size(health.usage)}，可用约 ${size(health.quota)}。`
      : '';
  if (health.persistence === 'persisted') {
    return (
      <p className="storage-note" role="status">
        浏览器已同意长期保存本机数据（持久存储已开启）。{usage}
      </p>
    );
  }
  return (
    <div className="banner banner-warning" role="status" aria-label="存储提示">
      <p className="banner-title">浏览器尚未同意长期保存本机数据</p>
      <p>
        报告只保存在这台电脑的浏览器里。未开启持久存储时，浏览器可能在磁盘空间不足时自动清除这些数据，清理浏览数据也会删除它们。请定期「下载全部备份」并妥善保存。
        {usage}
      </p>
      {asked && (
        <p className="banner-muted">
          浏览器仍未同意。经常使用本应用、将其添加到书签或安装为应用后，浏览器通常会同意。
        </p>
      )}
      <div className="banner-actions">
        <button
          type="button"
          onClick={async () => {
            setHealth(await requestPersistentStorage());
            setAsked(true);
          }}
        >
          申请长期保存
        </button>
        <BackupDownloadButton label="立即下载备份" />
      </div>
    </div>
  );
}
