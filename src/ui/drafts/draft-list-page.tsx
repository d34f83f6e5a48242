/**
 * 我的报告: every draft in this browser, with a button to start a new one.
 */
import { useEffect, useState } from 'react';
import { draftDisplayName, type Draft } from '@/domain/report/draft-schema';
import { createEmptyReport } from '@/domain/report/empty-report';
import { createDraft, listWorkspace, type Workspace } from '@/storage/drafts-repository';

export interface DraftListPageProps {
  onOpen: (draftId: string) => void;
}

function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { hour12: false });
}

export function DraftListPage({ onOpen }: DraftListPageProps) {
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    let live = true;
    listWorkspace().then(
      (w) => {
        if (live) setWorkspace(w);
      },
      (e: unknown) => {
        if (live) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
    };
  }, []);

  async function createBlank() {
    setCreating(true);
    try {
      const draft = await createDraft({ report: createEmptyReport() });
      onOpen(draft.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setCreating(false);
    }
  }

  return (
    <section aria-labelledby="draft-list-title">
      <h1 className="page-title" id="draft-list-title">
        我的报告
      </h1>
      <div className="toolbar">
        <button type="button" className="primary" disabled={creating} onClick={createBlank}>
          新建报告
        </button>
      </div>
      {error && <p role="alert">无法读取本机保存的报告：{error}</p>}
      {workspace && workspace.drafts.length === 0 && <p>还没有报告。点击「新建报告」开始。</p>}
      {workspace && workspace.drafts.length > 0 && (
        <table className="draft-table">
          <thead>
            <tr>
              <th scope="col">报告</th>
              <th scope="col">机关</th>
              <th scope="col">年度</th>
              <th scope="col">最近编辑</th>
            </tr>
          </thead>
          <tbody>
            {workspace.drafts.map((draft: Draft) => (
              <tr key={draft.id}>
                <td>
                  <a href={`#/drafts/${encodeURIComponent(draft.id)}/basics`}>
                    {draftDisplayName(draft)}
                  </a>
                </td>
                <td>{draft.report.agency || '—'}</td>
                <td>{draft.report.year}</td>
                <td>{formatDateTime(draft.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
