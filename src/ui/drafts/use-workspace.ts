/**
 * The stored drafts for the list and bin pages, kept current: reloaded after every change made in
 * this tab or another. Before the first read, unsaved journals left by closed tabs are applied.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { watchChanges } from '@/storage/draft-events';
import { journalsLeft, recoverAllJournals } from '@/storage/draft-recovery';
import { listWorkspace, type Workspace } from '@/storage/list-workspace';
import { storageErrorText } from '@/storage/storage-errors';

export type WorkspaceState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; workspace: Workspace };

/**
 * The first read, started by the first render: the database then opens and reads while React
 * commits and the browser paints 「正在读取…」, instead of after. Journals left by closed tabs are
 * applied first; when there are none (nearly always) the read starts at once, in this render.
 * Its failure is shown by the effect that takes it, so it is marked handled here.
 */
function startFirstRead(): Promise<Workspace> {
  const read = journalsLeft()
    ? recoverAllJournals()
        .catch(() => undefined)
        .then(() => listWorkspace())
    : listWorkspace();
  read.catch(() => undefined);
  return read;
}

export function useWorkspace(): { state: WorkspaceState; reload: () => Promise<void> } {
  const [state, setState] = useState<WorkspaceState>({ kind: 'loading' });
  const [firstRead] = useState(startFirstRead);
  // Only the latest read may set the state: reads started by quick successive change notices can
  // finish out of order.
  const latest = useRef(0);

  /** Shows the result of `read`, unless a later read was started meanwhile. */
  const show = useCallback((read: Promise<Workspace>) => {
    const ticket = ++latest.current;
    return read.then(
      (workspace) => {
        if (ticket === latest.current) setState({ kind: 'ready', workspace });
      },
      (e: unknown) => {
        if (ticket === latest.current) {
          setState({ kind: 'failed', message: storageErrorText(e) });
        }
      },
    );
  }, []);
  const reload = useCallback(() => show(listWorkspace()), [show]);

  useEffect(() => {
    void show(firstRead);
    const stop = watchChanges(() => void reload());
    return () => {
      // Reads still running when the page goes away are dropped.
      latest.current += 1;
      stop();
    };
  }, [show, reload, firstRead]);

  return { state, reload };
}
