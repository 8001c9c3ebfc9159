import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layer rules (see README "Layers"): what each folder may import is enforced here as well as by
// each folder's tsconfig (shared/ has no DOM or Node types at all).
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'http', 'crypto', 'url', 'util', 'stream', 'zlib'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'tests/artifacts/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', 'react', 'react-dom', 'lowdb', 'pdfmake', ...nodeBuiltins],
        patterns: ['node:*', '**/electron/**', '**/renderer/**', 'lowdb/*', 'react-dom/*'],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', 'lowdb', ...nodeBuiltins],
        patterns: ['node:*', '**/electron/**'],
      }],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['**/renderer/**', '**/electron/main/**'] }],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/renderer/**'] }] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['lowdb', ...nodeBuiltins],
        patterns: ['node:*', '**/renderer/**', '**/electron/services/**', '**/electron/main/**'],
      }],
    },
  },
);
