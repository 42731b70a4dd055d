// Lint rules that hold the layers in place (checked, not remembered):
// the core never imports electron or the renderer; the renderer never imports Node or the core
// at runtime (types only, through the contract); only the store adapter imports sqlite3.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import lexical from '@lexical/eslint-plugin';
import globals from 'globals';

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
  {
    files: ['main/core/**/*.ts', 'main/cli/**/*.ts', 'main/bridge/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The core and CLI run in plain Node: never import electron here.' }],
          patterns: [
            { group: ['**/renderer/**', '**/renderer'], message: 'The core must not import renderer code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    ignores: ['main/core/store/sqlite.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'sqlite3', message: 'Only main/core/store/sqlite.ts talks to sqlite3 (we may swap the driver).' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/core/**/*.ts', 'main/cli/**/*.ts', 'main/bridge/**/*.ts'],
    ignores: ['main/core/store/sqlite.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The core and CLI run in plain Node: never import electron here.' },
            { name: 'sqlite3', message: 'Only main/core/store/sqlite.ts talks to sqlite3 (we may swap the driver).' },
          ],
          patterns: [{ group: ['**/renderer/**', '**/renderer'], message: 'The core must not import renderer code.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, '@lexical': lexical },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@lexical/rules-of-lexical': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer is sandboxed: talk to main through window.factdesk.' },
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a sandboxed page, not Node.' },
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer imports our code only through @common/*.',
            },
          ],
        },
      ],
    },
  },
);
