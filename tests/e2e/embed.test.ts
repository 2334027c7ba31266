/** The embed inside an iframe on a host page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Frame, Page } from 'playwright-core';
import {
  CHROMIUM_PATH,
  launchBrowser,
  serveDist,
  type StaticServer,
} from '../../src/node/browser.ts';

describe.skipIf(!CHROMIUM_PATH)('the embed', () => {
  let browser: Browser;
  let server: StaticServer;
  const problems: string[] = [];

  /** A host page on another origin with the atlas in an iframe of the given size. */
  async function host(
    src: string,
    width: number,
    height: number,
    reducedMotion: 'reduce' | 'no-preference' = 'reduce',
  ): Promise<{ page: Page; frame: Frame }> {
    const context = await browser.newContext({
      viewport: { width: width + 40, height: height + 40 },
      reducedMotion,
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    await page.setContent(
      `<!doctype html><title>A newsroom's article</title><p>Story text</p>` +
        `<iframe src="${server.url}${src}" title="Atlas" style="width:${width}px;height:${height}px;border:0"></iframe>`,
    );
    const handle = await page.waitForSelector('iframe');
    const frame = (await handle.contentFrame())!;
    return { page, frame };
  }

  const renderedDay = (frame: Frame) =>
    frame.evaluate(() =>
      document.querySelector('[data-rendered-day]')?.getAttribute('data-rendered-day'),
    );

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    expect(problems).toEqual([]);
  });

  it('plays on load when asked, fits 320 and 640 px frames, and pauses', async () => {
    // Whether it plays for a reader who asks for less motion is the page mode's own test.
    const { page, frame } = await host(
      '?embed&autoplay#date=2022-01-06',
      320,
      480,
      'no-preference',
    );
    await expect.poll(() => renderedDay(frame), { timeout: 30_000 }).toBe('2022-01-07');
    await frame.getByRole('button', { name: 'Pause', exact: true }).click();
    for (const width of [320, 640]) {
      await page.setViewportSize({ width: width + 40, height: 520 });
      await page.locator('iframe').evaluate((f, w) => (f.style.width = `${w}px`), width);
      await expect.poll(() => frame.evaluate(() => window.innerWidth)).toBe(width);
      // The compact layout: no side panel, the map and the timeline fit the frame.
      expect(await frame.locator('aside').count()).toBe(0);
      expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      const map = (await frame.locator('.map-area').boundingBox())!;
      expect(map.height).toBeGreaterThan(200);
      // The day's caption is a strip above the map: it covers no region.
      const badge = (await frame.locator('.badge').boundingBox())!;
      const canvas = (await frame.locator('.maplibregl-canvas').boundingBox())!;
      expect(badge.y + badge.height).toBeLessThanOrEqual(canvas.y + 1);
      // At 320 px a city's point names the city and counts its sites ("Almaty +2"), one line,
      // rather than list them past the map's edge.
      if (width === 320)
        await expect
          .poll(() => frame.evaluate(() => window.atlasMap!.labels('place-labels')))
          .toSatisfy(
            (labels: string[]) => labels.length > 0 && labels.every((l) => !l.includes('\n')),
          );
    }
    const day = await renderedDay(frame);
    // The caption's words run on from the title: no space before the comma.
    expect(await frame.locator('.embed-foot').textContent()).toMatch(/January 2022, from/);
    const full = frame.getByRole('link', { name: /Open the full atlas/ });
    expect(await full.getAttribute('href')).toBe(`${server.url}#date=${day}`);
    expect(
      (await new AxeBuilder({ page: page as never }).include('iframe').analyze()).violations,
    ).toEqual([]);
    // Paused: still on the same day.
    expect(await renderedDay(frame)).toBe(day);
    await page.context().close();
  }, 60_000);
});
