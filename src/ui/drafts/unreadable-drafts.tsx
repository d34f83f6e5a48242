/**
 * 无法读取的草稿: stored rows that no longer validate. They are kept, never dropped; the user can
 * download the raw data (to send to support or to fix by hand) or move them to the bin.
 */
import type { UnreadableStoredDraft } from '@/storage/list-workspace';
import { downloadText } from './download-file';
import { formatDateTime } from './format-time';

export interface UnreadableDraftsProps {
  items: UnreadableStoredDraft[];
  /** Move to the bin (list) or delete for good (bin). */
  action: { label: string; run: (id: string) => void };
}

export function UnreadableDrafts({ items, action }: UnreadableDraftsProps) {
  if (items.length === 0) return null;
  return (
    <section className="unreadable" aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">无法读取的草稿</h2>
      <p className="banner-muted">
        这些草稿保存在本机，但内容不符合当前格式，无法打开。数据没有被删除：可以下载原始数据留存，或交给技术人员修复。
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.label && <strong>{item.label} </strong>}
            <span className="unreadable-id">{item.id}</span>（最后保存{' '}
            {formatDateTime(item.updatedAt)}）：
            {item.reason}
            <span className="row-actions">
              <button
                type="button"
                onClick={() =>
                  downloadText(
                    `年报-无法读取的草稿-${item.id}.json`,
                    JSON.stringify(item.raw, null, 1),
                  )
                }
              >
                下载原始数据
              </button>
              <button type="button" onClick={() => action.run(item.id)}>
                {action.label}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
