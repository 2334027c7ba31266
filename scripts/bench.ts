/**
 * npm run bench: speed and size, printed as tables and written to bench-results/bench.json.
 *  1. geoparser throughput on a large generated corpus, against one regex per name;
 *  2. day step to map "idle" (median, p95) and first render, for the app and for a bare
 *     maplibre map doing the same update, on the real data and on 10,000 and 100,000 events;
 *  3. gzipped size of the JavaScript the page loads;
 *  4. exporting every day as a composed PNG, against as many plain page screenshots.
 * `npm run bench -- geoparser|size|map|exports` runs one part.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { createGeoparser, createNaiveGeoparser } from '../src/lib/geoparser.ts';
import { loadDataset, readArticleTexts } from '../src/node/data.ts';
import { ROOT, launchBrowser, serveDist } from '../src/node/browser.ts';

const results: Record<string, unknown> = {};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

function geoparserBench() {
  const data = loadDataset();
  const texts = Object.values(readArticleTexts() ?? {});
  const filler =
    'The committee met again on Tuesday to discuss prices, wages and the weather in the region. ';
  const seed = texts.length
    ? texts.join('\n')
    : filler.repeat(50) + ' Almaty, Zhanaozen and Aktau. ';
  let corpus = '';
  while (corpus.length < 4_000_000) corpus += seed + filler.repeat(20);
  const mb = corpus.length / 1e6;
  // Best of three runs, after the first has warmed the JIT up.
  const time = (f: () => unknown) => {
    let best = Infinity;
    let out: unknown;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      out = f();
      best = Math.min(best, performance.now() - t0);
    }
    return { ms: best, out };
  };
  const fast = createGeoparser(data.places);
  const naive = createNaiveGeoparser(data.places);
  const a = time(() => fast.parse(corpus));
  const b = time(() => naive.parse(corpus));
  const same = JSON.stringify(a.out) === JSON.stringify(b.out);
  results.geoparser = {
    megabytes: mb,
    indexedMBps: mb / (a.ms / 1000),
    naiveMBps: mb / (b.ms / 1000),
    speedup: b.ms / a.ms,
    sameResult: same,
  };
  console.log('\nGeoparser on %s MB (%d mentions)', mb.toFixed(1), (a.out as unknown[]).length);
  console.table({
    'word index': { 'MB/s': (mb / (a.ms / 1000)).toFixed(1), time: ms(a.ms) },
    'one regex per name': { 'MB/s': (mb / (b.ms / 1000)).toFixed(1), time: ms(b.ms) },
  });
  console.log(`speed-up ${(b.ms / a.ms).toFixed(1)}x; identical results: ${same}`);
}

/** Time from a day change to the map's idle, in the app (keyboard step) and the bare map. */
async function stepTimes(page: Page, mode: 'app' | 'bare', days: string[]): Promise<number[]> {
  const out: number[] = [];
  for (const day of days) {
    if (mode === 'bare') out.push(await page.evaluate((d) => window.bareMap!.step(d), day));
    else
      out.push(
        await page.evaluate(
          (d) =>
            new Promise<number>((ok) => {
              const el = document.querySelector('[data-rendered-day]')!;
              const t0 = performance.now();
              const obs = new MutationObserver(() => {
                if (el.getAttribute('data-rendered-day') === d) {
                  obs.disconnect();
                  ok(performance.now() - t0);
                }
              });
              obs.observe(el, { attributes: true });
              document.body.dispatchEvent(
                new KeyboardEvent('keydown', { key: '.', bubbles: true }),
              );
            }),
          day,
        ),
      );
  }
  return out;
}

