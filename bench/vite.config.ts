// The benchmark's comparison pages (SurveyJS and a plain-DOM floor), built on their own: they
// are no part of the app's build and nothing of them ships.
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const pages = fileURLToPath(new URL('./pages', import.meta.url));

export default defineConfig({
  root: pages,
  base: './',
  resolve: {
    alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) },
  },
  plugins: [react()],
  build: {
    target: 'es2022',
    outDir: '/tmp/bench-pages',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: {
        plain: `${pages}/plain.html`,
        surveyjs: `${pages}/surveyjs.html`,
      },
    },
  },
});
