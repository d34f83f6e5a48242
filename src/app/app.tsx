import { BinPage } from '@/ui/drafts/bin-page';
import { DraftListPage } from '@/ui/drafts/draft-list-page';
import { AppHeader } from './app-header';
import { useEditorModule } from './editor-module';
import { navigate, routeHref, useRoute, type Route } from './router';
import { UpdatePrompt } from './update-prompt';

function EditorRoute({ route }: { route: Extract<Route, { name: 'draft' }> }) {
  const editor = useEditorModule();
  if (editor.kind === 'ready') {
    const { DraftEditorPage } = editor.module;
    return (
      <DraftEditorPage
        key={route.draftId}
        draftId={route.draftId}
        step={route.step}
        focus={route.focus}
      />
    );
  }
  return (
    <>
      <AppHeader />
      <main className="app-main">
        {editor.kind === 'loading' ? (
          <p role="status">正在打开报告…</p>
        ) : (
          <div role="alert">
            <p>编辑页面的程序没有加载成功。请检查网络连接后重试，或刷新页面。</p>
            <button type="button" onClick={editor.retry}>
              重试
            </button>
          </div>
        )}
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
      return <EditorRoute route={route} />;
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