async function mapBench() {
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      'dist-bench',
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, BENCH: '1' },
      stdio: 'inherit',
    },
  );
  const server = await serveDist(join(ROOT, 'dist-bench'));
  const browser = await launchBrowser();
  const rows: Record<string, Record<string, string>> = {};
  const runs: Record<string, unknown> = {};
  const start = '2022-01-02';
  try {
    const sizes = process.env.BENCH_EVENTS
      ? process.env.BENCH_EVENTS.split(',').map(Number)
      : [0, 10_000, 100_000];
    for (const events of sizes) {
      const label = events ? `${events.toLocaleString('en')} events` : 'real data';
      const steps = events >= 100_000 ? 6 : events ? 10 : 21;
      const days: string[] = [];
      for (let i = 1; i <= steps; i++) days.push(`2022-01-${String(2 + i).padStart(2, '0')}`);

      const ctx = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        reducedMotion: 'reduce',
      });
      const app = await ctx.newPage();
      await app.addInitScript(() => {
        new MutationObserver((_, obs) => {
          const el = document.querySelector('[data-rendered-day]');
          if (el?.getAttribute('data-rendered-day')) {
            (window as unknown as { firstRender: number }).firstRender = performance.now();
            obs.disconnect();
          }
        }).observe(document, { subtree: true, attributes: true, childList: true });
      });
      await app.goto(`${server.url}bench.html?mode=app&events=${events}#date=${start}`);
      await app.waitForFunction(
        () => (window as unknown as { firstRender?: number }).firstRender,
        null,
        { timeout: 300_000 },
      );
      const firstRender = await app.evaluate(
        () => (window as unknown as { firstRender: number }).firstRender,
      );
      const size = await app.evaluate(() => {
        const c = document.querySelector('.maplibregl-canvas')!;
        return { w: c.clientWidth, h: c.clientHeight };
      });

      const bctx = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        reducedMotion: 'reduce',
      });
      const bare = await bctx.newPage();
      const t0 = Date.now();
      await bare.goto(`${server.url}bench.html?mode=bare&events=${events}&w=${size.w}&h=${size.h}`);
      await bare.waitForFunction(() => window.bareMap, null, { timeout: 300_000 });
      await bare.evaluate(() => window.bareMap!.ready);
      await bare.evaluate((d) => window.bareMap!.step(d), start);
      const bareFirst = Date.now() - t0;

      // The two pages take turns, a sweep over the days each, in the order app, bare, bare,
      // app, app, bare...: whatever else the machine is doing then slows both alike. Each sweep
      // starts with an untimed step back to the first day; the first sweep of each page only
      // warms it up (shaders, JIT) and is not counted. Steps on the real data are short and
      // take one frame or two, so their median needs more sweeps to settle.
      const sweeps = events >= 100_000 ? 2 : events ? 8 : 24;
      const appTimes: number[] = [];
      const bareTimes: number[] = [];
      for (let sweep = -2; sweep < sweeps; sweep++) {
        const appTurn = sweep < 0 ? sweep === -2 : [0, 3, 4, 7].includes(sweep % 8);
        let times: number[];
        if (appTurn) {
          // Home goes back to the first day, `start`. (Not the URL: the app writes it only once
          // a day has stayed on screen a moment, so it may already read `start`.)
          await app.evaluate(() =>
            document.body.dispatchEvent(
              new KeyboardEvent('keydown', { key: 'Home', bubbles: true }),
            ),
          );
          await app.waitForFunction(
            (d) =>
              document.querySelector('[data-rendered-day]')?.getAttribute('data-rendered-day') ===
              d,
            start,
          );
          times = await stepTimes(app, 'app', days);
        } else {
          await bare.evaluate((d) => window.bareMap!.step(d), start);
          times = await stepTimes(bare, 'bare', days);
        }
        if (sweep >= 0) (appTurn ? appTimes : bareTimes).push(...times);
      }
      await ctx.close();
      await bctx.close();

      const ratio = median(appTimes) / median(bareTimes);
      const meanRatio = mean(appTimes) / mean(bareTimes);
      runs[label] = {
        events,
        appMs: appTimes,
        bareMs: bareTimes,
        firstRenderMs: firstRender,
        bareFirstRenderMs: bareFirst,
        medianRatio: ratio,
        meanRatio,
      };
      rows[label] = {
        'app median': ms(median(appTimes)),
        'app p95': ms(p95(appTimes)),
        'bare median': ms(median(bareTimes)),
        'bare p95': ms(p95(bareTimes)),
        'app / bare (median)': `${ratio.toFixed(2)}x`,
        'app / bare (mean)': `${meanRatio.toFixed(2)}x`,
        'first render (app)': ms(firstRender),
      };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  results.dayStep = runs;
  console.log(
    '\nDay step to map idle (software WebGL), app against a bare maplibre map with the same update',
  );
  console.table(rows);
  console.log('Targets: real data at most 1.25x the bare map; 100,000 events at most 1.5x.');
}

