/**
 * 回收站: drafts moved out of the list. Each can be restored; they are removed for good only by
 * 「永久删除」 or 「清空回收站」, each after a confirmation that says what will be lost. Like the
 * list, it shows the stored summaries, 50 a page.
 */
import { useState } from 'react';
import { deleteForever, emptyBin, restoreFromBin } from '@/storage/drafts-repository';
import type { DraftListEntry } from '@/storage/list-workspace';
import { storageErrorText } from '@/storage/storage-errors';
import { Paged, usePaging } from './draft-list-pager';
import { pageOf } from './draft-list-view';
import { formatDateTime } from './format-time';
import { ConfirmDialog } from './modal-dialog';
import { UnreadableDrafts } from './unreadable-drafts';
import { useWorkspace } from './use-workspace';
import './draft-list.css';

type Confirming = { kind: 'one'; id: string; name: string } | { kind: 'all'; count: number };

export function BinPage({ homeHref }: { homeHref: string }) {
  const { state } = useWorkspace();
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const paging = usePaging(setPage);

  const workspace = state.kind === 'ready' ? state.workspace : null;
  const binned: DraftListEntry[] = workspace?.bin ?? [];
  const view = pageOf(binned, page);
  const unreadable = workspace?.unreadable.filter((u) => u.deletedAt !== null) ?? [];
  const total = binned.length + unreadable.length;

  async function run(task: () => Promise<void>) {
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(storageErrorText(e));
    }
  }

  return (
    <section aria-labelledby="bin-title">
      <div className="page-head">
        <h1 className="page-title" id="bin-title">
          回收站
        </h1>
        <a href={homeHref}>返回我的报告</a>
      </div>
      <p className="banner-muted">
        删除的报告先放在这里，连同历史版本一起保留，可以随时恢复；只有「永久删除」或「清空回收站」才会真正删除。
      </p>
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
      {notice && <p role="status">{notice}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="inline-error">
          无法读取本机保存的报告：{state.message}
        </p>
      )}
      {workspace && total === 0 && <p className="empty-note">回收站是空的。</p>}
      <Paged page={view.page} pages={view.pages} paging={paging}>
        {binned.length > 0 && (
          <table className="data-table" aria-label="回收站中的报告">
            <thead>
              <tr>
                <th scope="col">报告</th>
                <th scope="col">机关</th>
                <th scope="col">年度</th>
                <th scope="col">删除时间</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map(({ id, summary, deletedAt }) => {
                const { name } = summary;
                return (
                  <tr key={id}>
                    <th scope="row">{name}</th>
                    <td>{summary.agency || '—'}</td>
                    <td>{summary.year}</td>
                    <td className="nowrap">{deletedAt ? formatDateTime(deletedAt) : ''}</td>
                    <td className="row-actions">
                      <button
                        type="button"
                        aria-label={`恢复 ${name}`}
                        onClick={() =>
                          run(async () => {
                            await restoreFromBin(id);
                            setNotice(`「${name}」已恢复到我的报告。`);
                          })
                        }
                      >
                        恢复
                      </button>
                      <button
                        type="button"
                        className="danger"
                        aria-label={`永久删除 ${name}`}
                        onClick={() => setConfirming({ kind: 'one', id, name })}
                      >
                        永久删除
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Paged>
      <UnreadableDrafts
        items={unreadable}
        action={{
          label: '恢复到列表',
          run: (id) => void run(() => restoreFromBin(id)),
        }}
      />
      {total > 0 && (
        <div className="toolbar">
          <button
            type="button"
            className="danger"
            onClick={() => setConfirming({ kind: 'all', count: total })}
          >
            清空回收站
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={confirming.kind === 'all' ? '清空回收站？' : '永久删除这份报告？'}
          confirmLabel={confirming.kind === 'all' ? '清空回收站' : '永久删除'}
          danger
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const target = confirming;
            setConfirming(null);
            void run(async () => {
              if (target.kind === 'all') {
                const count = await emptyBin();
                setNotice(`已永久删除 ${count} 份报告。`);
              } else {
                await deleteForever(target.id);
                setNotice(`「${target.name}」已永久删除。`);
              }
            });
          }}
        >
          <p>
            {confirming.kind === 'all'
              ? `回收站中的 ${confirming.count} 份报告及其全部历史版本将被永久删除，无法恢复。`
              : `「${confirming.name}」及其全部历史版本将被永久删除，无法恢复。`}
          </p>
          <p>如不确定，请先在「我的报告」中下载全部备份。</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
