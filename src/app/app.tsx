import { BinPage } from '@/ui/drafts/bin-page';
import { DraftListPage } from '@/ui/drafts/draft-list-page';
import { AppHeader } from './app-header';
import { DraftEditorPage } from './draft-editor-page';
import { navigate, routeHref, useRoute, type Route } from './router';
import { UpdatePrompt } from './update-prompt';

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
        <DraftEditorPage
          key={route.draftId}
          draftId={route.draftId}
          step={route.step}
          focus={route.focus}
        />
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
