/**
 * 历史版本: the snapshots of a draft, newest first, with when, why and what changed; any one can
 * be restored (the current state is snapshotted first, so a restore can itself be undone).
 */
import { useEffect, useState } from 'react';
import {
  listSnapshots,
  SNAPSHOT_REASON_LABELS,
  type SnapshotSummary,
} from '@/storage/draft-history';
import { watchChanges } from '@/storage/draft-events';
import { storageErrorText } from '@/storage/storage-errors';
import { formatDateTime } from './format-time';
import { ModalDialog } from './modal-dialog';

export interface HistoryDialogProps {
  draftId: string;
  /** True while another tab edits: history is shown but cannot be restored here. */
  readOnly: boolean;
  onClose: () => void;
  /** Restores a snapshot; rejects with a Chinese message. */
  onRestore: (snapshot: SnapshotSummary) => Promise<void>;
  /** Saves the current state as a snapshot now. */
  onKeepNow: () => Promise<void>;
}

export function HistoryDialog({
  draftId,
  readOnly,
  onClose,
  onRestore,
  onKeepNow,
}: HistoryDialogProps) {
  const [snapshots, setSnapshots] = useState<SnapshotSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<SnapshotSummary | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const load = () =>
      listSnapshots(draftId).then(
        (list) => live && setSnapshots(list),
        (e: unknown) => live && setError(storageErrorText(e)),
      );
    void load();
    const stop = watchChanges((event) => {
      if (event.draftId === draftId || event.draftId === null) void load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [draftId]);

  async function act(task: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(storageErrorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog title="历史版本" onClose={onClose} wide>
      <div className="modal-body">
        <p className="banner-muted">
          编辑时每隔几分钟、批量粘贴或导入之前、恢复旧版本之前都会自动保存一个版本。恢复某个版本时，当前内容会先存为新的历史版本，不会丢失。
        </p>
        <div className="toolbar">
          <button type="button" disabled={readOnly || busy} onClick={() => act(onKeepNow)}>
            将当前内容存为一个版本
          </button>
        </div>
        {error && (
          <p role="alert" className="inline-error">
            {error}
          </p>
        )}
        {confirming && (
          <div className="banner banner-warning" role="alertdialog" aria-label="确认恢复">
            <p>
              恢复到 {formatDateTime(confirming.takenAt, { seconds: true })}{' '}
              的版本？当前内容会先存为一个历史版本。
            </p>
            <div className="banner-actions">
              <button type="button" onClick={() => setConfirming(null)}>
                取消
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() =>
                  act(async () => {
                    await onRestore(confirming);
                    setConfirming(null);
                  })
                }
              >
                确认恢复
              </button>
            </div>
          </div>
        )}
        {snapshots === null && !error && <p role="status">正在读取历史版本…</p>}
        {snapshots && (
          <table className="data-table" aria-label="历史版本列表">
            <thead>
              <tr>
                <th scope="col">时间</th>
                <th scope="col">原因</th>
                <th scope="col">改动</th>
                <th scope="col">
                  <span className="visually-hidden">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((s) => (
                <tr key={s.seq}>
                  <td className="nowrap">{formatDateTime(s.takenAt, { seconds: true })}</td>
                  <td>{SNAPSHOT_REASON_LABELS[s.reason]}</td>
                  <td>{s.summary}</td>
                  <td>
                    <button
                      type="button"
                      disabled={readOnly || busy}
                      aria-label={`恢复 ${formatDateTime(s.takenAt, { seconds: true })} 的版本`}
                      onClick={() => setConfirming(s)}
                    >
                      恢复此版本
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </ModalDialog>
  );
}