function sizeBench() {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const assets = join(ROOT, 'dist/assets');
  const gz = (f: string) => gzipSync(readFileSync(join(assets, f))).length / 1024;
  const js = readdirSync(assets).filter((f) => /\.(m?js)$/.test(f));
  const table: Record<string, { 'gzipped kB': string }> = {};
  for (const f of js) table[f.replace(/-[\w-]{8}\./, '.')] = { 'gzipped kB': gz(f).toFixed(1) };
  const own = js.filter((f) => f.startsWith('index-')).reduce((s, f) => s + gz(f), 0);
  const onDemand = js
    .filter((f) => /^(exporter|csv|ExportDialog)-/.test(f))
    .reduce((s, f) => s + gz(f), 0);
  const total = js.reduce((s, f) => s + gz(f), 0);
  results.size = { appOwnKBGzip: own, exportOnDemandKBGzip: onDemand, allJsKBGzip: total };
  console.log('\nJavaScript the page loads');
  console.table(table);
  console.log(
    `app's own JS (beyond maplibre and Svelte): ${own.toFixed(1)} kB gzipped (target under 60 kB); all JS: ${total.toFixed(1)} kB`,
  );
}

/** Exporting every day as a composed PNG, against as many plain screenshots of the page. */
async function exportBench() {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(server.url);
    await page.waitForFunction(() => window.atlasExport);
    const { start, end } = await page.evaluate(() => window.atlasExport!.period);
    const days: string[] = [];
    for (let d = Number(start.slice(8)); d <= Number(end.slice(8)); d++)
      days.push(`${start.slice(0, 8)}${String(d).padStart(2, '0')}`);
    await page.evaluate(() =>
      window.atlasExport!.png('2022-01-02', { width: 1200, height: 900, scale: 1 }),
    ); // warm-up
    let t0 = performance.now();
    for (const day of days)
      await page.evaluate(
        (d) => window.atlasExport!.png(d, { width: 1200, height: 900, scale: 1 }),
        day,
      );
    const exportMs = performance.now() - t0;
    t0 = performance.now();
    for (const day of days) {
      await page.evaluate((d) => (location.hash = `#date=${d}`), day);
      await page.waitForFunction(
        (d) =>
          document.querySelector('[data-rendered-day]')?.getAttribute('data-rendered-day') === d,
        day,
      );
      await page.screenshot();
    }
    const screenshotMs = performance.now() - t0;
    results.exports = { days: days.length, exportMs, screenshotMs, ratio: exportMs / screenshotMs };
    console.log(`\nExport of ${days.length} days at 1200x900`);
    console.table({
      'composed PNGs (exporter)': { total: ms(exportMs), 'per day': ms(exportMs / days.length) },
      'plain page screenshots': {
        total: ms(screenshotMs),
        'per day': ms(screenshotMs / days.length),
      },
    });
    console.log(`exporter / screenshots: ${(exportMs / screenshotMs).toFixed(2)}x`);
  } finally {
    await browser.close();
    await server.close();
  }
}

const only = process.argv[2];
if (!only || only === 'geoparser') geoparserBench();
if (!only || only === 'size') sizeBench();
if (!only || only === 'map') await mapBench();
if (!only || only === 'exports') await exportBench();
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench-results/bench.json'),
  JSON.stringify({ when: new Date().toISOString(), ...results }, null, 2) + '\n',
);
console.log('\nwrote bench-results/bench.json');
