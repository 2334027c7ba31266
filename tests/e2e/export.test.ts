import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { dayState } from '../../src/model/dayState.ts';
import { Atlas } from '../../src/model/atlas.ts';
import { changesOn } from '../../src/model/changes.ts';
import { describeSnapshot } from '../../src/outputs/snapshot.ts';
import { exportDay } from '../../src/outputs/exportDay.ts';
import { EVENT_COLUMNS } from '../../src/outputs/csv.ts';
import { HEADER, FOOTER } from '../../src/outputs/snapshot.ts';
import { dataset, units } from '../helpers.ts';
import {
  CHROMIUM_PATH,
  launchBrowser,
  serveDist,
  waitForDay,
  type StaticServer,
} from '../../src/node/browser.ts';
import { SINGLE_FILE } from '../../src/page/embed.ts';
import { escapeXml } from '../../src/outputs/svgMap.ts';
import { gifFrames, isWebm, webmDurationMs, pngSize } from './media.ts';

/** One size for every export here: the exporter keeps one map per size, made in seconds. */
const SMALL = { width: 640, height: 560, scale: 1 };

describe.skipIf(!CHROMIUM_PATH)('exports', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1100, height: 720 }, acceptDownloads: true });
    await page.goto(server.url + '#date=2022-01-13');
    await waitForDay(page, '2022-01-13');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const png = async (day: string, o: object = SMALL) =>
    Buffer.from(
      await page.evaluate(([d, opts]) => window.atlasExport!.png(d as string, opts as object), [
        day,
        o,
      ] as const),
      'base64',
    );

  /** Pixel statistics of a PNG, decoded by the browser. */
  async function decode(bytes: Buffer, rows?: [number, number]) {
    return page.evaluate(
      async ([b64, rows]) => {
        const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
        const bmp = await createImageBitmap(blob);
        const c = new OffscreenCanvas(bmp.width, bmp.height);
        const ctx = c.getContext('2d')!;
        ctx.drawImage(bmp, 0, 0);
        const [y0, y1] = (rows as [number, number] | undefined) ?? [0, bmp.height];
        const d = ctx.getImageData(0, y0, bmp.width, y1 - y0).data;
        const colours = new Set<number>();
        let dark = 0;
        let hash = 0;
        for (let i = 0; i < d.length; i += 4) {
          colours.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
          if (d[i]! + d[i + 1]! + d[i + 2]! < 200) dark++;
          hash = (Math.imul(hash, 31) + d[i]! * 3 + d[i + 1]! * 5 + d[i + 2]! * 7) | 0;
        }
        return { colours: colours.size, dark, hash, pixels: d.length / 4 };
      },
      [bytes.toString('base64'), rows] as const,
    );
  }

  it('writes a PNG of the asked size, not blank, with a caption band', async () => {
    const bytes = await png('2022-01-13');
    expect(pngSize(bytes)).toEqual({ width: 640, height: 560 });
    const all = await decode(bytes);
    expect(all.colours).toBeGreaterThan(100);
    const caption = await decode(bytes, [0, HEADER]);
    // The band is mostly its pale background, with the dark strokes of the title and date.
    expect(caption.dark).toBeGreaterThan(500);
    expect(caption.dark).toBeLessThan(caption.pixels * 0.2);
  });

  it('changes the map where the data changes (12 to 13 January) and not where it does not (21 to 22)', async () => {
    const map = [HEADER, SMALL.height - FOOTER] as [number, number];
    const [d12, d13, d21, d22] = await Promise.all(
      ['2022-01-12', '2022-01-13', '2022-01-21', '2022-01-22'].map((d) => png(d)),
    );
    expect((await decode(d12!, map)).hash).not.toBe((await decode(d13!, map)).hash);
    expect((await decode(d21!, map)).hash).toBe((await decode(d22!, map)).hash);
    // The caption still tells the two days apart.
    expect((await decode(d21!, [0, HEADER])).hash).not.toBe((await decode(d22!, [0, HEADER])).hash);
  });

  it('writes the image in Russian when asked, and the same pixels in English again after', async () => {
    const en = await png('2022-01-13');
    const ru = await png('2022-01-13', { ...SMALL, lang: 'ru' });
    const map = [HEADER, SMALL.height - FOOTER] as [number, number];
    // Other words in the caption, other names on the map; the same pixels once back in English.
    expect((await decode(ru, [0, HEADER])).hash).not.toBe((await decode(en, [0, HEADER])).hash);
    expect((await decode(ru, map)).hash).not.toBe((await decode(en, map)).hash);
    expect((await png('2022-01-13')).equals(en)).toBe(true);
    const svg = await page.evaluate(() => window.atlasExport!.svg('2022-01-13', { lang: 'kk' }));
    expect(svg).toContain('Қазақстан, 2022 жылғы қаңтар');
    // The legend's section titles, set in capitals as in the PNG.
    expect(svg).toContain('ӨҢІРЛЕР');
  });

  it.each(['2022-01-13', '2022-01-20'])(
    'draws %s alike as PNG and SVG: the same region names shown, the same fill in each region',
    async (day) => {
      const shown = await page.evaluate(
        ([d, o]) => window.atlasExport!.labelsShown(d!, 'oblast-labels', o as object),
        [day, SMALL] as const,
      );
      const pngBase64 = (await png(day)).toString('base64');
      const svg = await page.evaluate(([d, o]) => window.atlasExport!.svg(d!, o as object), [
        day,
        SMALL,
      ] as const);
      const result = await page.evaluate(
        async ([svgText, b64, header]) => {
          const pixels = async (blob: Blob) => {
            const bmp = await createImageBitmap(blob);
            const c = new OffscreenCanvas(bmp.width, bmp.height);
            const ctx = c.getContext('2d')!;
            ctx.drawImage(bmp, 0, 0);
            return ctx.getImageData(0, 0, bmp.width, bmp.height);
          };
          // The SVG drawn by the browser as an image, beside the PNG.
          const url = URL.createObjectURL(new Blob([svgText!], { type: 'image/svg+xml' }));
          const img = new Image();
          img.src = url;
          await img.decode();
          const c = new OffscreenCanvas(img.width, img.height);
          c.getContext('2d')!.drawImage(img, 0, 0);
          const fromSvg = c.getContext('2d')!.getImageData(0, 0, img.width, img.height);
          const fromPng = await pixels(await (await fetch(`data:image/png;base64,${b64}`)).blob());
          // Each region's commonest colour, over a grid of points inside it, in each image.
          const host = document.createElement('div');
          host.innerHTML = svgText!.replace(/^<\?xml[^>]*>/, '');
          host.style.cssText = 'position:fixed;left:-10000px;top:0';
          document.body.append(host);
          // Hatched regions: at each point the mean over a 6 px square, one whole tile of the hatching (whose
          // lines fall at other offsets in the two renderers); over the points the median, clear
          // of the labels and borders some squares catch.
          const fillOf = (d: ImageData, points: [number, number][]) =>
            [0, 1, 2]
              .map((c) => {
                const means = points.map(([x0, y0]) => {
                  let sum = 0;
                  for (let y = y0 - 3; y < y0 + 3; y++)
                    for (let x = x0 - 3; x < x0 + 3; x++) sum += d.data[(y * d.width + x) * 4 + c]!;
                  return sum / 36;
                });
                return Math.round(means.sort((a, b) => a - b)[means.length >> 1]!);
              })
              .join(',');
          const commonest = (d: ImageData, points: [number, number][]) => {
            const n = new Map<string, number>();
            for (const [x, y] of points) {
              const i = (y * d.width + x) * 4;
              const k = `${d.data[i]},${d.data[i + 1]},${d.data[i + 2]}`;
              n.set(k, (n.get(k) ?? 0) + 1);
            }
            return [...n].sort((a, b) => b[1] - a[1])[0]![0];
          };
          const fills: Record<string, [string, string, boolean]> = {};
          for (const path of host.querySelectorAll<SVGPathElement>('path[data-unit]')) {
            const box = path.getBBox();
            // Points well inside the region, clear of its borders and its glow; the two
            // cities, a few pixels across at this size, have none.
            const inside = (x: number, y: number) => path.isPointInFill(new DOMPoint(x, y));
            const points: [number, number][] = [];
            for (let x = Math.ceil(box.x); x < box.x + box.width; x += 3)
              for (let y = Math.ceil(box.y); y < box.y + box.height; y += 3)
                if (
                  [
                    [0, 0],
                    [12, 0],
                    [-12, 0],
                    [0, 12],
                    [0, -12],
                  ].every(([dx, dy]) => inside(x + dx!, y + dy!))
                )
                  points.push([x, y + Number(header)]);
            if (!points.length) continue;
            const unit = path.dataset.unit!;
            const hatched = !!host.querySelector(`path[data-unrecorded="${unit}"]`);
            const fill = hatched ? fillOf : commonest;
            fills[unit] = [fill(fromPng, points), fill(fromSvg, points), hatched];
          }
          const names = [...host.querySelectorAll('#region-labels text')].map((t) =>
            t.getAttribute('data-name'),
          );
          host.remove();
          URL.revokeObjectURL(url);
          return { fills, names };
        },
        [svg, pngBase64, String(HEADER)] as const,
      );
      expect(Object.keys(result.fills).length).toBeGreaterThanOrEqual(14);
      for (const [unit, [inPng, inSvg, hatched]] of Object.entries(result.fills)) {
        const [a, b] = [inPng.split(',').map(Number), inSvg.split(',').map(Number)];
        // On 20 January nothing is recorded: hatched in both, darker than the blank fill (the
        // two rasterisers blend the hatching's thin lines a little differently).
        expect(hatched, unit).toBe(day === '2022-01-20');
        if (hatched) expect(Math.max(a[0]!, b[0]!), unit).toBeLessThan(240);
        else
          expect(
            a.every((v, i) => Math.abs(v - b[i]!) <= 3),
            `${unit}: ${inPng} in the PNG, ${inSvg} in the SVG`,
          ).toBe(true);
      }
      expect(result.names.sort()).toEqual([...shown].sort());
    },
  );

  it('writes the day as SVG for print, its text as text and its fonts inside', async () => {
    const svg = await page.evaluate(() => window.atlasExport!.svg('2022-01-06'));
    const caption = describeSnapshot(new Atlas(dataset), '2022-01-06');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
        regions: doc.querySelectorAll('path[data-unit]').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.regions).toBe(17);
    // The headline whole in the description; on the picture, shortened to its width as in the PNG.
    expect(svg).toContain(`<desc>${escapeXml(caption.headline)}.`);
    expect(
      parsed.texts.some(
        (t) =>
          t === caption.headline ||
          (t!.endsWith('…') && caption.headline.startsWith(t!.slice(0, -1))),
      ),
    ).toBe(true);
    expect(parsed.texts).toContain('Changed on this day');
    expect(svg).toMatch(
      /@font-face\{font-family:'Noto Sans';font-weight:700;unicode-range:[^;]+;src:url\(data:font\/woff2;base64,/,
    );
  });

  it('writes a GIF with one frame per day', async () => {
    const b64 = await page.evaluate(
      ([d, o]) => window.atlasExport!.gif(d as string[], 500, o as object),
      [['2022-01-04', '2022-01-05'] as string[], SMALL] as const,
    );
    expect(gifFrames(Buffer.from(b64, 'base64'))).toBe(2);
  });

  it('writes a WebM video, the last day on screen as long as the others', async () => {
    const b64 = await page.evaluate(
      ([o]) =>
        window.atlasExport!.webm(['2022-01-05', '2022-01-06', '2022-01-07'], 800, o as object),
      [SMALL] as const,
    );
    const bytes = Buffer.from(b64, 'base64');
    expect(isWebm(bytes)).toBe(true);
    expect(bytes.includes(Buffer.from('V_VP8'))).toBe(true);
    // Three days at 800 ms: 2.4 s, not 1.6 s with the last day cut short.
    expect(webmDurationMs(bytes)).toBeCloseTo(2400, -1);
  });

  it('exports GeoJSON that reads back as the same day state', async () => {
    for (const day of ['2022-01-06', '2022-01-13']) {
      const fc = JSON.parse(await page.evaluate((d) => window.atlasExport!.geojson(d), day));
      expect(fc).toEqual(
        JSON.parse(
          JSON.stringify(
            exportDay(dayState(dataset, day), units, changesOn(dataset, dayState(dataset, day))),
          ),
        ),
      );
      const almaty = fc.features.find(
        (f: { properties: { id: string } }) => f.properties.id === 'almaty-city',
      ).properties;
      const state = dayState(dataset, day).units.find((u) => u.id === 'almaty-city')!;
      expect(almaty.terrorThreatLevel).toBe(state.terrorThreatLevel.value);
      expect(almaty.stateOfEmergency).toBe(state.stateOfEmergency.value);
    }
  });

  it('gives the data files for other tools, as the data has them', async () => {
    const text = (id: string) => page.evaluate((f) => window.atlasExport!.toolFile(f as never), id);
    const csv = (t: string) =>
      Papa.parse<Record<string, string>>(t, { header: true, skipEmptyLines: true });
    const events = csv(await text('events-csv'));
    expect(events.errors).toEqual([]);
    expect(events.meta.fields).toEqual([...EVENT_COLUMNS]);
    expect(events.data).toHaveLength(
      dataset.events.reduce((n, e) => n + Math.max(1, e.places.length), 0),
    );
    expect(events.data.every((r) => r.quotes!.startsWith('“'))).toBe(true);
    const regions = csv(await text('regions-csv'));
    expect(regions.errors).toEqual([]);
    expect(regions.data).toHaveLength(17 * 22);
    const all = JSON.parse(await text('all-days'));
    expect(all.type).toBe('FeatureCollection');
    expect(
      all.features.every((f: { properties: { time: string } }) =>
        /^2022-01-\d\dT00:00:00$/.test(f.properties.time),
      ),
    ).toBe(true);
  });

  it('rejects a day outside the period', async () => {
    const message = await page.evaluate(() =>
      window.atlasExport!.png('2022-02-01').catch((e: Error) => e.message),
    );
    expect(message).toBe(
      '2022-02-01 is outside the period the articles cover, 2022-01-02 to 2022-01-23',
    );
  });

  it('downloads a PNG from the Export dialog', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByLabel('PNG image of this day').check();
    await page.getByLabel('Width').fill(String(SMALL.width));
    await page.getByLabel('Height').fill(String(SMALL.height));
    await page.getByLabel('Scale').selectOption(String(SMALL.scale));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export', exact: true }).last().click(),
    ]);
    expect(download.suggestedFilename()).toBe('kazakhstan-2022-01-13.png');
    const bytes = Buffer.from(
      await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c as Buffer[])),
    );
    expect(pngSize(bytes)).toEqual({ width: 640, height: 560 });
  });

  it('offers the one-file atlas', async () => {
    await page.getByRole('button', { name: 'Export' }).first().click();
    const link = page.getByRole('link', { name: SINGLE_FILE });
    expect(await link.getAttribute('download')).not.toBeNull();
    const res = await page.request.get(
      new URL((await link.getAttribute('href'))!, server.url).href,
    );
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain("script-src 'sha256-");
    await page.getByRole('button', { name: 'Close', exact: true }).click();
  });

  it('shows progress for an animation and can cancel it', async () => {
    await page.getByRole('button', { name: 'Export' }).first().click();
    await page.getByLabel('GIF animation').check();
    await page.getByRole('button', { name: 'Export', exact: true }).last().click();
    await expect.poll(() => page.locator('dialog progress').count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    // It stops long before the animation would end (22 days take tens of seconds).
    await expect
      .poll(() => page.locator('dialog .error').textContent(), { timeout: 5_000 })
      .toBe('Export cancelled.');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
  });

  it('says what is wrong with a bad size', async () => {
    await page.getByRole('button', { name: 'Export' }).first().click();
    await page.getByLabel('PNG image of this day').check();
    await page.getByLabel('Width').fill('50');
    await page.getByRole('button', { name: 'Export', exact: true }).last().click();
    expect(await page.locator('dialog .error').textContent()).toBe(
      'Width must be a whole number from 400 to 4000 pixels.',
    );
    await page.getByRole('button', { name: 'Close', exact: true }).click();
  });
});
