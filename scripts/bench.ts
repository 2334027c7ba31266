/**
 * npm run bench: speed and size, printed as tables and written to bench-results/bench.json.
 *  1. geoparser throughput with the full gazetteer, against one regex per name and an
 *     Aho-Corasick package, and its precision and recall on the annotated test texts;
 *  2. day step to map "idle" (median, p95) and first render, for the app and for a bare
 *     maplibre map doing the same update, on the real data and on 10,000 and 100,000 events;
 *  3. gzipped size of the JavaScript the page loads;
 *  4. exporting every day as a composed PNG, against as many plain page screenshots.
 *  5. the streamed geoparser on 100 MB of JSON lines, and drafts on growing and pathological texts.
 * `npm run bench -- geoparser|size|map|exports|stream` runs one part.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { Readable, Writable } from 'node:stream';
import AhoCorasick from 'ahocorasick';
import { geoparseLines } from '../src/node/geoparseLines.ts';
import { draftArticle } from '../src/authoring/drafts.ts';
import { createGeoparser, createNaiveGeoparser } from '../src/authoring/geoparser.ts';
import { caseForms } from '../src/authoring/caseForms.ts';
import type { Place } from '../src/model/schema.ts';
import { allPlaces, loadDataset, readArticleTexts } from '../src/node/data.ts';
import { readAnnotated, score } from '../src/authoring/accuracy.ts';
import { ROOT, launchBrowser, serveDist } from '../src/node/browser.ts';

const results: Record<string, unknown> = {};
// The geoparser's annotated test texts, as text: the benchmark reads them, it does not import tests.
const ANNOTATED = join(ROOT, 'tests/fixtures/geoparser');
const annotatedTexts = readdirSync(ANNOTATED)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readAnnotated(readFileSync(join(ANNOTATED, f), 'utf8'), f));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

/**
 * A corpus for the geoparser: the articles and the annotated test texts, then every name of the
 * full gazetteer (Latin and Cyrillic, Russian case forms too) in sentences of news-like filler,
 * repeated to `size` characters.
 */
function geoparserCorpus(places: Place[], size: number): { corpus: string; names: number } {
  const texts = Object.values(readArticleTexts() ?? {});
  const seed = [...texts, ...annotatedTexts.map((t) => t.text)].join('\n');
  const names = [...new Set(places.flatMap((p) => [p.name, ...p.aliases].flatMap(caseForms)))];
  const filler = [
    'Officials said the situation remained tense but under control on Tuesday evening. ',
    'По словам очевидцев, на улицах было спокойно, магазины работали в обычном режиме. ',
    'The committee met again to discuss prices, wages and the weather in the region. ',
  ];
  let tour = '';
  names.forEach((name, i) => (tour += `Reports from ${name} came in. ${filler[i % 3]}`));
  let corpus = '';
  while (corpus.length < size) corpus += seed + '\n' + tour + '\n';
  return { corpus, names: names.length };
}

