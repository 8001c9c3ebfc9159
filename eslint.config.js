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
    // One way to fail with a coded error the UI can word: new ProblemError(code, data) (shared/ipc/problem.ts).
    files: ['shared/**/*.ts', 'electron/main/**/*.ts', 'electron/services/**/*.ts'],
    ignores: ['shared/ipc/**'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.object.name='Object'][callee.property.name='assign'][arguments.0.type='NewExpression'][arguments.0.callee.name='Error']", message: 'Throw new ProblemError(code, data) (shared/ipc/problem.ts) instead of an Error with a code attached.' },
        { selector: "ClassDeclaration[superClass.name='Error']", message: 'Throw new ProblemError(code, data) (shared/ipc/problem.ts) instead of a new Error class.' },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    // The UI locale files are data the shell words its menus and dialogs with (shellWords.ts).
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: 'renderer/(?!i18n/locales/[a-z]+\\.json$)', message: 'main talks to the renderer only over IPC' }] }] },
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
