/**
 * The editor's code (wizard, grids, form library) is a chunk of its own, so that the draft list
 * starts small. It loads when a draft is first opened, or at once when the app starts on a draft's
 * address, in parallel with React's first render and the opening of the database (which starts
 * before the first render on every page).
 *
 * The route does not suspend on it (no `React.lazy`): React shows suspended content no sooner than
 * 300 ms after it showed the fallback, which added about 200 ms of idle time to opening 表三.
 */
import { useEffect, useState } from 'react';
import { startOpeningDatabase } from '@/storage/open-early';
import type { Route } from './router';

type EditorModule = typeof import('./draft-editor-page');

let loaded: EditorModule | null = null;
let loading: Promise<EditorModule> | null = null;

/** Loads the editor's chunk once; a failed load may be tried again. */
export function loadEditorModule(): Promise<EditorModule> {
  loading ??= import('./draft-editor-page').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** What the first screen needs, started before React renders it: every page reads drafts. */
export function prepareFirstRoute(route: Route): void {
  startOpeningDatabase();
  if (route.name === 'draft') void loadEditorModule().catch(() => undefined);
}

export type EditorModuleState =
  | { kind: 'loading' }
  | { kind: 'ready'; module: EditorModule }
  | { kind: 'failed'; retry: () => void };

/** The editor's module for a route that shows it: ready at once when it has loaded before. */
export function useEditorModule(): EditorModuleState {
  const [state, setState] = useState<EditorModuleState>(() =>
    loaded ? { kind: 'ready', module: loaded } : { kind: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    loadEditorModule().then(
      (module) => {
        if (live) setState({ kind: 'ready', module });
      },
      () => {
        if (!live) return;
        setState({
          kind: 'failed',
          retry: () => {
            setState({ kind: 'loading' });
            setAttempt((n) => n + 1);
          },
        });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return state;
}
