import { lazy, Suspense } from 'react';
import { BinPage } from '@/ui/drafts/bin-page';
import { DraftListPage } from '@/ui/drafts/draft-list-page';
import { AppHeader } from './app-header';
import { navigate, routeHref, useRoute, type Route } from './router';
import { UpdatePrompt } from './update-prompt';

// The editor (wizard, grids, form library) loads after the list, in its own chunk: the first
// screen ships only what the draft list needs. The service worker precaches both.
const DraftEditorPage = lazy(() =>
  import('./draft-editor-page').then((m) => ({ default: m.DraftEditorPage })),
);

function EditorLoading() {
  return (
    <>
      <AppHeader />
      <main className="app-main">
        <p role="status">正在打开报告…</p>
      </main>
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return (
        <>
          <AppHeader />
          <main className="app-main">
            <DraftListPage
              binHref={routeHref({ name: 'bin' })}
              onOpen={(draftId) =>
                navigate({ name: 'draft', draftId, step: 'basics', focus: null })
              }
            />
          </main>
        </>
      );
    case 'bin':
      return (
        <>
          <AppHeader />
          <main className="app-main">
            <BinPage homeHref={routeHref({ name: 'home' })} />
          </main>
        </>
      );
    case 'draft':
      return (
        <Suspense fallback={<EditorLoading />}>
          <DraftEditorPage
            key={route.draftId}
            draftId={route.draftId}
            step={route.step}
            focus={route.focus}
          />
        </Suspense>
      );
    case 'notFound':
      return (
        <>
          <AppHeader />
          <main className="app-main">
            <p role="alert">
              没有这个页面。<a href={routeHref({ name: 'home' })}>返回我的报告</a>
            </p>
          </main>
        </>
      );
  }
}

export function App() {
  const route = useRoute();
  return (
    <>
      <Page route={route} />
      <UpdatePrompt />
    </>
  );
}
