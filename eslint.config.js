import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Layer rules (see README "Layers"): what each folder may import is enforced here as well as by
// each folder's tsconfig (shared/ has no DOM or Node types at all).
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'http', 'crypto', 'url', 'util', 'stream', 'zlib'];

// Only electron/main/ipc.ts registers IPC handlers (one place to read the whole IPC surface).
const ipcMainOnlyInIpcTs = {
  name: 'electron',
  importNames: ['ipcMain'],
  message: 'Only electron/main/ipc.ts may import ipcMain: register handlers there.',
};

// The UI locale files are data the shell words its menus and dialogs with (shellWords.ts).
const mainNotRenderer = { regex: 'renderer/(?!i18n/locales/[a-z]+\\.json$)', message: 'main talks to the renderer only over IPC' };
const ipcMainMember = {
  selector: "MemberExpression[property.name='ipcMain']",
  message: 'Only electron/main/ipc.ts may use ipcMain: register handlers there.',
};
const problemErrors = [
  { selector: "CallExpression[callee.object.name='Object'][callee.property.name='assign'][arguments.0.type='NewExpression'][arguments.0.callee.name='Error']", message: 'Throw new ProblemError(code, data) (shared/ipc/problem.ts) instead of an Error with a code attached.' },
  { selector: "ClassDeclaration[superClass.name='Error']", message: 'Throw new ProblemError(code, data) (shared/ipc/problem.ts) instead of a new Error class.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'tests/artifacts/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules, from one program over every file (tsconfig.eslint.json): a program per
    // layer (the project service) made lint about twice as slow on two cores.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs['recommended-latest'].rules,
  },
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
    ignores: ['electron/main/ipc.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ipcMainOnlyInIpcTs], patterns: [mainNotRenderer] }] },
  },
  {
    files: ['electron/main/ipc.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [mainNotRenderer] }] },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [ipcMainOnlyInIpcTs] }] },
  },
  {
    // Nor reach ipcMain through a namespace import (`electron.ipcMain`).
    files: ['**/*.{ts,tsx}'],
    ignores: ['electron/main/ipc.ts'],
    rules: { 'no-restricted-syntax': ['error', ipcMainMember] },
  },
  {
    // One way to fail with a coded error the UI can word: new ProblemError(code, data) (shared/ipc/problem.ts).
    files: ['shared/**/*.ts', 'electron/main/**/*.ts', 'electron/services/**/*.ts'],
    ignores: ['shared/ipc/**', 'electron/main/ipc.ts'],
    rules: { 'no-restricted-syntax': ['error', ...problemErrors, ipcMainMember] },
  },
  {
    files: ['electron/main/ipc.ts'],
    rules: { 'no-restricted-syntax': ['error', ...problemErrors] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['lowdb', ...nodeBuiltins, ipcMainOnlyInIpcTs],
        patterns: ['node:*', '**/renderer/**', '**/electron/services/**', '**/electron/main/**'],
      }],
    },
  },
);
