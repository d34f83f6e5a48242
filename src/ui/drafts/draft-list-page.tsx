/**
 * 我的报告: every draft in this browser with its state and check counts; create (blank, from last
 * year's report, from a published report, from a JSON file), open, rename, duplicate and delete
 * (to the bin); filters by year and agency; backup and restore of the whole workspace.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { draftDisplayName } from '@/domain/report/draft-schema';
import { createEmptyReport } from '@/domain/report/empty-report';
import {
  createDraft,
  duplicateDraft,
  moveToBin,
  renameDraft,
  restoreFromBin,
  type StoredDraft,
} from '@/storage/drafts-repository';
import { ImportJsonButton } from '@/ui/export/import-json-button';
import { BackupDownloadButton } from './backup-download-button';
import { BackupRestoreDialog } from './backup-restore-dialog';
import { DraftTable } from './draft-table';
import { summarizeDraft } from './draft-state';
import { RenameDialog } from './rename-dialog';
import { StorageHealthBanner } from './storage-health-banner';
import { UnreadableDrafts } from './unreadable-drafts';
import { useWorkspace } from './use-workspace';

// The readers of published reports (the parser, .docx and .pdf code) load only when a dialog
// that needs them opens, so that the list itself starts small.
const ImportPublishedDialog = lazy(() =>
  import('@/ui/import/import-published-dialog').then((m) => ({ default: m.ImportPublishedDialog })),
);
const NewFromPreviousDialog = lazy(() =>
  import('@/ui/import/new-from-previous-dialog').then((m) => ({
    default: m.NewFromPreviousDialog,
  })),
);

export interface DraftListPageProps {
  onOpen: (draftId: string) => void;
  /** Link to the bin page. */
  binHref: string;
}

type SortKey = 'updated' | 'year' | 'agency';
type OpenDialog =
  | { kind: 'previous'; sourceDraftId?: string }
  | { kind: 'published' }
  | { kind: 'restore' }
  | { kind: 'rename'; draft: StoredDraft };

