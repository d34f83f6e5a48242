import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { prepareFirstRoute } from '@/app/editor-module';
import { parseRoute } from '@/app/router';
import '@/app/app.css';

prepareFirstRoute(parseRoute(window.location.hash));

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
