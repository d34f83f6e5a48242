/**
 * The editor route: loads one draft, hands it to the report editor and saves every change.
 */
import { useEffect, useState } from 'react';
import type { Draft } from '@/domain/report/draft-schema';
import { getDraft } from '@/storage/drafts-repository';
import { ReportEditor } from '@/ui/editor/report-editor';
import { SaveStatusText } from '@/ui/drafts/save-status';
import { useAutosave } from '@/ui/drafts/use-autosave';
import type { WizardStepId } from '@/ui/wizard-steps';
import { AppHeader } from './app-header';
import { navigate, routeHref } from './router';

interface DraftEditorPageProps {
  draftId: string;
  step: WizardStepId;
  focus: string | null;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; draft: Draft };

export function DraftEditorPage({ draftId, step, focus }: DraftEditorPageProps) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    getDraft(draftId).then(
      (draft) => {
        if (live) setLoaded(draft ? { kind: 'ready', draft } : { kind: 'missing' });
      },
      (error: unknown) => {
        if (live)
          setLoaded({
            kind: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      live = false;
    };
  }, [draftId]);

  if (loaded.kind !== 'ready') {
    return (
      <>
        <AppHeader />
        <main className="app-main">
          {loaded.kind === 'loading' && <p role="status">正在打开报告…</p>}
          {loaded.kind === 'missing' && (
            <p role="alert">
              找不到这份报告，它可能已被永久删除。<a href="#/">返回报告列表</a>
            </p>
          )}
          {loaded.kind === 'failed' && (
            <p role="alert">
              无法打开这份报告：{loaded.message} <a href="#/">返回报告列表</a>
            </p>
          )}
        </main>
      </>
    );
  }
  return (
    <DraftEditorSession key={loaded.draft.id} draft={loaded.draft} step={step} focus={focus} />
  );
}

function DraftEditorSession({
  draft,
  step,
  focus,
}: {
  draft: Draft;
  step: WizardStepId;
  focus: string | null;
}) {
  const autosave = useAutosave(draft);
  return (
    <>
      <AppHeader>
        <SaveStatusText status={autosave.status} />
      </AppHeader>
      <main className="app-main">
        <ReportEditor
          draft={draft}
          onChange={(next) => autosave.change(next)}
          onFlush={autosave.flush}
          step={step}
          onStepChange={(next, nextFocus) =>
            navigate({ name: 'draft', draftId: draft.id, step: next, focus: nextFocus ?? null })
          }
          stepHref={(next, nextFocus) =>
            routeHref({ name: 'draft', draftId: draft.id, step: next, focus: nextFocus })
          }
          focus={focus}
          readOnly={false}
        />
      </main>
    </>
  );
}
