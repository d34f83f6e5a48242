import type { ReactNode } from 'react';

/** The red bar on every page: the app's name (a link home) and page-specific controls. */
export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="app-header">
      <a className="app-brand" href="#/">
        <span className="app-brand-name">年报</span>
        <span className="app-brand-sub">政府信息公开工作年度报告</span>
      </a>
      <div className="app-header-slot">{children}</div>
    </header>
  );
}
