/**
 * 「从已发布的报告导入」: paste a published report's text or choose its file, see what was read
 * beside the source with every problem, and create a draft only when the user confirms.
 */
import { useState } from 'react';
import { createDraft } from '@/storage/drafts-repository';
import { ModalDialog } from '@/ui/drafts/modal-dialog';
import { storageErrorText } from '@/storage/storage-errors';
import type { SourceReading } from './read-published-source';
import { ReadingPreview } from './reading-preview';
import { SourcePicker } from './source-picker';
import './import-dialog.css';

export interface ImportPublishedDialogProps {
  onClose: () => void;
  /** The user confirmed: a new draft was created. */
  onCreated: (draftId: string) => void;
}

export function ImportPublishedDialog({ onClose, onCreated }: ImportPublishedDialogProps) {
  const [source, setSource] = useState<SourceReading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    if (!source) return;
    setBusy(true);
    setError(null);
    try {
      const draft = await createDraft({ report: source.reading.report });
      onCreated(draft.id);
    } catch (e) {
      setError(`草稿没有创建：${storageErrorText(e)}`);
      setBusy(false);
    }
  };

  return (
    <ModalDialog title="从已发布的报告导入" onClose={onClose} wide>
      <div className="modal-body import-dialog">
        {!source ? (
          <>
            <p className="import-intro">
              读取已在网站上发布的年度报告（网页文字、网页文件、Word 或
              PDF），核对后创建为新的草稿。读取结果会与原文并排显示，创建前可以逐项核对。
            </p>
            <SourcePicker onRead={setSource} />
          </>
        ) : (
          <ReadingPreview source={source} />
        )}
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          {source && (
            <button type="button" onClick={() => setSource(null)} disabled={busy}>
              重新选择
            </button>
          )}
          <button type="button" onClick={onClose} disabled={busy}>
            取消
          </button>
          {source && (
            <button type="button" className="primary" onClick={() => void create()} disabled={busy}>
              创建草稿
            </button>
          )}
        </div>
      </div>
    </ModalDialog>
  );
}
