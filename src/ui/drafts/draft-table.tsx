import { DRAFT_STATE_LABELS } from '@/domain/checks/draft-summary';
import type { DraftListEntry } from '@/storage/list-workspace';
import { formatDateTime } from './format-time';

export interface DraftTableProps {
  entries: DraftListEntry[];
  busy: boolean;
  onRename: (entry: DraftListEntry) => void;
  onDuplicate: (entry: DraftListEntry) => void;
  onNewFromThis: (entry: DraftListEntry) => void;
  onDelete: (entry: DraftListEntry) => void;
}

/** The drafts of the home page (one page of them), one row each, from their stored summaries. */
export function DraftTable({ entries, busy, ...actions }: DraftTableProps) {
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
        {entries.map((entry) => {
          const { id, summary } = entry;
          const { name } = summary;
          return (
            <tr key={id}>
              <th scope="row">
                <a href={`#/drafts/${encodeURIComponent(id)}/basics`}>{name}</a>
              </th>
              <td>{summary.agency || '—'}</td>
              <td>{summary.year}</td>
              <td className="nowrap">{formatDateTime(summary.updatedAt)}</td>
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
                    window.location.assign(`#/drafts/${encodeURIComponent(id)}/review`)
                  }
                >
                  导出
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`重命名 ${name}`}
                  onClick={() => actions.onRename(entry)}
                >
                  重命名
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`复制 ${name}`}
                  onClick={() => actions.onDuplicate(entry)}
                >
                  复制
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`以 ${name} 为上年报告新建`}
                  onClick={() => actions.onNewFromThis(entry)}
                >
                  以此为上年新建
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`删除 ${name}`}
                  onClick={() => actions.onDelete(entry)}
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
