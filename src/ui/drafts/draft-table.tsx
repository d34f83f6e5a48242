import { draftDisplayName } from '@/domain/report/draft-schema';
import type { StoredDraft } from '@/storage/drafts-repository';
import { DRAFT_STATE_LABELS, type DraftCheckSummary } from './draft-state';
import { formatDateTime } from './format-time';

export interface DraftTableProps {
  rows: { stored: StoredDraft; summary: DraftCheckSummary }[];
  busy: boolean;
  onRename: (stored: StoredDraft) => void;
  onDuplicate: (stored: StoredDraft) => void;
  onNewFromThis: (stored: StoredDraft) => void;
  onDelete: (stored: StoredDraft) => void;
}

/** The drafts of the home page, one row each. */
export function DraftTable({ rows, busy, ...actions }: DraftTableProps) {
  return (
    <table className="data-table draft-table" aria-label="报告列表">
      <thead>
        <tr>
          <th scope="col">报告</th>
          <th scope="col">机关</th>
          <th scope="col">年度</th>
          <th scope="col">最近编辑</th>
          <th scope="col">状态</th>
          <th scope="col">错误</th>
          <th scope="col">警告</th>
          <th scope="col">操作</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ stored, summary }) => {
          const { draft } = stored;
          const name = draftDisplayName(draft);
          return (
            <tr key={draft.id}>
              <th scope="row">
                <a href={`#/drafts/${encodeURIComponent(draft.id)}/basics`}>{name}</a>
              </th>
              <td>{draft.report.agency || '—'}</td>
              <td>{draft.report.year}</td>
              <td className="nowrap">{formatDateTime(draft.updatedAt)}</td>
              <td>
                <span className={`state state-${summary.state}`}>
                  {DRAFT_STATE_LABELS[summary.state]}
                </span>
              </td>
              <td className={summary.errors > 0 ? 'count count-error' : 'count'}>
                {summary.errors}
              </td>
              <td className={summary.warnings > 0 ? 'count count-warning' : 'count'}>
                {summary.warnings}
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  aria-label={`导出 ${name}`}
                  onClick={() =>
                    window.location.assign(`#/drafts/${encodeURIComponent(draft.id)}/review`)
                  }
                >
                  导出
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`重命名 ${name}`}
                  onClick={() => actions.onRename(stored)}
                >
                  重命名
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`复制 ${name}`}
                  onClick={() => actions.onDuplicate(stored)}
                >
                  复制
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`以 ${name} 为上年报告新建`}
                  onClick={() => actions.onNewFromThis(stored)}
                >
                  以此为上年新建
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`删除 ${name}`}
                  onClick={() => actions.onDelete(stored)}
                >
                  删除
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
