/**
 * Paste a published report's text or choose its file (.txt, .html, .docx, .pdf), then read it.
 * What was pasted is kept while the dialog is open, so a failed read loses nothing.
 */
import { useId, useState } from 'react';
import type { Report } from '@/domain/report/report-schema';
import {
  PUBLISHED_FILE_ACCEPT,
  readChosenFile,
  readErrorMessage,
  readPastedText,
  type SourceReading,
} from './read-published-source';

export interface SourcePickerProps {
  onRead: (reading: SourceReading) => void;
  /** Last year's report, if known, for the checks of the reading. */
  previousYear?: Report | null;
}

export function SourcePicker({ onRead, previousYear = null }: SourcePickerProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textId = useId();
  const fileId = useId();
  const errorId = useId();

  const run = async (read: () => Promise<SourceReading> | SourceReading) => {
    setBusy(true);
    setError(null);
    try {
      onRead(await read());
    } catch (e) {
      setError(readErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="source-picker">
      <div className="dialog-field">
        <label htmlFor={textId}>粘贴报告全文（在报告网页上全选、复制后粘贴到这里）</label>
        <textarea
          id={textId}
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={error ? errorId : undefined}
          placeholder="例如：XX局2024年政府信息公开工作年度报告……一、总体情况……"
        />
        <div>
          <button
            type="button"
            className="primary"
            disabled={busy || !text.trim()}
            onClick={() => void run(() => readPastedText(text, previousYear))}
          >
            读取粘贴的文字
          </button>
        </div>
      </div>
      <div className="dialog-field">
        <label htmlFor={fileId}>或选择报告文件（.txt、.html、.docx、.pdf）</label>
        <input
          id={fileId}
          type="file"
          accept={PUBLISHED_FILE_ACCEPT}
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run(() => readChosenFile(file, previousYear));
          }}
        />
      </div>
      {busy && <p role="status">正在读取……</p>}
      {error && (
        <p className="inline-error" role="alert" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
