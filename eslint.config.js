import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const dexieBan = {
  group: ['dexie', 'dexie/*', 'dexie-react-hooks'],
  message: 'Only src/storage talks to Dexie.',
};

/** Imports run one way: app -> ui -> (storage, export) -> domain. */
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dev-dist',
      'node_modules',
      'playwright-report',
      'test-results',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  layer(
    ['src/domain/**'],
    [
      {
        regex: '^(?!zod($|/)|@/domain/|\\.{1,2}/)',
        message: 'src/domain is pure: it imports only zod and itself.',
      },
      {
        group: ['@/app/*', '@/ui/*', '@/storage/*', '@/export/*'],
        message: 'src/domain imports only itself.',
      },
    ],
  ),
  // Domain tests and benchmarks may also use the test runner and read fixture files.
  layer(
    ['src/domain/**/*.test.ts', 'src/domain/**/*.bench.ts'],
    [
      {
        regex: '^(?!zod($|/)|vitest$|node:|@/domain/|\\.{1,2}/)',
        message: 'domain tests import zod, vitest, node: and the domain only.',
      },
    ],
  ),
  layer(
    ['src/storage/**'],
    [
      {
        group: ['@/app/*', '@/ui/*', '@/export/*', 'react', 'react-dom'],
        message: 'storage sits below the UI.',
      },
    ],
  ),
  layer(
    ['src/import/**'],
    [
      { group: ['@/app/*', '@/ui/*', 'react', 'react-dom'], message: 'import sits below the UI.' },
      dexieBan,
    ],
  ),
  layer(
    ['src/export/**'],
    [
      { group: ['@/app/*', '@/ui/*', 'react', 'react-dom'], message: 'export sits below the UI.' },
      dexieBan,
    ],
  ),
  layer(
    ['src/ui/**'],
    [{ group: ['@/app/*'], message: 'ui must not import app (app composes ui).' }, dexieBan],
  ),
  {
    files: ['src/app/**', 'src/*.{ts,tsx}', 'e2e/**', 'cli/**', 'scripts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [dexieBan] }] },
  },
);
