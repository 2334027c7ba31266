/** The one-file atlas: opened from disk, it draws the map and asks for nothing anywhere. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { SINGLE_FILE } from '../../src/page/embed.ts';
import { mapColours, unmarkedEnglish } from './media.ts';
import { CHROMIUM_PATH, DIST, launchBrowser, waitForDay } from '../../src/node/browser.ts';

const FILE = join(DIST, SINGLE_FILE);

describe.skipIf(!CHROMIUM_PATH)('the one-file atlas', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the map from file:// with no request for anything but itself', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 720 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    // The language as people type it, in the query: the page reads it into the hash.
    const url = `${pathToFileURL(FILE).href}?lang=ru#date=2022-01-13`;
    await page.goto(url);
    await waitForDay(page, '2022-01-13');
    expect(await page.locator('#day-title').textContent()).toContain('13 января 2022');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toContain('lang=ru');
    // Russian throughout: any English left (article titles, quotes) is marked as English.
    expect(await unmarkedEnglish(page)).toEqual([]);
    // The map drew something: many colours on its canvas.
    expect(await mapColours(page)).toBeGreaterThan(20);
    // No drafts file travels with it, so no control offers one.
    expect(await page.getByRole('button', { name: 'Показать черновики' }).count()).toBe(0);
    expect(await page.locator('.data-links button[aria-pressed]').count()).toBe(0);
    const elsewhere = requests.filter(
      (r) =>
        !r.startsWith('data:') && !r.startsWith('blob:') && r.split('#')[0] !== url.split('#')[0],
    );
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('allows its inlined code by hash, never "unsafe-inline" or eval', () => {
    const html = readFileSync(FILE, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("default-src 'none'");
    // Nothing is left for the browser to fetch.
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"/);
  });
});
