/**
 * 从备份恢复: read a workspace backup, show what it would add, and for each draft that exists here
 * with different content let the user choose (copy by default). Then say what was done.
 */
import { useState } from 'react';
import { restoreBackup, type ConflictChoice, type RestoreReport } from '@/storage/restore-backup';
import { analyzeBackup, type BackupItem, type BackupPlan } from '@/storage/workspace-backup';
import { storageErrorText } from '@/storage/storage-errors';
import { formatDateTime } from './format-time';
import { ModalDialog } from './modal-dialog';

const STATUS_LABELS: Record<BackupItem['status'], string> = {
  new: '本机没有，将新增',
  identical: '本机已有相同内容，将跳过',
  different: '本机已有不同版本',
  unreadable: '无法读取，将跳过',
};

const CHOICE_LABELS: Record<ConflictChoice, string> = {
  copy: '作为副本导入（两份都保留）',
  replace: '用备份覆盖（本机版本先存入历史版本）',
  skip: '跳过，保留本机版本',
};

export function BackupRestoreDialog({ onClose }: { onClose: () => void }) {
  const [plan, setPlan] = useState<BackupPlan | null>(null);
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<RestoreReport | null>(null);
  const [busy, setBusy] = useState(false);

  async function readFile(file: File) {
    setError(null);
    setPlan(null);
    setResult(null);
    try {
      setPlan(await analyzeBackup(await file.text()));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function restore() {
    if (!plan) return;
    setBusy(true);
    try {
      setResult(await restoreBackup(plan, choices));
    } catch (e) {
      setError(`恢复失败，本机数据未改变：${storageErrorText(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog title="从备份恢复" onClose={onClose} wide>
      <div className="modal-body">
        {!result && (
          <>
            <p>
              选择以前下载的「全部报告备份」文件（.json）。恢复只会添加，不会在未经您选择时覆盖本机的报告。
            </p>
            <label className="dialog-field">
              <span>备份文件</span>
              <input
                type="file"
                accept=".json,application/json"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) void readFile(file);
                }}
              />
            </label>
          </>
        )}
        {error && (
          <p role="alert" className="inline-error">
            {error}
          </p>
        )}
        {plan && !result && (
          <>
            <p>
              备份时间：{formatDateTime(plan.backup.exportedAt, { seconds: true })}，共{' '}
              {plan.items.length} 份报告。
              {plan.backup.partial && '（这是数据库无法读取时生成的部分备份。）'}
            </p>
            <table className="data-table" aria-label="备份中的报告">
              <thead>
                <tr>
                  <th scope="col">报告</th>
                  <th scope="col">情况</th>
                  <th scope="col">处理方式</th>
                </tr>
              </thead>
              <tbody>
                {plan.items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      {item.name}
                      {item.inBin && <span className="tag">回收站</span>}
                    </td>
                    <td>
                      {STATUS_LABELS[item.status]}
                      {item.reason && <div className="banner-muted">{item.reason}</div>}
                    </td>
                    <td>
                      {item.status === 'different' ? (
                        <select
                          aria-label={`${item.name} 的处理方式`}
                          value={choices[item.id] ?? 'copy'}
                          onChange={(e) => {
                            const value = e.target.value;
                            if (value === 'copy' || value === 'replace' || value === 'skip') {
                              setChoices({ ...choices, [item.id]: value });
                            }
                          }}
                        >
                          {Object.entries(CHOICE_LABELS).map(([value, label]) => (
                            <option key={value} value={value}>
                              {label}
                            </option>
                          ))}
                        </select>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="modal-actions">
              <button type="button" onClick={onClose}>
                取消
              </button>
              <button type="button" className="primary" disabled={busy} onClick={restore}>
                开始恢复
              </button>
            </div>
          </>
        )}
        {result && (
          <div role="status" aria-label="恢复结果">
            <p className="banner-title">恢复完成</p>
            <ul>
              <li>
                新增 {result.added.length} 份
                {result.added.length > 0 && `：${result.added.join('、')}`}
              </li>
              <li>
                作为副本导入 {result.copied.length} 份
                {result.copied.length > 0 && `：${result.copied.join('、')}`}
              </li>
              <li>
                覆盖 {result.replaced.length} 份
                {result.replaced.length > 0 &&
                  `：${result.replaced.join('、')}（原内容已存入历史版本）`}
              </li>
              <li>跳过 {result.skipped.length} 份</li>
            </ul>
            {result.skipped.length > 0 && (
              <ul className="banner-muted">
                {result.skipped.map((s, i) => (
                  <li key={i}>
                    {s.name}：{s.reason}
                  </li>
                ))}
              </ul>
            )}
            <div className="modal-actions">
              <button type="button" className="primary" onClick={onClose}>
                完成
              </button>
            </div>
          </div>
        )}
      </div>
    </ModalDialog>
  );
}
