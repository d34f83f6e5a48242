/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vite';

// The app is fully static: every asset is precached by the service worker so that,
// after the first visit, drafts can be opened, edited, saved and exported offline.
export default defineConfig({
  base: './',
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'schema/*.json'],
      manifest: {
        name: '年报 · 政府信息公开工作年度报告',
        short_name: '年报',
        description: '编制、核对、发布政府信息公开工作年度报告',
        lang: 'zh-CN',
        theme_color: '#8f1d1d',
        background_color: '#f6f5f2',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,mjs,wasm}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
    }),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'cli/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
  },
});
