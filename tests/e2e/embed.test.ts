/** The embed inside an iframe on a host page, the Share dialog's link and code. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it.each([320, 640])(
    'restores its day and plays inside a %i px iframe',
    async (width) => {
      const { page, frame } = await host('?embed#date=2022-01-06', width, 480);
      await expect.poll(() => renderedDay(frame), { timeout: 30_000 }).toBe('2022-01-06');
      // The compact layout: no side panel, the map and the timeline fit the frame.
      expect(await frame.locator('aside').count()).toBe(0);
      expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      const map = (await frame.locator('.map-area').boundingBox())!;
      expect(map.height).toBeGreaterThan(200);
      const full = frame.getByRole('link', { name: /Open the full atlas/ });
      expect(await full.getAttribute('href')).toBe(`${server.url}#date=2022-01-06`);
      await frame.getByRole('combobox', { name: 'Playback speed' }).selectOption({ index: 0 });
      await frame.getByRole('button', { name: 'Play', exact: true }).click();
      await expect.poll(() => renderedDay(frame), { timeout: 30_000 }).toBe('2022-01-08');
      await page.context().close();
    },
    60_000,
  );

  it('plays on load only when asked, and not for readers who ask for reduced motion', async () => {
    const asked = await host('?embed&autoplay#date=2022-01-21', 640, 480, 'no-preference');
    await expect.poll(() => renderedDay(asked.frame), { timeout: 30_000 }).toBe('2022-01-22');
    await asked.page.context().close();
    const calm = await host('?embed&autoplay#date=2022-01-21', 640, 480, 'reduce');
    await expect.poll(() => renderedDay(calm.frame), { timeout: 30_000 }).toBe('2022-01-21');
    await calm.page.waitForTimeout(1500);
    expect(await renderedDay(calm.frame)).toBe('2022-01-21');
    await calm.page.context().close();
  }, 60_000);

  it('shares the link and the embed code of the view on screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#date=2022-01-13&select=unit:zhambyl`);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-rendered-day]')?.getAttribute('data-rendered-day') ===
        '2022-01-13',
    );
    await page.getByRole('button', { name: 'Share' }).click();
    expect(await page.getByLabel('Link').inputValue()).toMatch(
      new RegExp(`^${server.url}#date=2022-01-13&map=[\\d.]+/[\\d.]+/[\\d.]+&select=unit:zhambyl$`),
    );
    const code = await page.getByLabel(/Embed code/).inputValue();
    expect(code).toContain(`src="${server.url}?embed#date=2022-01-13&amp;select=unit:zhambyl"`);
    await page.getByLabel(/Play the days on load/).check();
    expect(await page.getByLabel(/Embed code/).inputValue()).toContain('?embed&amp;autoplay#');
    await context.close();
  });
});
