/** The page's JavaScript holds page code only: no authoring-time text tools, Node code or tests. */
import { describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { ROOT } from '../../src/node/browser.ts';
import { NOT_FOR_THE_PAGE } from '../../vite.config.ts';

/** Builds the site in memory, with extra plugins, and returns its chunks. */
async function buildChunks(plugins: import('vite').Plugin[] = []): Promise<Rollup.OutputChunk[]> {
  const out = await build({ root: ROOT, logLevel: 'silent', plugins, build: { write: false } });
  return [out]
    .flat()
    .flatMap((o) => (o as Rollup.RollupOutput).output)
    .filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
}

describe('the page bundle', () => {
  it('holds the page and none of the authoring code, Node code or their packages', async () => {
    const ids = (await buildChunks()).flatMap((c) => c.moduleIds);
    expect(ids.some((id) => id.endsWith('/src/page/App.svelte'))).toBe(true);
    expect(ids.some((id) => id.includes('/src/model/dayState.ts'))).toBe(true);
    expect(ids.filter((id) => NOT_FOR_THE_PAGE.test(id))).toEqual([]);
    expect(ids.filter((id) => /chrono-node|\/src\/authoring\//.test(id))).toEqual([]);
  });

  it('refuses to build a page that imports the drafting code, naming the module', async () => {
    const injectDrafting: import('vite').Plugin = {
      name: 'inject-drafting',
      transform: (code, id) =>
        id.endsWith('/src/page/main.ts')
          ? `${code}\nimport { statedDays } from '../authoring/statedDays.ts';\nconsole.log(statedDays);\n`
          : undefined,
    };
    await expect(buildChunks([injectDrafting])).rejects.toThrow(
      /not for the page: .*(chrono-node|src\/authoring\/statedDays\.ts)/,
    );
  });
});
