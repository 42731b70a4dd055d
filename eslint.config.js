// Lint rules that hold the layers in place (checked, not remembered): the LAYERS table below says
// which of our folders each layer may reach; only the store adapter imports sqlite3; only the
// shell and the preload import electron; the renderer and preload reach our code through @common.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import lexical from '@lexical/eslint-plugin';
import globals from 'globals';

const ELECTRON = { name: 'electron', message: 'Only main/shell, main/index.ts and preload/ run inside Electron.' };
const SQLITE = { name: 'sqlite3', message: 'Only main/core/store/sqlite.ts talks to sqlite3 (we may swap the driver).' };
const NODE = { group: ['node:*'], message: 'This code also runs in the sandboxed page: no Node.' };
/** A relative import that climbs (../x, ../../x; never ./x) into one of `dirs`. */
const reach = (dirs, message) => ({ regex: `^(\\.\\./)+(${dirs.join('|')})(/|$)`, message });
const FEATURES = ['articles', 'claims', 'sources', 'comments', 'review', 'export', 'settings', 'anchoring', 'import', 'assist', 'changelog', 'sample'];
const TRANSPORTS = ['cli', 'bridge', 'shell', 'host', 'preload', 'renderer'];

// The layers, as one table. Each row is the ONLY no-restricted-imports block for its files (in flat
// config a later block replaces an earlier one for the same rule), so nested rows are ignored by
// their parent. test/lint/layers.test.ts shows every forbidden edge firing.
const LAYERS = [
  {
    files: ['main/common/**/*.ts'],
    paths: [ELECTRON, SQLITE],
    patterns: [NODE, reach(['core', ...TRANSPORTS], 'main/common imports nothing else of ours.')],
  },
  {
    files: ['main/core/**/*.ts'],
    ignores: ['main/core/store/**'],
    paths: [ELECTRON, SQLITE],
    patterns: [reach(TRANSPORTS, 'The core is called by the transports, never the reverse.')],
  },
  {
    files: ['main/core/store/**/*.ts'],
    ignores: ['main/core/store/sqlite.ts'],
    paths: [ELECTRON, SQLITE],
    patterns: [reach([...TRANSPORTS, ...FEATURES], 'The store is below the features: only SQL behind repository functions.')],
  },
  {
    files: ['main/core/store/sqlite.ts'],
    paths: [ELECTRON],
    patterns: [reach([...TRANSPORTS, ...FEATURES], 'The store is below the features: only SQL behind repository functions.')],
  },
  {
    files: ['main/host/**/*.ts'],
    paths: [ELECTRON, SQLITE],
    patterns: [reach(['core', 'cli', 'bridge', 'shell', 'preload', 'renderer'], 'host/ serves files, nothing more.')],
  },
  {
    files: ['main/cli/**/*.ts'],
    paths: [ELECTRON, SQLITE],
    patterns: [reach(['shell', 'preload', 'renderer'], 'The CLI is a transport of its own.')],
  },
  {
    files: ['main/bridge/**/*.ts'],
    paths: [ELECTRON, SQLITE],
    patterns: [reach(['shell', 'cli', 'preload', 'renderer'], 'The bridge is a transport of its own.')],
  },
  {
    files: ['main/shell/**/*.ts', 'main/index.ts'],
    paths: [SQLITE],
    patterns: [
      reach(['cli', 'bridge', 'preload', 'renderer'], 'The shell is a transport of its own.'),
      { regex: '^\\./(cli|bridge)(/|$)', message: 'The shell is a transport of its own.' },
    ],
  },
  {
    files: ['preload/**/*.ts'],
    paths: [SQLITE],
    patterns: [reach(['main', 'renderer'], 'The preload is transport only: @common/* for the contract.')],
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    paths: [ELECTRON, SQLITE],
    patterns: [NODE, reach(['main', 'preload'], 'The renderer imports our code only through @common/*.')],
  },
  { files: ['test/**/*.ts', 'bench/**/*.ts', 'tools/**/*.ts'], paths: [SQLITE], patterns: [] },
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-artifacts/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', 'bin/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  ...LAYERS.map(({ files, ignores = [], paths, patterns }) => ({
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
  })),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, '@lexical': lexical },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@lexical/rules-of-lexical': 'error',
    },
  },
);
