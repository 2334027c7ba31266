import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  {
    ignores: [
      'dist/',
      'dist-bench/',
      'node_modules/',
      'out/',
      'bench-results/',
      'src/words/generated/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'svelte/no-at-html-tags': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  // Layers: src/lib is pure logic shared by everything; the page (map, ui, state) never loads
  // Node-only code; nothing shipped imports the tests.
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/tests/**'], message: 'shipped code does not import tests' }] },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/node/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/tests/**'], message: 'shipped code does not import tests' },
            {
              group: ['**/node/**', 'node:*', 'playwright-core'],
              message: 'Node-only code stays in src/node and src/cli',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/map/**', '**/ui/**', '**/state/**', '**/cli/**', '**/node/**', 'node:*'],
              message: 'src/lib is pure logic: no map, UI, state, CLI or Node module',
            },
            {
              group: ['svelte', 'svelte/*', '*.svelte', 'maplibre-gl', 'playwright-core'],
              message: 'src/lib is pure logic: no Svelte, maplibre or browser driver',
            },
            { group: ['**/tests/**'], message: 'shipped code does not import tests' },
          ],
        },
      ],
    },
  },
);
