import { useState } from 'react';
import { storageErrorText } from '@/storage/storage-errors';
import { ModalDialog } from './modal-dialog';

export interface RenameDialogProps {
  /** The name as shown now. */
  current: string;
  onClose: () => void;
  /** Saves the new name; rejects with a Chinese message shown in the dialog. */
  onRename: (name: string) => Promise<void>;
}

/** 重命名: an empty name goes back to 「机关 + 年度」. */
export function RenameDialog({ current, onClose, onRename }: RenameDialogProps) {
  const [name, setName] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tooLong = name.trim().length > 200;
  return (
    <ModalDialog title="重命名报告" onClose={onClose}>
      <form
        className="modal-body"
        onSubmit={async (event) => {
          event.preventDefault();
          if (tooLong) return;
          setBusy(true);
          setError(null);
          try {
            await onRename(name);
            onClose();
          } catch (e) {
            setError(storageErrorText(e));
            setBusy(false);
          }
        }}
      >
        <label className="dialog-field">
          <span>报告名称</span>
          <input
            type="text"
            value={name}
            autoFocus
            aria-invalid={tooLong}
            aria-describedby="rename-hint"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <p id="rename-hint" className={tooLong ? 'inline-error' : 'banner-muted'}>
          {tooLong ? '名称不能超过200字' : '留空则按「机关名称 + 年度」显示。'}
        </p>
        {error && (
          <p role="alert" className="inline-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="primary" disabled={busy || tooLong}>
            保存名称
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
