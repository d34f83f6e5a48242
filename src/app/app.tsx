import { useRoute } from './router';
import { WIZARD_STEPS } from '@/ui/wizard-steps';

export function App() {
  const route = useRoute();
  return (
    <>
      <header className="app-header">
        <a className="app-brand" href="#/">
          <span className="app-brand-name">年报</span>
          <span className="app-brand-sub">政府信息公开工作年度报告</span>
        </a>
      </header>
      <main className="app-main">
        <h1 className="page-title">{route.name === 'draft' ? '编辑报告' : '我的报告'}</h1>
        <nav aria-label="报告步骤">
          <ol>
            {WIZARD_STEPS.map((step) => (
              <li key={step.id}>{step.label}</li>
            ))}
          </ol>
        </nav>
      </main>
    </>
  );
}
