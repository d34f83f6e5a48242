/**
 * The stored drafts for the list and bin pages, kept current: reloaded after every change made in
 * this tab or another. Before the first read, unsaved journals left by closed tabs are applied.
 */
import { useCallback, useEffect, useState } from 'react';
import { watchChanges } from '@/storage/draft-events';
import { recoverAllJournals } from '@/storage/draft-recovery';
import { listWorkspace, type Workspace } from '@/storage/list-workspace';

export type WorkspaceState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; workspace: Workspace };

export function useWorkspace(): { state: WorkspaceState; reload: () => Promise<void> } {
  const [state, setState] = useState<WorkspaceState>({ kind: 'loading' });
  const reload = useCallback(async () => {
    try {
      setState({ kind: 'ready', workspace: await listWorkspace() });
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  useEffect(() => {
    let live = true;
    void recoverAllJournals()
      .catch(() => undefined)
      .then(() => {
        if (live) return reload();
      });
    const stop = watchChanges(() => {
      if (live) void reload();
    });
    return () => {
      live = false;
      stop();
    };
  }, [reload]);

  return { state, reload };
}
