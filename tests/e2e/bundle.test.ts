/** The page's JavaScript holds page code only: no authoring-time text tools, Node code or tests. */
import { describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { ROOT } from '../../src/node/browser.ts';
import { NOT_FOR_THE_PAGE, pageCodeOnly } from '../../vite.config.ts';

/** Builds the site in memory and returns its chunks. */
async function buildChunks(): Promise<Rollup.OutputChunk[]> {
  const out = await build({ root: ROOT, logLevel: 'silent', build: { write: false } });
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
    // A page of one module, built with the site's guard: it imports the drafting code.
    const entry = 'virtual:page-importing-drafts';
    const page: import('vite').Plugin = {
      name: 'page-importing-drafts',
      resolveId: (id) => (id === entry ? id : undefined),
      load: (id) =>
        id === entry
          ? `import { statedDays } from '${ROOT}/src/authoring/statedDays.ts';\nconsole.log(statedDays);\n`
          : undefined,
    };
    const built = build({
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      plugins: [page, pageCodeOnly()],
      build: { write: false, rollupOptions: { input: entry } },
    });
    await expect(built).rejects.toThrow(
      /not for the page: .*(chrono-node|src\/authoring\/statedDays\.ts)/,
    );
  });
});
