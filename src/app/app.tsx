import { DraftListPage } from '@/ui/drafts/draft-list-page';
import { AppHeader } from './app-header';
import { DraftEditorPage } from './draft-editor-page';
import { navigate, useRoute } from './router';

export function App() {
  const route = useRoute();
  switch (route.name) {
    case 'home':
      return (
        <>
          <AppHeader />
          <main className="app-main">
            <DraftListPage
              onOpen={(draftId) =>
                navigate({ name: 'draft', draftId, step: 'basics', focus: null })
              }
            />
          </main>
        </>
      );
    case 'draft':
      return <DraftEditorPage draftId={route.draftId} step={route.step} focus={route.focus} />;
    case 'bin':
    case 'notFound':
      return (
        <>
          <AppHeader />
          <main className="app-main">
            <p role="alert">
              没有这个页面。<a href="#/">返回报告列表</a>
            </p>
          </main>
        </>
      );
  }
}