function geoparserBench() {
  const data = loadDataset();
  const places = allPlaces(data.places);
  const { corpus, names } = geoparserCorpus(places, 4_000_000);
  const mb = corpus.length / 1e6;
  // The one-regex-per-name scan takes seconds per 100 kB with thousands of names: it runs
  // on the corpus's first 300 kB.
  const sample = corpus.slice(0, 300_000);
  const sampleMb = sample.length / 1e6;
  // A warm-up run for the JIT, then the median of five.
  const time = (f: () => unknown, runs = 5) => {
    let out = f();
    const ms: number[] = [];
    for (let run = 0; run < runs; run++) {
      const t0 = performance.now();
      out = f();
      ms.push(performance.now() - t0);
    }
    return { ms: median(ms), out };
  };
  const trie = createGeoparser(places);
  const naive = createNaiveGeoparser(places);
  // The Aho-Corasick package finds every occurrence of every folded name in the lower-cased
  // text, with no word boundaries and no rules: less work than either scan.
  const automaton = new AhoCorasick([
    ...new Set(places.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase())),
  ]);
  const a = time(() => trie.parse(corpus));
  const c = time(() => automaton.search(corpus.toLowerCase()));
  const b = time(() => naive.parse(sample));
  const same = JSON.stringify(trie.parse(sample)) === JSON.stringify(b.out);
  const rows = {
    'trie scan, full gazetteer': { MB: mb, ms: a.ms },
    'Aho-Corasick package (ahocorasick), matches only': { MB: mb, ms: c.ms },
    'one regex per name': { MB: sampleMb, ms: b.ms },
  };
  const accuracy = annotatedTexts.map((t) => {
    const s = score(trie, t);
    return {
      text: t.file,
      mentions: s.expected,
      precision: s.correct / s.found,
      recall: s.correct / s.expected,
    };
  });
  results.geoparser = {
    megabytes: mb,
    distinctNames: names,
    places: places.length,
    mentions: (a.out as unknown[]).length,
    trieMBps: mb / (a.ms / 1000),
    ahoCorasickMBps: mb / (c.ms / 1000),
    naiveMBps: sampleMb / (b.ms / 1000),
    sameResultAsNaive: same,
    target: { MBps: 40 },
    accuracy,
  };
  console.log(
    '\nGeoparser on %s MB with %d distinct names of %d places (%d mentions); median of 5 after a warm-up',
    mb.toFixed(1),
    names,
    places.length,
    (a.out as unknown[]).length,
  );
  console.table(
    Object.fromEntries(
      Object.entries(rows).map(([k, r]) => [
        k,
        { 'MB/s': (r.MB / (r.ms / 1000)).toFixed(1), 'text MB': r.MB.toFixed(1), time: ms(r.ms) },
      ]),
    ),
  );
  console.log(
    `trie ${(mb / (a.ms / 1000)).toFixed(1)} MB/s (target 40); identical results to one regex per name: ${same}`,
  );
  console.table(
    Object.fromEntries(
      accuracy.map((r) => [
        r.text,
        { mentions: r.mentions, precision: r.precision.toFixed(3), recall: r.recall.toFixed(3) },
      ]),
    ),
  );
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
  const data = js.filter((f) => f.startsWith('data-')).reduce((s, f) => s + gz(f), 0);
  const onDemand = js
    .filter((f) => /^(exporter|csv|ExportDialog)-/.test(f))
    .reduce((s, f) => s + gz(f), 0);
  const total = js.reduce((s, f) => s + gz(f), 0);
  results.size = {
    appOwnKBGzip: own,
    dataKBGzip: data,
    exportOnDemandKBGzip: onDemand,
    allJsKBGzip: total,
  };
  console.log('\nJavaScript the page loads');
  console.table(table);
  console.log(
    `app's own code (beyond maplibre, Svelte and the data files): ${own.toFixed(1)} kB gzipped (target under 60 kB); the data files: ${data.toFixed(1)} kB; all JS: ${total.toFixed(1)} kB`,
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

/**
 * The streamed geoparser (npm run geoparse -- --jsonl) on 100 MB of JSON lines, median of 3,
 * with the process's peak memory; and npm run draft's time on growing and pathological texts.
 */
async function streamBench() {
  const places = allPlaces(loadDataset().places);
  const parser = createGeoparser(places);
  const { corpus } = geoparserCorpus(places, 2_000_000);
  // Articles of about 5 kB, cut from the corpus at sentence ends.
  const articles: string[] = [];
  for (let at = 0; at < corpus.length;) {
    const end = corpus.indexOf('. ', at + 5000);
    const stop = end < 0 ? corpus.length : end + 1;
    articles.push(corpus.slice(at, stop));
    at = stop + 1;
  }
  const lines = articles.map((text, i) => JSON.stringify({ id: `a${i}`, text }) + '\n');
  const size = 100_000_000;
  // Generated as it is read, so the input itself takes no memory.
  const stream = () =>
    Readable.from(
      (function* () {
        let sent = 0;
        for (let i = 0; sent < size; i++) {
          const line = lines[i % lines.length]!;
          sent += Buffer.byteLength(line);
          yield line;
        }
      })(),
    );
  let peak = 0;
  // The memory is read as the lines come out (a timer would not fire while the stream runs).
  let written = 0;
  const sink = () =>
    new Writable({
      write: (_chunk, _enc, done) => {
        if (++written % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
        done();
      },
    });
  const runs: number[] = [];
  const before = process.memoryUsage().rss;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    await geoparseLines(parser, stream(), sink(), () => {});
    runs.push(performance.now() - t0);
  }
  const mbPerS = size / 1e6 / (median(runs) / 1000);
  const stream100 = {
    'MB/s (median of 3)': mbPerS.toFixed(1),
    'runs (s)': runs.map((r) => (r / 1000).toFixed(1)).join(', '),
    'memory before (MB)': (before / 1e6).toFixed(0),
    'peak while streaming (MB)': (peak / 1e6).toFixed(0),
  };
  console.log('\ngeoparse --jsonl on a 100 MB stream (target: at least 40 MB/s, memory flat)');
  console.table({ stream: stream100 });

  // Drafts: time against size, on news-like text and on pathological text.
  const draftTime = (text: string) => {
    const t0 = performance.now();
    draftArticle({ id: 'bench', file: 'bench.txt', published: '2022-01-10', text }, parser, places);
    return (performance.now() - t0) / 1000;
  };
  const shapes: Record<string, (n: number) => string> = {
    news: (n) => corpus.repeat(Math.ceil(n / corpus.length)).slice(0, n),
    'full stops': (n) => '.'.repeat(n),
    'one long line': (n) => 'protest in Aktobe, '.repeat(Math.ceil(n / 19)).slice(0, n),
    'no spaces': (n) => 'Aktobe'.repeat(Math.ceil(n / 6)).slice(0, n),
  };
  const drafts: Record<string, Record<string, string>> = {};
  for (const [shape, make] of Object.entries(shapes)) {
    const row: Record<string, string> = {};
    for (const mb of [1, 2, 4]) row[`${mb} MB (s)`] = draftTime(make(mb * 1_000_000)).toFixed(1);
    drafts[shape] = row;
  }
  const fifty = draftTime(shapes.news!(50_000_000));
  console.log('\nnpm run draft: seconds by size (linear: each doubling doubles the time)');
  console.table(drafts);
  console.log(`50 MB of news-like text: ${fifty.toFixed(1)} s (target: under a minute)`);
  results.stream = { stream100, drafts, draft50MbSeconds: fifty };
}

const only = process.argv[2];
if (!only || only === 'geoparser') geoparserBench();
if (!only || only === 'size') sizeBench();
if (!only || only === 'map') await mapBench();
if (!only || only === 'exports') await exportBench();
if (!only || only === 'stream') await streamBench();
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench-results/bench.json'),
  JSON.stringify({ when: new Date().toISOString(), ...results }, null, 2) + '\n',
);
console.log('\nwrote bench-results/bench.json');
