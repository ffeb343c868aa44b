// Lint is where the layer rules live (style.md: "a file's folder tells what it may import").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'node:*'];

/** Files allowed to import `electron` at all: the thin adapters that tests never load. */
const electronAllowed = ['main/index.ts', 'main/electron/**', 'preload/**'];

const noElectron = {
  name: 'electron',
  message: 'Only main/index.ts, main/electron/ and preload/ may import electron; inject what you need.',
};
const noIpcPrimitives = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Only main/electron/ipc-*.ts and preload/ touch ipcMain/ipcRenderer.',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', '.tmp/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  // common/: pure TypeScript — no Node, no DOM, no Electron, no other layer.
  {
    files: ['common/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: 'common/ is pure: no Node.' }))],
          patterns: [
            { group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'], message: 'common/ imports only common/.' },
            { group: ['react', 'react-dom', 'axios', 'electron-store', 'sharp'], message: 'common/ is pure.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname'].map(
          (name) => ({ name, message: 'common/ runs in main and renderer alike: no host globals.' }),
        ),
      ],
    },
  },
  // renderer/: React in a sandboxed page — no main/, no electron, no Node.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer has no Node.' }))],
          patterns: [{ group: ['**/main/**', '**/preload/**', '**/cli/**'], message: 'The renderer reaches main only through window.couponStudio.' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'The renderer has no process.' }],
    },
  },
  // Everything on the Node side that tests load: no electron import at all.
  {
    files: ['main/**/*.ts', 'cli/**/*.ts', 'test/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: electronAllowed,
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  // The Electron adapters: electron allowed, but raw IPC only in the two IPC adapters.
  {
    files: ['main/index.ts', 'main/electron/**/*.ts'],
    ignores: ['main/electron/ipc-*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { paths: [noIpcPrimitives] }],
      'no-restricted-properties': [
        'error',
        { object: 'shell', property: 'openExternal', message: 'Use openExternalSafe() from main/electron/open-external.ts.' },
      ],
    },
  },
  { files: ['main/electron/open-external.ts'], rules: { 'no-restricted-properties': 'off' } },
  { files: ['preload/**/*.ts', 'main/electron/ipc-*.ts'], languageOptions: { globals: { ...globals.node } } },
  { files: ['*.config.{js,ts}', 'scripts/**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
);
