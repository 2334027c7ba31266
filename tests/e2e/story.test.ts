/**
 * The map telling the story: what changed each day, every event answering a click, the guided
 * tour, the layouts of tablets and phones, the keyboard, and accessibility checked by axe-core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  serveDist,
  waitForDay,
  CHROMIUM_PATH,
  type StaticServer,
} from '../../src/node/browser.ts';
import { changesOn } from '../../src/model/changes.ts';
import { statusChangeText } from '../../src/words/changes.ts';
import { dayState } from '../../src/model/dayState.ts';
import { selectionNote } from '../../src/words/selection.ts';
import { dataset, tour } from '../helpers.ts';
import { unmarkedEnglish } from './media.ts';

describe.skipIf(!CHROMIUM_PATH)('the story at a glance', () => {
  let browser: Browser;
  let server: StaticServer;
  const problems: string[] = [];

  async function open(hash: string, width = 1100, height = 720): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width, height },
      reducedMotion: 'reduce',
    });
    const p = await context.newPage();
    p.on('pageerror', (e) => problems.push(e.message));
    await p.goto(server.url + hash);
    return p;
  }

  /** A checksum of the map's pixels, to tell whether a click changed what the map draws. */
  const mapPixels = (p: Page) =>
    p.evaluate(() => {
      const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
      let h = 0;
      for (let i = 0; i < data.length; i += 4) h = (h * 31 + data[i]! + data[i + 1]! * 7) | 0;
      return h;
    });

  /** Keeps the map's pixels now, for pixelsChanged. */
  const keepPixels = (p: Page) =>
    p.evaluate(() => {
      const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
      const copy = document.createElement('canvas');
      [copy.width, copy.height] = [canvas.width, canvas.height];
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      (window as unknown as { kept: Uint8ClampedArray }).kept = ctx.getImageData(
        0,
        0,
        copy.width,
        copy.height,
      ).data;
    });
  /** How many of the map's pixels differ, by more than a shade, from those kept. */
  const pixelsChanged = (p: Page) =>
    p.evaluate(() => {
      const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
      const copy = document.createElement('canvas');
      [copy.width, copy.height] = [canvas.width, canvas.height];
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const now = ctx.getImageData(0, 0, copy.width, copy.height).data;
      const kept = (window as unknown as { kept: Uint8ClampedArray }).kept;
      let n = 0;
      for (let i = 0; i < now.length; i += 4)
        if ([0, 1, 2].some((c) => Math.abs(now[i + c]! - kept[i + c]!) > 8)) n++;
      return n;
    });

  /** axe-core's findings on the page, or on what `within` selects (an open dialog). */
  const axe = (p: Page, within?: string) => {
    const builder = new AxeBuilder({ page: p as never });
    return (within ? builder.include(within) : builder).analyze();
  };

  /**
   * The map's pixels once they stop changing: a new link may redraw the day that was already
   * on screen (another selection, language or view).
   */
  async function stillPixels(p: Page): Promise<number> {
    let last = await mapPixels(p);
    for (let i = 0; i < 20; i++) {
      await p.waitForTimeout(150);
      const now = await mapPixels(p);
      if (now === last) return now;
      last = now;
    }
    throw new Error('the map kept changing');
  }

  /**
   * A page at 1100 x 720 showing `hash`, as a reader who follows a link there: one page shared
   * by the tests that need no fresh load (loading the map costs seconds in software WebGL),
   * given each new link as the app reads it on load. Tests of the first load open their own.
   */
  let shared: Page | null = null;
  /**
   * Follows a link on a page already open: the address and the app's reading of it in one
   * step, so the app's own timer, which writes its state into the address, cannot come between.
   */
  const follow = (p: Page, hash: string) =>
    p.evaluate((h) => {
      history.replaceState(null, '', h);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }, hash);
  async function visit(hash: string): Promise<Page> {
    if (!shared) return (shared = await open(hash));
    await follow(shared, hash);
    // On load, a link without a view shows the whole country; on a page already open it keeps
    // the reader's view, so the country is asked for.
    if (!/(^|&|#)(map|story)=/.test(hash))
      await shared.getByRole('button', { name: /^(Whole country|Вся страна|Бүкіл ел)$/ }).click();
    return shared;
  }

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    expect(problems).toEqual([]);
  });

  it('puts Play among the first Tab stops, and pages the same way on the slider', async () => {
    // First, on the freshly opened page, where the Tab order starts at the top.
    expect(shared).toBeNull();
    const p = await visit('#date=2022-01-06');
    await waitForDay(p, '2022-01-06');
    const names: string[] = [];
    for (let i = 0; i < 10; i++) {
      await p.keyboard.press('Tab');
      names.push(
        await p.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label') ??
            document.activeElement?.textContent?.trim() ??
            '',
        ),
      );
    }
    // The first-visit line's own Play cue, or the timeline's Play, within the first eight.
    const firstPlay = names.findIndex((n) => n === 'Play' || n.startsWith('▶ Play'));
    expect(firstPlay).toBeGreaterThanOrEqual(0);
    expect(firstPlay).toBeLessThan(8);
    expect(names).toContain('Play');
    // Page Down goes forward on the day slider too, as everywhere else.
    await p.getByRole('slider', { name: 'Day' }).focus();
    await p.keyboard.press('PageDown');
    await waitForDay(p, '2022-01-07');
    await p.keyboard.press('PageUp');
    await p.keyboard.press('PageUp');
    await waitForDay(p, '2022-01-05');
  });

  it.each(['2022-01-05', '2022-01-13', '2022-01-19', '2022-01-20'])(
    'opens %s with what changed since the day before, as the data has it',
    async (day) => {
      const p = await visit(`#date=${day}`);
      await waitForDay(p, day);
      const changes = changesOn(dataset, dayState(dataset, day));
      const box = p.getByTestId('changes');
      const text = (await box.textContent())!.replace(/\s+/g, ' ');
      for (const c of changes.statuses) expect(text).toContain(statusChangeText(c));
      if (changes.events.length) expect(text).toContain(`New events: ${changes.events.length}`);
      for (const f of changes.figures) expect(text).toContain(f.figure.text);
      expect(await p.locator('.event .badge.new').count()).toBe(changes.events.length);
      if (day === '2022-01-20') expect(text).toContain('no longer recorded in all 17 regions');
    },
  );

  /**
   * One event of each kind a selection can meet: an event with places, one for the whole
   * country, one that says no place, one with places outside the map's regions.
   */
  const eventsToClick = (() => {
    const seen = new Set<string>();
    const picked: { day: string; id: string; summary: string; noPlace?: string }[] = [];
    for (const day of ['2022-01-05', '2022-01-06', '2022-01-13'])
      for (const e of dayState(dataset, day).events) {
        const note = selectionNote(dataset, { kind: 'event', id: e.id });
        const kind = `${e.noPlace ?? 'places'} ${note?.split(' ')[0] ?? ''}`;
        // An event with places of its own is the next test's, three times over.
        if (seen.has(kind) || kind === 'places ') continue;
        seen.add(kind);
        picked.push({ day, id: e.id, summary: e.summary, noPlace: e.noPlace });
      }
    return picked;
  })();

  it.each(eventsToClick)(
    'answers a click on $id ($day): the map changes, or a line says why it cannot',
    async (e) => {
      const p = await visit(`#date=${e.day}`);
      await waitForDay(p, e.day);
      const before = await stillPixels(p);
      await keepPixels(p);
      await p.getByRole('button', { name: e.summary, exact: true }).click();
      await expect.poll(() => new URL(p.url()).hash, { timeout: 5000 }).toContain(`event:${e.id}`);
      const note = selectionNote(dataset, { kind: 'event', id: e.id });
      if (note) await expect.poll(() => p.locator('.selection-note').textContent()).toBe(note);
      // Whatever the note says, an event with something to light changes the map.
      if (e.noPlace !== 'unstated')
        await expect
          .poll(() => mapPixels(p), { timeout: 5000, message: `the map after ${e.id}` })
          .not.toBe(before);
      // Escape clears the selection, and the map is as it was, view and all (to a few pixels
      // of rounding where the map comes back from another zoom).
      await p.keyboard.press('Escape');
      await expect.poll(() => p.locator('.selection-note').count()).toBe(0);
      await expect.poll(() => pixelsChanged(p), { timeout: 5000 }).toBeLessThan(20);
    },
  );

  it("takes the reader to each of 5 January's Almaty events, each drawn apart, and back on Escape", async () => {
    const p = await visit('#date=2022-01-05');
    await waitForDay(p, '2022-01-05');
    const view = () => new URL(p.url()).hash.match(/map=([^&]+)/)?.[1];
    await expect.poll(view).toBeTruthy();
    const start = view();
    const drawn: number[] = [];
    for (const id of [
      'almaty-buildings-stormed',
      'almaty-police-department-attacked',
      'almaty-overnight-battles',
    ]) {
      const summary = dataset.events.find((e) => e.id === id)!.summary;
      await p.getByRole('button', { name: summary, exact: true }).click();
      await expect.poll(() => new URL(p.url()).hash).toContain(`event:${id}`);
      // Close enough that the city's sites are drawn apart.
      await expect.poll(() => Number(view()?.split('/')[0])).toBeGreaterThan(9);
      drawn.push(await stillPixels(p));
    }
    expect(new Set(drawn).size).toBe(3);
    await p.keyboard.press('Escape');
    await expect.poll(view).toBe(start);
  });

  it('draws the unrecorded threat level of 15 January unlike the red of 14 January, and names both', async () => {
    const p = await visit('#date=2022-01-14');
    await waitForDay(p, '2022-01-14');
    // Zhambyl: pale red on 14 January; on 15 January purple under a hatching, lines darker
    // than the fill around them.
    const patch = () =>
      p.evaluate(() => {
        const [x, y] = window.atlasMap!.project(70.6, 45.1);
        const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
        const ratio = canvas.width / canvas.clientWidth;
        const copy = document.createElement('canvas');
        [copy.width, copy.height] = [canvas.width, canvas.height];
        const ctx = copy.getContext('2d')!;
        ctx.drawImage(canvas, 0, 0);
        const d = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 12, 12).data;
        const light: number[] = [];
        for (let i = 0; i < d.length; i += 4) light.push(d[i]! + d[i + 1]! + d[i + 2]!);
        return { spread: Math.max(...light) - Math.min(...light), red: d[0]! - d[2]! };
      });
    const on14 = await patch();
    await p.getByRole('button', { name: 'Next day' }).click();
    await waitForDay(p, '2022-01-15');
    await p.waitForTimeout(300);
    const on15 = await patch();
    expect(on14.red).toBeGreaterThan(40);
    expect(on14.spread).toBeLessThan(20);
    expect(on15.red).toBeLessThan(20);
    expect(on15.spread).toBeGreaterThan(40);
    const legend = (await p.locator('.legend').textContent())!;
    expect(legend).toContain('"Red" terrorist threat level');
    expect(legend).toContain('Hatched: threat level or emergency not recorded');
    expect(legend).not.toContain('no threat level');
  });

  it('keeps the layers and filters in the link, both ways', async () => {
    const p = await visit('#date=2022-01-06');
    await waitForDay(p, '2022-01-06');
    const box = (name: string) => p.getByRole('checkbox', { name, exact: true });
    await p.getByText('Layers and filters').click({ timeout: 5000 });
    await box('Spread of the protests').uncheck({ timeout: 5000 });
    await box('Protests').uncheck({ timeout: 5000 });
    await expect
      .poll(() => new URL(p.url()).hash)
      .toMatch(/hide=spread&only=clashes,security,csto,recovery,political/);
    await follow(p, '#date=2022-01-06&hide=csto,measures&only=clashes');
    await expect.poll(() => new URL(p.url()).hash).toContain('hide=measures,csto');
    expect(await box('CSTO contingents').isChecked({ timeout: 3000 })).toBe(false);
    expect(await box('Spread of the protests').isChecked({ timeout: 3000 })).toBe(true);
    expect(await box('Measures in the regions').isChecked({ timeout: 3000 })).toBe(false);
    expect(await box('Clashes, attacks').isChecked({ timeout: 3000 })).toBe(true);
    expect(await box('Protests').isChecked({ timeout: 3000 })).toBe(false);
    // The legend follows: no region measures, no protest places.
    const legend = (await p.locator('.legend').textContent())!;
    expect(legend).not.toContain('"Red" terrorist threat level');
    expect(legend).toContain('Clashes, attacks');
    await follow(p, '#date=2022-01-06');
    await expect.poll(() => box('CSTO contingents').isChecked({ timeout: 3000 })).toBe(true);
  });

  it('meets every kind of event selection in the days it clicks', () => {
    expect(eventsToClick.length).toBeGreaterThanOrEqual(3);
  });

  it('restores a tour stop from the link, with its day, caption and view', async () => {
    // The first, a middle and the last stop; what each stop holds is the tour's own test.
    const stops = [0, Math.floor(tour.length / 2), tour.length - 1];
    const p = await visit('#story=1');
    for (const i of stops) {
      const stop = tour[i]!;
      if (i > 0) await follow(p, `#story=${i + 1}`);
      await waitForDay(p, stop.day);
      await expect.poll(() => p.locator('#tour-title').textContent()).toBe(stop.title);
      // The map shows the stop's view: its centre projects near the middle of the map.
      const [w, s, e, n] = stop.bounds;
      await expect
        .poll(async () => {
          const [x, y] = await p.evaluate(
            ([lon, lat]) => window.atlasMap!.project(lon!, lat!),
            [(w + e) / 2, (s + n) / 2],
          );
          const box = (await p.locator('.map-area').boundingBox())!;
          return Math.abs(x - box.width / 2) < 40 && Math.abs(y - box.height / 2) < 40;
        })
        .toBe(true);
    }
    // The same keys step the tour, and the link follows.
    await p.keyboard.press('PageUp');
    await waitForDay(p, tour.at(-2)!.day);
    await expect.poll(() => new URL(p.url()).hash).toBe(`#story=${tour.length - 1}`);
    await p.keyboard.press('Escape');
    await expect.poll(() => p.getByTestId('tour').count()).toBe(0);
  }, 60_000);

  it('plays the tour from its own Play button, and pauses', async () => {
    // How long each stop stays and what follows it are the app state's own tests; here, the
    // button starts and stops it.
    const p = await visit('#story=5');
    await waitForDay(p, tour[4]!.day);
    await p.getByRole('button', { name: 'Play the tour' }).first().click();
    const pause = p.getByTestId('tour').getByRole('button', { name: 'Pause', exact: true });
    await expect.poll(() => pause.count()).toBe(1);
    await pause.click();
    await expect
      .poll(() => p.getByTestId('tour').getByRole('button', { name: 'Play the tour' }).count())
      .toBe(1);
    expect(await p.locator('#tour-title').textContent()).toBe(tour[4]!.title);
    await p.keyboard.press('Escape');
    await expect.poll(() => p.getByTestId('tour').count()).toBe(0);
  });

  it.each([
    [768, 1024],
    [375, 667],
  ])('gives the map at least half of a %i x %i screen', async (width, height) => {
    const p = await visit('#date=2022-01-06');
    await waitForDay(p, '2022-01-06');
    await p.setViewportSize({ width, height });
    try {
      await expect
        .poll(async () => (await p.locator('.map-area').boundingBox())!.width)
        .toBeGreaterThanOrEqual(width - 1);
      const box = (await p.locator('.map-area').boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(height / 2);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      if (width > 400) return;
      // On the phone, the tour: its caption over at most half the map, and nothing over any of
      // its buttons.
      await follow(p, '#story=4');
      await expect.poll(() => p.getByTestId('tour').count()).toBe(1);
      const card = (await p.locator('.tour-over-map').boundingBox())!;
      expect(card.height).toBeLessThanOrEqual(box.height / 2);
      const buttons = p.getByTestId('tour').getByRole('button');
      expect(await buttons.count()).toBeGreaterThanOrEqual(4);
      for (const button of await buttons.all()) {
        const covered = await button.evaluate((b) => {
          const r = b.getBoundingClientRect();
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !top || !b.contains(top);
        });
        expect(covered, (await button.textContent()) ?? '').toBe(false);
      }
      await p.keyboard.press('Escape');
    } finally {
      await p.setViewportSize({ width: 1100, height: 720 });
    }
  });

  it.each([
    [
      'ru',
      'Казахстан, январь 2022',
      'Поделиться',
      'Пуск',
      '13 января 2022',
      'Акмолинская область',
      'Алматы',
      '«Красный» уровень снят: 14 регионов',
      'Войска ОДКБ выводятся',
    ],
    [
      'kk',
      'Қазақстан, 2022 жылғы қаңтар',
      'Бөлісу',
      'Ойнату',
      'қаңтар',
      'Ақмола облысы',
      'Алматы',
      '«Қызыл» деңгей алынды: 14 өңір',
      'ҰҚШҰ әскерлері шығарылуда',
    ],
  ])(
    'speaks %s from the link: chrome, dates, what changed, legend and the names on the map',
    async (lang, title, share, play, date, region, town, change, csto) => {
      const p = await visit(`#date=2022-01-13&lang=${lang}`);
      await waitForDay(p, '2022-01-13');
      expect(await p.locator('h1').first().textContent()).toBe(title);
      expect(await p.getByRole('button', { name: share }).count()).toBe(1);
      expect(await p.getByRole('button', { name: play, exact: true }).count()).toBe(1);
      expect(await p.locator('#day-title').textContent()).toContain(date);
      expect(await p.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await unmarkedEnglish(p)).toEqual([]);
      await expect
        .poll(() => p.evaluate(() => window.atlasMap!.labels('oblast-labels')))
        .toContain(region);
      await expect
        .poll(() => p.evaluate(() => window.atlasMap!.labels('place-labels').join('\n')))
        .toMatch(new RegExp(`^${town}$`, 'm'));
      expect(await p.locator('[data-testid="changes"]').textContent()).toContain(change);
      expect(await p.locator('div.badge').textContent()).toContain(csto);
      // The legend and the day's figures in the language; nothing left in English there.
      const legendText = (await p.locator('.legend').textContent()) ?? '';
      expect(legendText).not.toMatch(/[A-Za-z]{4,}/);
      expect(await p.locator('.figures thead').textContent()).not.toMatch(/[A-Za-z]{4,}/);
      // Quotes stay in English, and the panel says so.
      expect(await p.locator('.in-english').count()).toBe(1);
      // The language menu changes it back, and the link follows.
      await p.getByRole('combobox', { name: /Язык|Тіл/ }).selectOption('en');
      await expect
        .poll(() => p.locator('h1').first().textContent())
        .toBe('Kazakhstan, January 2022');
      await expect.poll(() => new URL(p.url()).hash).toMatch(/^#date=2022-01-13(&map=[^&]+)?$/);
    },
  );

  it('has no accessibility violation on the main view, the tour and each dialog', async () => {
    // The main view with the tour's card over it.
    const p = await visit('#story=2');
    await waitForDay(p, tour[1]!.day);
    expect((await axe(p)).violations).toEqual([]);
    await p.getByRole('button', { name: 'About & sources' }).click();
    await p.locator('dialog[open]').waitFor();
    expect((await axe(p, 'dialog[open]')).violations).toEqual([]);
    await p.getByRole('button', { name: 'Close', exact: true }).click();
    await p.getByRole('button', { name: 'Export' }).first().click();
    await p.locator('dialog[open]').waitFor();
    expect((await axe(p, 'dialog[open]')).violations).toEqual([]);
    await p.getByRole('button', { name: 'Close', exact: true }).click();
    await p.getByRole('button', { name: 'Share' }).click();
    await p.locator('dialog[open]').waitFor();
    expect((await axe(p, 'dialog[open]')).violations).toEqual([]);
    await p.getByRole('button', { name: 'Close', exact: true }).click();
  }, 60_000);
});
