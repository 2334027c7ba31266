import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mapColours, pixelAt } from './media.ts';
import { join } from 'node:path';
import { draftArticle } from '../../src/authoring/drafts.ts';
import { createGeoparser } from '../../src/authoring/geoparser.ts';
import { allPlaces, loadDataset } from '../../src/node/data.ts';
import { pathToFileURL } from 'node:url';
import {
  CHROMIUM_PATH,
  DIST,
  INSTALL_HINT,
  launchBrowser,
  serveDist,
  waitForDay,
  type StaticServer,
} from '../../src/node/browser.ts';

const CI = process.env.CI === 'true';
if (!CHROMIUM_PATH && !CI) console.warn(`browser tests skipped: ${INSTALL_HINT}`);

describe.runIf(CI && !CHROMIUM_PATH)('browser', () => {
  it('has Chromium under CI', () => {
    expect.fail(`no Chromium: ${INSTALL_HINT}`);
  });
});

describe.skipIf(!CHROMIUM_PATH)('the atlas in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  const problems: string[] = [];
  const offOrigin: string[] = [];

  async function open(
    hash = '',
    options: { width?: number; height?: number; reducedMotion?: boolean; drafts?: string } = {},
  ) {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1100, height: options.height ?? 720 },
      reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    });
    // A site with a drafts file beside it, as the build puts it.
    const drafts = options.drafts;
    if (drafts !== undefined)
      await context.route('**/drafts.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: drafts }),
      );
    const p = await context.newPage();
    // A map that can be made slow: with window.workerDelay set, messages to its worker arrive
    // that late, as on a busy machine.
    await p.addInitScript(() => {
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
        const delay = (window as unknown as { workerDelay?: number }).workerDelay ?? 0;
        if (delay) setTimeout(() => post.apply(this, args as never), delay);
        else post.apply(this, args as never);
      } as typeof post;
    });
    p.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    p.on('pageerror', (e) => problems.push(e.message));
    p.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:'))
        offOrigin.push(url);
    });
    await p.goto(server.url + hash);
    return p;
  }

  const summary = (p: Page) => p.locator('[data-testid="day-summary"]').textContent();
  const heading = (p: Page) => p.locator('#day-title').textContent();

  /**
   * Follows a link on a page already open: the address and the app's reading of it in one step,
   * so the app's own timer, which writes its state into the address, cannot come in between.
   */
  const follow = (p: Page, hash: string) =>
    p.evaluate((h) => {
      history.replaceState(null, '', h);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }, hash);

  /** A drafts file made by the drafting code from a short wire text. */
  function wireDrafts(): string {
    const places = allPlaces(loadDataset().places);
    const d = draftArticle(
      {
        id: 'wire-test',
        file: 'wire-test.txt',
        published: '2022-01-08',
        text: 'Strikes spread\n\nALMATY, Jan 8 (wire) - Miners in Zhezkazgan went on strike on Saturday. Protesters gathered in Taraz and Semey.',
      },
      createGeoparser(places),
      places,
    );
    return JSON.stringify({ articles: [d.article], events: d.events, figures: d.figures });
  }

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    // A reader who follows a broken link: the page falls back to the first day and says why.
    page = await open('#x=1&x=1&date=2022-02-30&map=abc&select=place:atlantis');
    await waitForDay(page, '2022-01-02');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('falls back to a valid day with a visible notice on a broken link', async () => {
    const notices = page.locator('.notices');
    const text = await notices.textContent();
    expect(text).toContain('the date in the link: "2022-02-30" is not a calendar day');
    expect(text).toContain('map view "abc"');
    // A repeated unknown key is reported, not a reason to hang.
    expect(text).toContain('"x" in the link is not understood');
    // At most three notices, and a count of the rest (here the unknown place).
    expect(text).toContain('and 1 more problem with the link');
    expect(text).not.toContain('place:atlantis');
    expect(await heading(page)).toContain('2 January 2022');
    // Each notice goes when dismissed.
    while (await notices.getByRole('button', { name: 'Dismiss' }).count())
      await notices.getByRole('button', { name: 'Dismiss' }).first().click();
    expect(await page.locator('.notices').count()).toBe(0);
  });

  it('draws the map with WebGL2, not a blank canvas', async () => {
    const info = await page.evaluate(() => ({
      webgl2: !!document.createElement('canvas').getContext('webgl2'),
      width: (document.querySelector('.maplibregl-canvas') as HTMLCanvasElement).width,
    }));
    expect(info.webgl2).toBe(true);
    expect(info.width).toBeGreaterThan(400);
    expect(await mapColours(page)).toBeGreaterThan(20);
  });

  it('shows the first day: protests in Mangystau only', async () => {
    expect(await heading(page)).toContain('2 January 2022');
    expect(await summary(page)).toContain('Protests in Mangystau.');
    // No measure is recorded yet: blank under grey hatching, no measure's colour.
    const [r, g, b] = await pixelAt(page, 55.0, 42.3);
    expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(25);
  });

  it('steps by keyboard and by buttons, and the map follows the data', async () => {
    await page.locator('body').focus();
    await page.keyboard.press('.');
    await waitForDay(page, '2022-01-03');
    expect(await heading(page)).toContain('3 January 2022');
    await page.getByRole('button', { name: 'Next day' }).click();
    await waitForDay(page, '2022-01-04');
    expect(await summary(page)).toContain('Protests in Mangystau, Almaty.');
    await page.keyboard.press('PageUp');
    await waitForDay(page, '2022-01-03');
    await page.keyboard.press('End');
    await waitForDay(page, '2022-01-23');
    await page.keyboard.press('Home');
    await waitForDay(page, '2022-01-02');
  });

  it('colours Mangystau red on 12 January and "lifted" on 13 January', async () => {
    await follow(page, '#date=2022-01-12');
    await waitForDay(page, '2022-01-12');
    const red = await pixelAt(page, 55.0, 42.3);
    await page.getByRole('button', { name: 'Next day' }).click();
    await waitForDay(page, '2022-01-13');
    const lifted = await pixelAt(page, 55.0, 42.3);
    expect(red[0]).toBeGreaterThan(red[1] + 40);
    expect(lifted[1]).toBeGreaterThan(lifted[0]);
    expect(await summary(page)).toContain('"Red" level lifted in 14 regions');
  });

  it('gives the arrow keys to the slider when it has focus, and to the map otherwise', async () => {
    await follow(page, '#date=2022-01-05');
    await waitForDay(page, '2022-01-05');
    await page.getByRole('slider', { name: 'Day' }).focus();
    await page.keyboard.press('ArrowRight');
    await waitForDay(page, '2022-01-06');
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    expect(await heading(page)).toContain('6 January 2022');
  });

  it('plays with Space, waiting for each day to be drawn, and pauses', async () => {
    await follow(page, '#date=2022-01-08');
    await waitForDay(page, '2022-01-08');
    await page
      .getByRole('combobox', { name: 'Playback speed' })
      .selectOption({ label: '0.5 s per day' });
    await page.locator('body').focus();
    await page.keyboard.press(' ');
    await waitForDay(page, '2022-01-10');
    await page.keyboard.press(' ');
    const stopped = await heading(page);
    await page.waitForTimeout(1200);
    expect(await heading(page)).toBe(stopped);
    expect(await page.getByRole('button', { name: 'Play', exact: true }).count()).toBe(1);
  });

  it("opens a unit's history and sources on click", async () => {
    await follow(page, '#date=2022-01-13');
    await waitForDay(page, '2022-01-13');
    const [x, y] = await page.evaluate(() => window.atlasMap!.project(55.0, 42.3));
    await page.locator('.maplibregl-canvas').click({ position: { x, y } });
    await expect.poll(() => page.locator('#details-title').textContent()).toBe('Mangystau');
    const details = await page.locator('.details').textContent();
    expect(details).toContain('Behind these statuses');
    expect(details).toContain('canceled in the territories of Nur-Sultan');
    await page.getByRole('button', { name: 'Close details' }).click();
  });

  it('finds a place by any name, Latin or Cyrillic, and shows what happened there', async () => {
    const p = page;
    await follow(p, '#date=2022-01-06');
    await waitForDay(p, '2022-01-06');
    const search = p.getByRole('combobox', { name: 'Find a place' });
    // Typing a full stop or a comma in the search does not step the day.
    await search.fill('');
    await search.pressSequentially('Zhanaozen.,');
    expect(await heading(p)).toContain('6 January 2022');
    await search.fill('Жанаоз');
    await expect
      .poll(() =>
        p.getByRole('listbox', { name: 'Places' }).getByRole('option').first().textContent(),
      )
      .toContain('Жанаозен');
    await search.press('Enter');
    await expect.poll(() => p.locator('#details-title').textContent()).toBe('Zhanaozen');
    expect(await p.locator('.details').textContent()).toContain('2 January');
    // The address follows once the page has rested, here after the map has framed the place.
    await expect.poll(() => p.url(), { timeout: 5000 }).toContain('select=place:zhanaozen');
    // A town no article names: its region's history, a pin, and a note that says so.
    await search.fill('Semipalatinsk');
    await expect
      .poll(() =>
        p.getByRole('listbox', { name: 'Places' }).getByRole('option').first().textContent(),
      )
      .toContain('Semey');
    await search.press('Enter');
    await expect.poll(() => p.locator('#details-title').textContent()).toBe('East Kazakhstan');
    expect(await p.locator('.search-pin').textContent()).toBe('Semipalatinsk');
    expect(
      await p.getByRole('status').filter({ hasText: 'No article names' }).textContent(),
    ).toContain('No article names Semipalatinsk');
    // The map frames the town with its whole region around it, and the note stays once the
    // box loses focus.
    await expect
      .poll(() => Number(/map=([\d.]+)/.exec(p.url())?.[1]), { timeout: 5000 })
      .toBeLessThan(6);
    await p.locator('#details-title').click();
    await p.waitForTimeout(300);
    expect(await p.getByRole('status').filter({ hasText: 'No article names' }).count()).toBe(1);
    // Two villages called Aktau in Karaganda region read apart; the keyboard picks the one shown.
    await search.fill('Aktau');
    const options = p.getByRole('listbox', { name: 'Places' }).getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(2);
    const texts = await options.allTextContents();
    expect(new Set(texts).size).toBe(texts.length);
    const karaganda = texts.findIndex((t) => /° N/.test(t));
    expect(karaganda).toBeGreaterThan(0);
    for (let i = 0; i < karaganda; i++) await search.press('ArrowDown');
    const shown = await p.locator('[role=option][aria-selected=true]').textContent();
    await search.press('Enter');
    const [lat, lon] = /([\d.]+)° N, ([\d.]+)° E/.exec(shown!)!.slice(1).map(Number);
    await p.waitForTimeout(300);
    const [x, y] = await p.evaluate(([a, b]) => window.atlasMap!.project(a!, b!), [lon!, lat!]);
    const pin = (await p.locator('.search-pin').boundingBox())!;
    const map = (await p.locator('.maplibregl-canvas').boundingBox())!;
    expect(Math.abs(pin.x + pin.width / 2 - map.x - x)).toBeLessThan(12);
    expect(Math.abs(pin.y + pin.height - map.y - y)).toBeLessThan(12);
    await search.fill('Qwertyville');
    await expect
      .poll(() => p.getByText('No place called “Qwertyville” in the gazetteer').count())
      .toBe(1);
    await search.fill('');
    expect(await p.locator('.search-pin').count()).toBe(0);
    // The shared page goes back to the whole country, for the tests after this one.
    await p.keyboard.press('Escape');
    await p.getByRole('button', { name: 'Whole country' }).click();
  });

  it('shows drafts only when asked, and says when the atlas has none', async () => {
    await follow(page, '#date=2022-01-08');
    await waitForDay(page, '2022-01-08');
    await page.getByRole('button', { name: 'Show drafts' }).click();
    await expect.poll(() => page.getByText('No drafts are waiting for review').count()).toBe(1);
    await page.getByRole('button', { name: 'Hide drafts' }).click();
  });

  it('shares the link and the embed code of the view on screen', async () => {
    await follow(page, '#date=2022-01-13&map=5.00/47.0000/70.0000&select=unit:zhambyl');
    await waitForDay(page, '2022-01-13');
    await page.getByRole('button', { name: 'Share' }).click();
    expect(await page.getByLabel('Link').inputValue()).toBe(
      `${server.url}#date=2022-01-13&map=5.00/47.0000/70.0000&select=unit:zhambyl`,
    );
    const code = await page.getByLabel(/Embed code/).inputValue();
    expect(code).toContain(`src="${server.url}?embed#date=2022-01-13&amp;select=unit:zhambyl"`);
    await page.getByLabel(/Play the days on load/).check();
    expect(await page.getByLabel(/Embed code/).inputValue()).toContain('?embed&amp;autoplay#');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    // Back to the whole country with nothing selected, for the tests after this one.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Whole country' }).click();
  });

  it('highlights an event selected in the panel', async () => {
    await follow(page, '#date=2022-01-02');
    await waitForDay(page, '2022-01-02');
    // Just outside the point's usual radius, inside its selected one.
    const before = await pixelAt(page, 52.86192, 43.34116, 8.5);
    await page.getByRole('button', { name: /Zhanaozen and Aktau/ }).click();
    await expect
      .poll(() => new URL(page.url()).hash)
      .toContain('select=event:protests-begin-mangystau');
    await waitForDay(page, '2022-01-02');
    await page.waitForTimeout(300);
    const after = await pixelAt(page, 52.86192, 43.34116, 8.5);
    expect(after).not.toEqual(before);
  });

  /**
   * A reader on a phone who follows a link to a day, a view and a selection, on a site with
   * drafts beside it: the first load reads the whole link.
   */
  describe('opened from a link on a phone', () => {
    let linked: Page;
    beforeAll(async () => {
      linked = await open('#date=2022-01-13&map=7.00/43.2500/76.9000&select=unit:almaty-city', {
        width: 375,
        height: 740,
        drafts: wireDrafts(),
      });
      await waitForDay(linked, '2022-01-13');
    });
    afterAll(() => linked?.context().close());

    it('restores the day, view and selection from the URL', async () => {
      const p = linked;
      expect(await p.locator('#details-title').textContent()).toBe('Almaty');
      const [x, y] = await p.evaluate(() => window.atlasMap!.project(76.9, 43.25));
      const box = (await p.locator('.maplibregl-canvas').boundingBox())!;
      expect(Math.abs(x - box.width / 2)).toBeLessThan(2);
      expect(Math.abs(y - box.height / 2)).toBeLessThan(2);
      expect(new URL(p.url()).hash).toContain('date=2022-01-13');
    });

    it('fits a 375 px phone screen without sideways scrolling, the legend folded', async () => {
      const p = linked;
      const widths = await p.evaluate(() => ({
        doc: document.documentElement.scrollWidth,
        map: document.querySelector('.maplibregl-canvas')!.clientWidth,
      }));
      expect(widths.doc).toBeLessThanOrEqual(375);
      expect(widths.map).toBe(375);
      expect(await p.getByRole('button', { name: 'Legend' }).getAttribute('aria-expanded')).toBe(
        'false',
      );
    });

    it('shows drafts only when asked, set apart and marked as drafts', async () => {
      const p = linked;
      await follow(p, '#date=2022-01-08');
      await waitForDay(p, '2022-01-08');
      expect(await p.locator('.draft-pin').count()).toBe(0);
      await p.getByRole('button', { name: 'Show drafts' }).click();
      await expect.poll(() => p.locator('.drafts li').count()).toBe(2);
      const panel = await p.locator('.drafts').textContent();
      expect(panel).toContain('Drafts, not yet checked');
      expect(panel).toContain('Miners in Zhezkazgan went on strike on Saturday.');
      expect(panel).toContain('Zhezqazghan');
      expect(await p.locator('.draft-pin').count()).toBe(3);
      await p.getByRole('button', { name: 'Hide drafts' }).click();
      await expect.poll(() => p.locator('.draft-pin').count()).toBe(0);
    });
  });

  it('keeps the panels and timeline working where WebGL is unavailable', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 720 } });
    try {
      const p = await context.newPage();
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(e.message));
      await p.addInitScript(() => {
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args) {
          return /webgl/.test(String(args[0])) ? null : getContext.apply(this, args as never);
        } as typeof getContext;
      });
      await p.goto(server.url + '#date=2022-01-05');
      await expect
        .poll(() => p.getByRole('alert').textContent())
        .toContain('The map cannot be drawn in this browser');
      expect(await heading(p)).toContain('5 January 2022');
      await p.locator('body').focus();
      await p.keyboard.press('.');
      await waitForDay(p, '2022-01-06');
      expect(await heading(p)).toContain('6 January 2022');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('explains, instead of a blank page, that the built site cannot run from file://', async () => {
    const p = await browser.newPage();
    await p.goto(pathToFileURL(join(DIST, 'index.html')).href);
    await expect.poll(() => p.locator('#app').textContent()).toContain('cannot run from a file');
    expect(await p.locator('#app').textContent()).toContain('python3 -m http.server');
    await p.close();
  });

  it('changes the timeline and panels with the map, the timeline alone when the map is late, and the panels alone while WebGL is lost', async () => {
    const p = page;
    try {
      await follow(p, '#date=2022-01-02');
      await waitForDay(p, '2022-01-02');
      await p.evaluate(() => ((window as unknown as { workerDelay: number }).workerDelay = 600));
      // Right after the key press, the page still shows the map's day throughout.
      const atOnce = await p.evaluate(async () => {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '.', bubbles: true }));
        await new Promise((ok) => setTimeout(ok));
        return {
          timeline: document.querySelector('output.current')!.textContent,
          heading: document.querySelector('#day-title')!.textContent,
        };
      });
      expect(atOnce.timeline).toContain('2 January');
      expect(atOnce.heading).toContain('2 January 2022');
      // The map is late: the timeline moves on and says so; the panels wait for the map.
      await expect.poll(() => p.locator('output.current').textContent()).toContain('3 January');
      expect(await p.locator('output.current').textContent()).toContain('drawing the map');
      expect(await heading(p)).toContain('2 January 2022');
      expect(await summary(p)).toContain('Protests in Mangystau.');
      await waitForDay(p, '2022-01-03');
      expect(await heading(p)).toContain('3 January 2022');
      expect(await p.locator('output.current').textContent()).not.toContain('drawing');

      // The map's WebGL context lost, and given back: the panels go on meanwhile.
      await p.evaluate(() => ((window as unknown as { workerDelay: number }).workerDelay = 0));
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(e.message));
      await p.evaluate(() => {
        const gl = document
          .querySelector<HTMLCanvasElement>('.maplibregl-canvas')!
          .getContext('webgl2')!;
        (window as unknown as { lose: WEBGL_lose_context }).lose =
          gl.getExtension('WEBGL_lose_context')!;
        (window as unknown as { lose: WEBGL_lose_context }).lose.loseContext();
      });
      await expect
        .poll(() => p.getByRole('alert').textContent())
        .toContain('The map stopped drawing');
      await p.locator('body').focus();
      await p.keyboard.press('.');
      await waitForDay(p, '2022-01-04');
      expect(await heading(p)).toContain('4 January 2022');
      await p.evaluate(() =>
        (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext(),
      );
      await expect
        .poll(() => p.getByText('The map stopped drawing').count(), { timeout: 15_000 })
        .toBe(0);
      await p.keyboard.press('.');
      await waitForDay(p, '2022-01-05');
      expect(errors).toEqual([]);
    } finally {
      await p.evaluate(() => ((window as unknown as { workerDelay: number }).workerDelay = 0));
    }
  });

  it('plays in motion, once the reader no longer asks for less, with no console error and no request to another origin', async () => {
    await follow(page, '#date=2022-01-18');
    await waitForDay(page, '2022-01-18');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    try {
      await page
        .getByRole('combobox', { name: 'Playback speed' })
        .selectOption({ label: '0.25 s per day' });
      // The map cross-fades from one day to the next: a still of the old day shows over it.
      await page.locator('canvas.fade').evaluate((c) => {
        const w = window as unknown as { stills: number };
        w.stills = 0;
        new MutationObserver(() => {
          if (c.style.opacity === '1') w.stills++;
        }).observe(c, { attributes: true, attributeFilter: ['style'] });
      });
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await waitForDay(page, '2022-01-23', 30_000);
      expect(
        await page.evaluate(() => (window as unknown as { stills: number }).stills),
      ).toBeGreaterThanOrEqual(5);
      await expect
        .poll(() => page.getByRole('button', { name: 'Play', exact: true }).count())
        .toBe(1);
    } finally {
      await page.emulateMedia({ reducedMotion: 'reduce' });
    }
    expect(problems).toEqual([]);
    expect(offOrigin).toEqual([]);
  });

  it('sends a Content-Security-Policy that allows only its own origin', async () => {
    const csp = await page.evaluate(() =>
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    );
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });
});
