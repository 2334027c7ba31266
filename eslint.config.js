import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { dirname, relative, resolve } from 'node:path';

/**
 * The folders of src/ by runtime (see the README's layout): which folders each may import, and
 * which packages its shipped code may use (`import type` may name any package). The page never
 * loads authoring or Node code; the model, words and outputs run everywhere; nothing shipped
 * imports the tests.
 */
const ANYWHERE = ['src/model', 'src/words', 'src/outputs'];
const LAYERS = {
  'src/model': { may: ['src/model'], packages: ['valibot'] },
  'src/words': { may: ['src/model', 'src/words'], packages: [] },
  'src/outputs': { may: ANYWHERE, packages: ['@turf/*', 'papaparse'] },
  'src/authoring': {
    may: ['src/model', 'src/authoring'],
    packages: ['chrono-node', 'valibot', '@turf/*'],
  },
  'src/page': {
    may: [...ANYWHERE, 'src/page', 'data', 'geo'],
    packages: [
      'svelte',
      'maplibre-gl',
      'gifenc',
      'webm-muxer',
      'valibot',
      '@fontsource/noto-sans',
      '@turf/*',
    ],
  },
  'src/node': { may: [...ANYWHERE, 'src/authoring', 'src/node', 'geo'], packages: '*' },
  'src/cli': { may: [...ANYWHERE, 'src/authoring', 'src/node', 'src/cli'], packages: '*' },
  scripts: { may: [...ANYWHERE, 'src/authoring', 'src/node', 'scripts'], packages: '*' },
};
const FOLDERS = [...Object.keys(LAYERS), 'data', 'geo', 'tests'];
const ROOT = import.meta.dirname;
const folderOf = (path) =>
  FOLDERS.find((f) => path === f || path.startsWith(`${f}/`)) ?? path.split('/')[0];
const packageOf = (spec) =>
  spec.startsWith('node:')
    ? 'node:*'
    : spec
        .split('/')
        .slice(0, spec.startsWith('@') ? 2 : 1)
        .join('/');
const packageAllowed = (allowed, name) =>
  allowed === '*' ||
  allowed.some((p) => p === name || (p.endsWith('/*') && name.startsWith(p.slice(0, -1))));

const layersRule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = relative(ROOT, context.filename);
    const from = folderOf(file);
    const layer = LAYERS[from];
    if (!layer) return {};
    const check = (node, source, typeOnly) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') {
        if (node.type === 'ImportExpression')
          context.report({
            node,
            message: 'import() with a computed path: layers cannot be checked',
          });
        return;
      }
      const spec = source.value;
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const target = relative(ROOT, resolve(dirname(context.filename), spec.split('?')[0]));
        const to = folderOf(target);
        if (to !== from && !layer.may.includes(to))
          context.report({ node, message: `${from}/ may not import ${to}/ (${spec})` });
      } else if (!typeOnly && !packageAllowed(layer.packages, packageOf(spec))) {
        context.report({ node, message: `${from}/ may not use the package ${packageOf(spec)}` });
      }
    };
    return {
      ImportDeclaration: (n) => check(n, n.source, n.importKind === 'type'),
      ImportExpression: (n) => check(n, n.source, false),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source, n.exportKind === 'type'),
      ExportAllDeclaration: (n) => check(n, n.source, n.exportKind === 'type'),
    };
  },
};

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
  // Layers: who may import whom, by path, for static and dynamic imports and re-exports.
  {
    files: ['src/**/*.{ts,svelte}', 'scripts/**/*.ts'],
    plugins: { atlas: { rules: { layers: layersRule } } },
    rules: { 'atlas/layers': 'error' },
  },
);
