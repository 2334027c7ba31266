/** The lint rule that holds the folders' layers: static and dynamic imports, re-exports, packages. */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { ROOT } from '../../src/node/data.ts';

const eslint = new ESLint({ cwd: ROOT });

/** The layer rule's messages for `code` as if it stood at `file`. */
async function layerProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'atlas/layers').map((m) => m.message);
}

describe('the layers lint rule', () => {
  it.each([
    ['src/model/x.ts', `import { parseHash } from '../page/url.ts';`, 'may not import src/page/'],
    ['src/model/x.ts', `import { m } from '../words/i18n.ts';`, 'may not import src/words/'],
    ['src/model/x.ts', `import { readFileSync } from 'node:fs';`, 'package node:*'],
    ['src/words/x.ts', `export { legend } from '../outputs/legend.ts';`, 'src/outputs/'],
    ['src/page/x.ts', `export const f = () => import('chrono-node');`, 'package chrono-node'],
    ['src/page/x.ts', `export const f = () => import('../authoring/x.ts');`, 'src/authoring/'],
    ['src/page/x.ts', `export * from '../node/data.ts';`, 'may not import src/node/'],
    ['src/page/x.ts', `const p = 'x'; export const f = () => import(p);`, 'computed path'],
    ['src/outputs/x.ts', `import maplibregl from 'maplibre-gl'; maplibregl;`, 'maplibre-gl'],
    ['src/authoring/x.ts', `import { m } from '../words/i18n.ts'; m;`, 'src/words/'],
    ['src/cli/x.ts', `import App from '../page/App.svelte'; App;`, 'src/page/'],
    ['scripts/x.ts', `import { dataset } from '../tests/helpers.ts'; dataset;`, 'tests/'],
  ])('refuses in %s: %s', async (file, code, expected) => {
    const problems = await layerProblems(file, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it.each([
    ['src/page/x.ts', `import { dayState } from '../model/dayState.ts'; dayState;`],
    ['src/page/x.ts', `import type { Browser } from 'playwright-core'; export type B = Browser;`],
    ['src/outputs/x.ts', `import type { Map } from 'maplibre-gl'; export type M = Map;`],
    ['src/cli/x.ts', `import { readFileSync } from 'node:fs'; readFileSync;`],
    [
      'src/node/x.ts',
      `import { createGeoparser } from '../authoring/geoparser.ts'; createGeoparser;`,
    ],
  ])('allows in %s: %s', async (file, code) => {
    expect(await layerProblems(file, code)).toEqual([]);
  });
});
