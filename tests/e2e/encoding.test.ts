/**
 * The encoding in the browser, on a fixture: the app's map code draws a region recorded as
 * "none", one recorded as lifted and one with nothing recorded three different ways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { CHROMIUM_PATH, ROOT, launchBrowser } from '../../src/node/browser.ts';
import { FIXTURE_POINTS } from '../fixtures/encoding.ts';

describe.skipIf(!CHROMIUM_PATH)('the encoding fixture, drawn by maplibre', () => {
  let browser: Browser;
  let server: ViteDevServer;

  beforeAll(async () => {
    server = await createServer({
      root: ROOT,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
    });
    await server.listen();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('tells "none", "lifted" and "not recorded" apart, and the legend names the two it draws', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 640 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.resolvedUrls!.local[0]}tests/e2e/pages/encoding.html`);
    const drawn = await page.evaluate(async (points) => {
      const map = await window.fixtureMap!;
      const out: Record<string, { spread: number; mean: number[] }> = {};
      for (const [look, { lonLat }] of Object.entries(points))
        out[look] = map.patch(lonLat[0], lonLat[1]);
      return { patches: out, legend: map.legend };
    }, FIXTURE_POINTS);
    expect(errors).toEqual([]);
    const { none, lifted, unrecorded } = drawn.patches as Record<
      string,
      { spread: number; mean: number[] }
    >;
    // Flat fills where something is recorded, lines where nothing is.
    expect(none!.spread).toBeLessThan(20);
    expect(lifted!.spread).toBeLessThan(20);
    expect(unrecorded!.spread).toBeGreaterThan(40);
    // "Lifted" has a colour of its own, unlike "none".
    const distance = (a: number[], b: number[]) =>
      a.reduce((s, x, i) => s + Math.abs(x - b[i]!), 0);
    expect(distance(none!.mean, lifted!.mean)).toBeGreaterThan(30);
    expect(drawn.legend).toEqual(expect.arrayContaining(['lifted', 'unrecorded']));
    expect(drawn.legend).not.toContain('red');
    await page.close();
  });
});
