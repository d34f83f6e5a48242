/**
 * One mounted editor on one loaded revision of a draft: autosave, the header's save status and
 * history, and the storage-failure banner. Replacing the draft from outside (another tab's save,
 * a restore) mounts a new session with a new key.
 */
import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import type { Draft } from '@/domain/report/draft-schema';
import { draftDisplayName } from '@/domain/report/draft-schema';
import { restoreSnapshot, takeSnapshot } from '@/storage/draft-history';
import type { StoredDraft } from '@/storage/drafts-repository';
import type { AutosaveEngine } from '@/ui/drafts/autosave-engine';
import { formatDateTime } from '@/ui/drafts/format-time';
import { HistoryDialog } from '@/ui/drafts/history-dialog';
import { SaveStatusText } from '@/ui/drafts/save-status';
import { StorageProblemBanner } from '@/ui/drafts/storage-problem-banner';
import { useAutosave } from '@/ui/drafts/use-autosave';
import { ReportEditor } from '@/ui/editor/report-editor';
import type { WizardStepId } from '@/ui/wizard-steps';
import { AppHeader } from './app-header';
import { navigate, routeHref } from './router';

export interface DraftEditorSessionProps {
  stored: StoredDraft;
  step: WizardStepId;
  focus: string | null;
  readOnly: boolean;
  /** Where the page can reach this session's autosave. */
  engineRef: RefObject<AutosaveEngine | null>;
  onConflict: (local: Draft) => void;
  /** Load the stored draft again (after a restore), showing `note`. */
  onReload: (note: string) => Promise<void>;
  banners: ReactNode;
}

export function DraftEditorSession(props: DraftEditorSessionProps) {
  const { stored, step, focus, readOnly, engineRef } = props;
  const draftId = stored.draft.id;
  const { engine, status } = useAutosave(stored.draft, stored.revision, props.onConflict);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [name, setName] = useState(() => draftDisplayName(stored.draft));

  useEffect(() => {
    engineRef.current = engine;
    return () => {
      if (engineRef.current === engine) engineRef.current = null;
    };
  }, [engine, engineRef]);

  async function savedFirst(): Promise<void> {
    if (!(await engine.flush())) {
      throw new Error('当前改动还没有保存成功，请先处理保存问题再操作历史版本');
    }
  }

  return (
    <>
      <AppHeader>
        <span className="app-header-draft" title={name}>
          {name}
        </span>
        <SaveStatusText status={status} readOnly={readOnly} />
        <button type="button" className="header-button" onClick={() => setHistoryOpen(true)}>
          历史版本
        </button>
      </AppHeader>
      <main className="app-main">
        {props.banners}
        {status.kind === 'error' && (
          <StorageProblemBanner
            failure={status.failure}
            retryAt={status.retryAt}
            onRetry={() => void engine.retryNow()}
            onRecreate={() => void engine.recreate()}
          />
        )}
        <ReportEditor
          draft={stored.draft}
          onChange={(next, reason) => {
            setName(draftDisplayName(next));
            engine.change(next, reason);
          }}
          onFlush={() => void engine.flush()}
          step={step}
          onStepChange={(next, nextFocus) =>
            navigate({ name: 'draft', draftId, step: next, focus: nextFocus ?? null })
          }
          stepHref={(next, nextFocus) =>
            routeHref({ name: 'draft', draftId, step: next, focus: nextFocus })
          }
          focus={focus}
          readOnly={readOnly}
        />
      </main>
      {historyOpen && (
        <HistoryDialog
          draftId={draftId}
          readOnly={readOnly}
          onClose={() => setHistoryOpen(false)}
          onKeepNow={async () => {
            await savedFirst();
            await takeSnapshot(draftId, 'manual');
          }}
          onRestore={async (snapshot) => {
            await savedFirst();
            await restoreSnapshot(snapshot.seq, engine.baseRevision);
            setHistoryOpen(false);
            await props.onReload(
              `已恢复到 ${formatDateTime(snapshot.takenAt, { seconds: true })} 的版本；恢复前的内容已存为历史版本。`,
            );
          }}
        />
      )}
    </>
  );
}
