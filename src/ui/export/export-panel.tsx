/**
 * 导出 in the 审核与导出 step: the report as JSON, HTML, Word or printed (PDF). A final export
 * needs no error, every warning acknowledged and every cell filled in, and is recorded in the
 * draft (`exportedAt`); a draft export is always possible and every file says 「草稿」.
 */
import { useState } from 'react';
import type { Finding } from '@/domain/checks/finding';
import { assessExportReadiness } from '@/domain/document/export-readiness';
import type { Draft } from '@/domain/report/draft-schema';
import type { ExportStatus } from '@/domain/report/exchange';
import { downloadReport, type ExportFormat } from '@/export/download-report';
import { printReport } from '@/export/print-report';
import { formatDateTime } from '@/ui/drafts/format-time';
import './export-panel.css';

export interface ExportPanelProps {
  draft: Draft;
  findings: Finding[];
  /** A final export records itself in the draft (exportedAt); the editor passes it to storage. */
  onDraftChange: (next: Draft) => void;
}

type ExportAction = ExportFormat | 'print';

const FORMAT_NAMES: Record<ExportAction, string> = {
  json: 'JSON',
  html: 'HTML',
  docx: 'Word',
  print: '打印',
};

/** How many unfilled cells are named before 「等」. */
const LISTED_CELLS = 5;

/** The heading of the review list above, if the step shows one. */
const REVIEW_SUMMARY_ID = 'review-summary-title';

function buttonLabel(action: ExportAction, status: ExportStatus): string {
  if (action === 'print') return status === 'final' ? '打印 / 另存为 PDF' : '打印草稿 / 另存为 PDF';
  return status === 'final' ? `导出 ${FORMAT_NAMES[action]}` : `导出草稿 ${FORMAT_NAMES[action]}`;
}

const ACTIONS: readonly ExportAction[] = ['json', 'html', 'docx', 'print'];

export function ExportPanel({ draft, findings, onDraftChange }: ExportPanelProps) {
  const readiness = assessExportReadiness(draft, findings);
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function run(action: ExportAction, status: ExportStatus) {
    const label = buttonLabel(action, status);
    setBusy(label);
    setDone(null);
    setFailure(null);
    try {
      const now = new Date();
      if (action === 'print') {
        await printReport(draft.report, status);
        setDone(status === 'final' ? '已打开打印窗口。' : '已打开草稿的打印窗口。');
      } else {
        const fileName = await downloadReport(draft.report, action, status, now);
        setDone(`已导出「${fileName}」。`);
      }
      if (status === 'final') onDraftChange({ ...draft, exportedAt: now.toISOString() });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setFailure(`${label}失败：${reason}。报告内容没有改变，请重试。`);
    } finally {
      setBusy(null);
    }
  }

  function showReview() {
    document
      .getElementById(REVIEW_SUMMARY_ID)
      ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  const shownCells = readiness.unfilledCells.slice(0, LISTED_CELLS).join('、');
  const moreCells = readiness.unfilledCells.length > LISTED_CELLS ? ' 等' : '';

  return (
    <div className="export-panel">
      <h3>导出报告</h3>
      <section className="export-group" aria-labelledby="export-final-title">
        <h4 id="export-final-title">正式导出</h4>
        {readiness.finalAllowed ? (
          <p className="export-ready">已通过核对：没有错误，警告均已确认，所有单元格都已填写。</p>
        ) : (
          <div id="export-blockers" className="export-blockers">
            <p>
              <strong>{readiness.summary}</strong>
            </p>
            <ul>
              {readiness.errors > 0 && (
                <li>
                  修正 {readiness.errors} 个错误（见上方「核对结果」，点击位置可转到相应单元格）。
                </li>
              )}
              {readiness.unacknowledgedWarnings > 0 && (
                <li>
                  核实 {readiness.unacknowledgedWarnings} 个警告：确实无误的，填写理由后「确认」。
                </li>
              )}
              {readiness.unfilledCells.length > 0 && (
                <li>
                  填写 {readiness.unfilledCells.length} 个空白单元格（没有数据的填 0）：{shownCells}
                  {moreCells}。
                </li>
              )}
            </ul>
            {(readiness.errors > 0 || readiness.unacknowledgedWarnings > 0) && (
              <button type="button" className="link-button" onClick={showReview}>
                转到核对结果
              </button>
            )}
          </div>
        )}
        <div className="export-buttons" role="group" aria-label="正式导出">
          {ACTIONS.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'docx' ? 'primary' : undefined}
              disabled={!readiness.finalAllowed || busy !== null}
              aria-describedby={readiness.finalAllowed ? undefined : 'export-blockers'}
              onClick={() => void run(action, 'final')}
            >
              {buttonLabel(action, 'final')}
            </button>
          ))}
        </div>
        {draft.exportedAt && (
          <p className="field-hint">上次正式导出：{formatDateTime(draft.exportedAt)}</p>
        )}
      </section>
      <section className="export-group" aria-labelledby="export-draft-title">
        <h4 id="export-draft-title">导出草稿</h4>
        <p className="field-hint">
          草稿随时可以导出，供内部审阅或报送前征求意见。文件中醒目地标明「草稿」，不得作为正式报告发布。
        </p>
        <div className="export-buttons" role="group" aria-label="导出草稿">
          {ACTIONS.map((action) => (
            <button
              key={action}
              type="button"
              disabled={busy !== null}
              onClick={() => void run(action, 'draft')}
            >
              {buttonLabel(action, 'draft')}
            </button>
          ))}
        </div>
      </section>
      <p role="status" className="export-status">
        {busy ? `正在${busy}……` : done}
      </p>
      {failure && (
        <p role="alert" className="inline-error">
          {failure}
        </p>
      )}
    </div>
  );
}
