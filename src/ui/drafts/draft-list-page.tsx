/**
 * 我的报告: every draft in this browser with its state and check counts; create (blank, from last
 * year's report, from a published report, from a JSON file), open, rename, duplicate and delete
 * (to the bin); filters by year and agency; backup and restore of the whole workspace.
 *
 * The list shows the summaries stored with the drafts (`listWorkspace`), 50 rows a page: filters
 * and sorting apply to all drafts, and nothing here loads a whole draft or runs the checks.
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
} from '@/storage/drafts-repository';
import type { DraftListEntry } from '@/storage/list-workspace';
import { ImportJsonButton } from '@/ui/export/import-json-button';
import { storageErrorText } from '@/storage/storage-errors';
import { BackupDownloadButton } from './backup-download-button';
import { BackupRestoreDialog } from './backup-restore-dialog';
import { DraftListFilters } from './draft-list-filters';
import { Paged, usePaging } from './draft-list-pager';
import { filterDrafts, pageOf } from './draft-list-view';
import { DraftTable } from './draft-table';
import { RenameDialog } from './rename-dialog';
import { StorageHealthBanner } from './storage-health-banner';
import { UnreadableDrafts } from './unreadable-drafts';
import { useListView } from './use-list-view';
import { useWorkspace } from './use-workspace';
import './draft-list.css';

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

type OpenDialog =
  | { kind: 'previous'; sourceDraftId?: string }
  | { kind: 'published' }
  | { kind: 'restore' }
  | { kind: 'rename'; entry: DraftListEntry };

interface Notice {
  text: string;
  undo?: () => Promise<void>;
}

const NO_DRAFTS: DraftListEntry[] = [];

export function DraftListPage({ onOpen, binHref }: DraftListPageProps) {
  const { state } = useWorkspace();
  const { filter, setFilter, page, setPage } = useListView();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const paging = usePaging(setPage);

  const workspace = state.kind === 'ready' ? state.workspace : null;
  const entries = workspace?.drafts ?? NO_DRAFTS;
  const shown = useMemo(() => filterDrafts(entries, filter), [entries, filter]);
  const view = pageOf(shown, page);

  async function run(task: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(storageErrorText(e));
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
      {workspace && entries.length === 0 && (
        <p className="empty-note">还没有报告。点击「新建报告」开始，或导入上年的报告。</p>
      )}
      {entries.length > 0 && (
        <>
          <DraftListFilters
            entries={entries}
            filter={filter}
            onChange={setFilter}
            shown={shown.length}
          />
          <Paged page={view.page} pages={view.pages} paging={paging}>
            {shown.length === 0 ? (
              <p className="empty-note">没有符合筛选条件的报告。</p>
            ) : (
              <DraftTable
                entries={view.rows}
                busy={busy}
                onRename={(entry) => setDialog({ kind: 'rename', entry })}
                onDuplicate={(entry) =>
                  run(async () => {
                    const copy = await duplicateDraft(entry.id);
                    setNotice({ text: `已复制为「${draftDisplayName(copy)}」。` });
                  })
                }
                onNewFromThis={(entry) => setDialog({ kind: 'previous', sourceDraftId: entry.id })}
                onDelete={(entry) =>
                  run(async () => {
                    await moveToBin(entry.id);
                    setNotice({
                      text: `「${entry.summary.name}」已移到回收站，可在回收站中恢复。`,
                      undo: () => restoreFromBin(entry.id),
                    });
                  })
                }
              />
            )}
          </Paged>
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
          current={dialog.entry.summary.name}
          onClose={() => setDialog(null)}
          onRename={(name) => renameDraft(dialog.entry.id, name)}
        />
      )}
    </section>
  );
}
