/**
 * 「下载全部备份」: every draft and its history as one JSON file, including whatever is on screen
 * and not yet saved (so it works even when the database has failed).
 */
import { useState } from 'react';
import { backupFileName, exportWorkspace } from '@/storage/workspace-backup';
import { storageErrorText } from '@/storage/storage-errors';
import { downloadText } from './download-file';
import { unsavedDrafts } from './unsaved-work';

export function BackupDownloadButton({ label = '下载全部备份' }: { label?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const backup = await exportWorkspace(unsavedDrafts());
      downloadText(backupFileName(new Date()), JSON.stringify(backup, null, 1));
      if (backup.partial) {
        setError('本机数据库无法读取，备份中只有本页正在编辑的报告。');
      }
    } catch (e) {
      setError(`无法生成备份：${storageErrorText(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" onClick={download} disabled={busy}>
        {label}
      </button>
      {error && (
        <span className="inline-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
