/**
 * 「基于上年报告新建」: take last year's report — an existing draft, an exported JSON file, or a
 * published report — and start year N+1 from it: agency carried, 上年结转 filled from last
 * year's 结转, narrative left empty. Last year's report stays with the new draft.
 */
import { useEffect, useId, useState } from 'react';
import { MATRIX_COLUMNS } from '@/domain/matrix/matrix-table';
import { draftDisplayName } from '@/domain/report/draft-schema';
import { readExchangeFile } from '@/domain/report/exchange';
import { createNextYearReport } from '@/domain/report/next-year';
import type { Report } from '@/domain/report/report-schema';
import { createDraft, getDraft } from '@/storage/drafts-repository';
import { listWorkspace, type DraftListEntry } from '@/storage/list-workspace';
import { ModalDialog } from '@/ui/drafts/modal-dialog';
import { storageErrorText } from '@/storage/storage-errors';
import { ReadingPreview } from './reading-preview';
import { CrossTable } from './reading-tables';
import type { SourceReading } from './read-published-source';
import { SourcePicker } from './source-picker';
import './import-dialog.css';

export interface NewFromPreviousDialogProps {
  onClose: () => void;
  onCreated: (draftId: string) => void;
  /** Start from this existing draft (year N−1) instead of asking for a file. */
  sourceDraftId?: string;
}

type SourceKind = 'draft' | 'json' | 'published';

interface Previous {
  report: Report;
  /** Where it came from, for the summary. */
  from: string;
}

export function NewFromPreviousDialog({
  onClose,
  onCreated,
  sourceDraftId,
}: NewFromPreviousDialogProps) {
  const [kind, setKind] = useState<SourceKind>('draft');
  // The choices come from the stored summaries; only the chosen draft is read whole.
  const [drafts, setDrafts] = useState<DraftListEntry[] | null>(null);
  const [draftId, setDraftId] = useState(sourceDraftId ?? '');
  const [previous, setPrevious] = useState<Previous | null>(null);
  const [published, setPublished] = useState<SourceReading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  const jsonId = useId();

  useEffect(() => {
    let live = true;
    listWorkspace()
      .then(({ drafts: list }) => {
        if (!live) return;
        setDrafts(list);
        if (!sourceDraftId && list[0]) setDraftId((id) => id || (list[0]?.id ?? ''));
      })
      .catch((e: unknown) => live && setError(`无法读取草稿列表：${storageErrorText(e)}`));
    return () => {
      live = false;
    };
  }, [sourceDraftId]);

  useEffect(() => {
    if (kind !== 'draft' || !draftId) return;
    let live = true;
    getDraft(draftId)
      .then((draft) => {
        if (!live) return;
        if (draft)
          setPrevious({ report: draft.report, from: `草稿「${draftDisplayName(draft)}」` });
        else setError('找不到这份草稿，它可能已被删除。');
      })
      .catch((e: unknown) => live && setError(`无法读取草稿：${storageErrorText(e)}`));
    return () => {
      live = false;
    };
  }, [kind, draftId]);

  const choose = (next: SourceKind) => {
    setKind(next);
    setPrevious(null);
    setPublished(null);
    setError(null);
  };

  const readJson = async (file: File) => {
    setError(null);
    const result = readExchangeFile(await file.text());
    if (!result.ok) {
      setPrevious(null);
      setError([result.message, ...result.details].join(' '));
      return;
    }
    setPrevious({ report: result.report, from: `文件「${file.name}」` });
  };

  const create = async () => {
    if (!previous) return;
    setBusy(true);
    setError(null);
    try {
      const draft = await createDraft({
        report: createNextYearReport(previous.report),
        previousYear: previous.report,
      });
      onCreated(draft.id);
    } catch (e) {
      setError(`草稿没有创建：${storageErrorText(e)}`);
      setBusy(false);
    }
  };

  const nextYear = previous ? previous.report.year + 1 : null;
  return (
    <ModalDialog title="基于上年报告新建" onClose={onClose} wide>
      <div className="modal-body import-dialog">
        <fieldset className="source-kinds">
          <legend>上年报告从哪里来</legend>
          {(
            [
              ['draft', '已有的草稿'],
              ['json', '导出的报告文件（.json）'],
              ['published', '已发布的报告（网页文字、.html、.docx、.pdf）'],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="previous-source"
                value={value}
                checked={kind === value}
                onChange={() => choose(value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>

        {kind === 'draft' && (
          <div className="dialog-field">
            <label htmlFor={selectId}>选择上年的草稿</label>
            {drafts === null ? (
              <p role="status">正在读取草稿列表……</p>
            ) : drafts.length === 0 ? (
              <p>还没有草稿。可以改选导出的报告文件或已发布的报告。</p>
            ) : (
              <select id={selectId} value={draftId} onChange={(e) => setDraftId(e.target.value)}>
                {drafts.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.summary.name}
                  </option>
                ))}
              </select>
            )}
          </div>
        )}
        {kind === 'json' && (
          <div className="dialog-field">
            <label htmlFor={jsonId}>选择由「导出 JSON」得到的上年报告文件</label>
            <input
              id={jsonId}
              type="file"
              accept=".json,application/json"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void readJson(file);
              }}
            />
          </div>
        )}
        {kind === 'published' && !published && (
          <SourcePicker
            onRead={(reading) => {
              setPublished(reading);
              setPrevious({ report: reading.reading.report, from: reading.name });
            }}
          />
        )}
        {kind === 'published' && published && <ReadingPreview source={published} />}

        {previous && nextYear !== null && (
          <section className="next-year-summary" aria-label="新草稿">
            <h3>
              将创建：{previous.report.agency || '（未填机关名称）'}
              {nextYear}年度草稿
            </h3>
            <p>
              上年报告：{previous.from}（{previous.report.year}
              年度）。机关名称和类别沿用上年；「二、上年结转政府信息公开申请数量」按上年「四、结转下年度继续办理」填入；正文不复制，需重新撰写（上年的「五、存在的主要问题及改进情况」会在编写时显示，供对照）。
            </p>
            <CrossTable
              className="reading-table"
              title="上年结转"
              untitled
              corner="二、上年结转政府信息公开申请数量"
              section="requests"
              rows={[{ id: 'carriedOver', name: `${nextYear}年度` }]}
              columns={MATRIX_COLUMNS}
              valueAt={(_row, column) => previous.report.requests.carriedForward[column]}
            />
          </section>
        )}
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button
            type="button"
            className="primary"
            disabled={!previous || busy}
            onClick={() => void create()}
          >
            {nextYear === null ? '创建草稿' : `创建 ${nextYear} 年度草稿`}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
