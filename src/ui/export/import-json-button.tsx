/**
 * 导入 JSON: reads an exchange file (`readExchangeFile`) and, if it is a valid report, stores
 * it as a NEW draft; nothing existing is ever overwritten. A refused file changes nothing and
 * gets a Chinese message naming what is wrong and where.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { createDraft } from '@/storage/drafts-repository';
import './import-json-button.css';

export interface ImportJsonButtonProps {
  /** A new draft was created from the file. */
  onCreated: (draftId: string) => void;
}

interface Refusal {
  fileName: string;
  message: string;
  details: string[];
}

export function ImportJsonButton({ onCreated }: ImportJsonButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const messageId = useId();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  async function importFile(file: File) {
    setBusy(true);
    setRefusal(null);
    try {
      // The reader (and the checks it runs) loads only when a file is chosen: the button sits
      // on the first screen, which should not wait for that code.
      const { MAX_EXCHANGE_FILE_BYTES, readExchangeFile } =
        await import('@/domain/report/exchange');
      // Refuse an oversized file before reading it into memory.
      if (file.size > MAX_EXCHANGE_FILE_BYTES) {
        const megabytes = MAX_EXCHANGE_FILE_BYTES / 1024 / 1024;
        setRefusal({
          fileName: file.name,
          message: `文件过大（超过 ${megabytes} MB），不是年报导出的报告文件。`,
          details: [],
        });
        return;
      }
      const result = readExchangeFile(await file.text());
      if (!result.ok) {
        setRefusal({ fileName: file.name, message: result.message, details: result.details });
        return;
      }
      const draft = await createDraft({ report: result.report });
      onCreated(draft.id);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setRefusal({ fileName: file.name, message: `读取或保存时出错：${reason}`, details: [] });
    } finally {
      setBusy(false);
    }
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Clear the picker so that choosing the same file again (after fixing it) reads it again.
    event.target.value = '';
    if (file) void importFile(file);
  }

  return (
    <>
      <button
        type="button"
        disabled={busy}
        aria-describedby={refusal ? messageId : undefined}
        onClick={() => input.current?.click()}
      >
        {busy ? '正在导入……' : '导入 JSON'}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="选择要导入的 JSON 文件"
        onChange={onChange}
      />
      {refusal && (
        <div role="alert" id={messageId} className="import-json-refusal">
          <p>
            <strong>未能导入「{refusal.fileName}」：</strong>
            {refusal.message}
          </p>
          {refusal.details.length > 0 && (
            <ul>
              {refusal.details.map((detail, index) => (
                <li key={`${index}:${detail}`}>{detail}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => setRefusal(null)}>
            知道了
          </button>
        </div>
      )}
    </>
  );
}
