/**
 * React glue for `AutosaveEngine`: saves when the tab is hidden or the page is closing, registers
 * the editor's unsaved work for the update prompt and backups, and flushes on unmount. Each of
 * these flushes first puts the latest change in the journal, synchronously, before the page can
 * go away (the journal is otherwise written a little after the keystrokes).
 */
import { useEffect, useState } from 'react';
import type { Draft } from '@/domain/report/draft-schema';
import { TAB_ID } from '@/storage/database';
import { keepAsSnapshot } from '@/storage/draft-history';
import { clearJournal, writeJournal } from '@/storage/draft-journal';
import { recreateDraft, saveDraft } from '@/storage/drafts-repository';
import { AutosaveEngine, type SaveStatus } from './autosave-engine';
import { registerUnsavedWork } from './unsaved-work';

export interface Autosave {
  engine: AutosaveEngine;
  status: SaveStatus;
}

export function useAutosave(
  draft: Draft,
  revision: number,
  onConflict: (local: Draft) => void,
): Autosave {
  const [status, setStatus] = useState<SaveStatus>(() => ({
    kind: 'saved',
    at: new Date(draft.updatedAt),
  }));
  const [engine] = useState(
    () =>
      new AutosaveEngine(draft, revision, {
        save: saveDraft,
        recreate: recreateDraft,
        writeJournal: (next, base) => writeJournal(next, base, TAB_ID),
        clearJournal,
        keepConflict: (local) => keepAsSnapshot(local, 'conflict'),
        onStatus: setStatus,
      }),
  );
  useEffect(() => engine.setConflictHandler(onConflict), [engine, onConflict]);

  useEffect(() => {
    const flush = () => void engine.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    const unregister = registerUnsavedWork({
      flush: () => engine.flush(),
      unsaved: () => engine.unsaved(),
    });
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      unregister();
      void engine.flush().finally(() => engine.dispose());
    };
  }, [engine]);

  return { engine, status };
}