interface Notice {
  text: string;
  undo?: () => Promise<void>;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function DraftListPage({ onOpen, binHref }: DraftListPageProps) {
  const { state } = useWorkspace();
  const [year, setYear] = useState('');
  const [agency, setAgency] = useState('');
  const [sort, setSort] = useState<SortKey>('updated');
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const workspace = state.kind === 'ready' ? state.workspace : null;
  const rows = useMemo(
    () =>
      (workspace?.drafts ?? []).map((stored) => ({
        stored,
        summary: summarizeDraft(stored.draft),
      })),
    [workspace],
  );
  const years = [...new Set(rows.map((r) => r.stored.draft.report.year))].sort((a, b) => b - a);
  const agencies = [...new Set(rows.map((r) => r.stored.draft.report.agency.trim()))].sort((a, b) =>
    a.localeCompare(b, 'zh-CN'),
  );
  const shown = rows
    .filter((r) => year === '' || String(r.stored.draft.report.year) === year)
    .filter((r) => agency === '' || r.stored.draft.report.agency.trim() === agency)
    .sort((a, b) => {
      const x = a.stored.draft;
      const y = b.stored.draft;
      if (sort === 'year')
        return y.report.year - x.report.year || (x.updatedAt < y.updatedAt ? 1 : -1);
      if (sort === 'agency') {
        return (
          x.report.agency.localeCompare(y.report.agency, 'zh-CN') || y.report.year - x.report.year
        );
      }
      return x.updatedAt < y.updatedAt ? 1 : -1;
    });

  async function run(task: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const onCreated = (draftId: string) => {
    setDialog(null);
    onOpen(draftId);
  };

  return (
    <section aria-labelledby="draft-list-title">
      <div className="page-head">
        <h1 className="page-title" id="draft-list-title">
          我的报告
        </h1>
        <a className="bin-link" href={binHref}>
          回收站{workspace && workspace.bin.length > 0 ? `（${workspace.bin.length}）` : ''}
        </a>
      </div>
      <StorageHealthBanner />
      <div className="toolbar" role="group" aria-label="新建报告">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const draft = await createDraft({ report: createEmptyReport() });
              onOpen(draft.id);
            })
          }
        >
          新建报告
        </button>
        <button type="button" onClick={() => setDialog({ kind: 'previous' })}>
          基于上年报告新建
        </button>
        <button type="button" onClick={() => setDialog({ kind: 'published' })}>
          从已发布的报告导入
        </button>
        <ImportJsonButton onCreated={onCreated} />
        <span className="toolbar-gap" />
        <BackupDownloadButton />
        <button type="button" onClick={() => setDialog({ kind: 'restore' })}>
          从备份恢复
        </button>
      </div>
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
      {notice && (
        <div className="banner banner-info" role="status">
          <p>{notice.text}</p>
          <div className="banner-actions">
            {notice.undo && (
              <button
                type="button"
                onClick={() => {
                  const undo = notice.undo;
                  setNotice(null);
                  if (undo) void run(undo);
                }}
              >
                撤销
              </button>
            )}
            <button type="button" onClick={() => setNotice(null)}>
              知道了
            </button>
          </div>
        </div>
      )}
      {state.kind === 'loading' && <p role="status">正在读取本机保存的报告…</p>}
      {state.kind === 'failed' && (
        <div className="banner banner-error" role="alert">
          <p>无法读取本机保存的报告：{state.message}</p>
        </div>
      )}
      {workspace && rows.length === 0 && (
        <p className="empty-note">还没有报告。点击「新建报告」开始，或导入上年的报告。</p>
      )}
      {rows.length > 0 && (
        <>
          <div className="filters" role="group" aria-label="筛选和排序">
            <label>
              年度
              <select value={year} onChange={(e) => setYear(e.target.value)}>
                <option value="">全部年度</option>
                {years.map((y) => (
                  <option key={y} value={String(y)}>
                    {y}年度
                  </option>
                ))}
              </select>
            </label>
            <label>
              机关
              <select value={agency} onChange={(e) => setAgency(e.target.value)}>
                <option value="">全部机关</option>
                {agencies.map((a) => (
                  <option key={a} value={a}>
                    {a || '（未填写机关名称）'}
                  </option>
                ))}
              </select>
            </label>
            <label>
              排序
              <select
                value={sort}
                onChange={(e) => {
                  const value = e.target.value;
                  if (value === 'updated' || value === 'year' || value === 'agency') setSort(value);
                }}
              >
                <option value="updated">最近编辑在前</option>
                <option value="year">年度（新的在前）</option>
                <option value="agency">机关名称</option>
              </select>
            </label>
            <span className="banner-muted">
              显示 {shown.length} / {rows.length} 份
            </span>
          </div>
          <DraftTable
            rows={shown}
            busy={busy}
            onRename={(stored) => setDialog({ kind: 'rename', draft: stored })}
            onDuplicate={(stored) =>
              run(async () => {
                const copy = await duplicateDraft(stored.draft.id);
                setNotice({ text: `已复制为「${draftDisplayName(copy)}」。` });
              })
            }
            onNewFromThis={(stored) =>
              setDialog({ kind: 'previous', sourceDraftId: stored.draft.id })
            }
            onDelete={(stored) =>
              run(async () => {
                await moveToBin(stored.draft.id);
                setNotice({
                  text: `「${draftDisplayName(stored.draft)}」已移到回收站，可在回收站中恢复。`,
                  undo: () => restoreFromBin(stored.draft.id),
                });
              })
            }
          />
        </>
      )}
      {workspace && (
        <UnreadableDrafts
          items={workspace.unreadable.filter((u) => u.deletedAt === null)}
          action={{ label: '移到回收站', run: (id) => void run(() => moveToBin(id)) }}
        />
      )}
      <Suspense fallback={<p role="status">正在打开…</p>}>
        {dialog?.kind === 'previous' && (
          <NewFromPreviousDialog
            onClose={() => setDialog(null)}
            onCreated={onCreated}
            {...(dialog.sourceDraftId ? { sourceDraftId: dialog.sourceDraftId } : {})}
          />
        )}
        {dialog?.kind === 'published' && (
          <ImportPublishedDialog onClose={() => setDialog(null)} onCreated={onCreated} />
        )}
      </Suspense>
      {dialog?.kind === 'restore' && <BackupRestoreDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'rename' && (
        <RenameDialog
          current={dialog.draft.draft.name || draftDisplayName(dialog.draft.draft)}
          onClose={() => setDialog(null)}
          onRename={(name) => renameDraft(dialog.draft.draft.id, name)}
        />
      )}
    </section>
  );
}
