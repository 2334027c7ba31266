/**
 * npm run screenshots: renders the README's pictures of the built atlas in headless Chromium
 * (run `npm run build` first) and writes them to docs/screenshots/.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, ROOT, serveDist, waitForDay } from '../src/node/browser.ts';
import { reviewUrl, startReviewServer } from '../src/node/reviewServer.ts';

/** The review screen on the English wire text of the drafts' tests, two drafts accepted (a copy of data/). */
async function reviewShot(browser: Browser) {
  const root = mkdtempSync(join(tmpdir(), 'atlas-shot-'));
  mkdirSync(join(root, 'data'));
  for (const f of readdirSync(join(ROOT, 'data')).filter((f) => f.endsWith('.json')))
    cpSync(join(ROOT, 'data', f), join(root, 'data', f));
  const text = readFileSync(join(ROOT, 'tests/fixtures/drafts/wire-en.txt'), 'utf8');
  const server = await startReviewServer({
    dataRoot: root,
    port: 0,
    watch: false,
    source: { id: 'wire-2022-01-12', published: '2022-01-12', text },
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(reviewUrl(server));
    await page.waitForSelector('article.card');
    const cards = page.locator('article.card');
    for (const i of [0, 2]) await cards.nth(i).getByRole('button', { name: 'Accept' }).click();
    await cards.nth(1).getByRole('button', { name: 'Reject' }).click();
    await page.locator('.row.drafted').nth(2).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshots/review.png' });
    console.log('wrote docs/screenshots/review.png');
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

const SHOTS: { file: string; hash: string; day: string; width: number; height: number }[] = [
  { file: 'day-05.png', hash: '#date=2022-01-05', day: '2022-01-05', width: 1280, height: 800 },
  { file: 'day-06.png', hash: '#date=2022-01-06', day: '2022-01-06', width: 1280, height: 800 },
  { file: 'day-13.png', hash: '#date=2022-01-13', day: '2022-01-13', width: 1280, height: 800 },
  { file: 'day-14.png', hash: '#date=2022-01-14', day: '2022-01-14', width: 1280, height: 800 },
  { file: 'day-15.png', hash: '#date=2022-01-15', day: '2022-01-15', width: 1280, height: 800 },
  { file: 'day-20.png', hash: '#date=2022-01-20', day: '2022-01-20', width: 1280, height: 800 },
  {
    file: 'russian.png',
    hash: '#date=2022-01-06&lang=ru',
    day: '2022-01-06',
    width: 1280,
    height: 800,
  },
  { file: 'tour-almaty.png', hash: '#story=3', day: '2022-01-05', width: 1280, height: 800 },
  { file: 'phone-tour.png', hash: '#story=4', day: '2022-01-06', width: 375, height: 667 },
  {
    file: 'event-almaty.png',
    hash: '#date=2022-01-05&map=10.00/43.2526/76.9115&select=event:almaty-police-department-attacked',
    day: '2022-01-05',
    width: 1280,
    height: 800,
  },
  {
    file: 'layers.png',
    hash: '#date=2022-01-06&hide=spread,csto&only=clashes',
    day: '2022-01-06',
    width: 1280,
    height: 800,
  },
  {
    file: 'embed-320.png',
    hash: '?embed#date=2022-01-06',
    day: '2022-01-06',
    width: 320,
    height: 480,
  },
  {
    file: 'embed-640.png',
    hash: '?embed#date=2022-01-06',
    day: '2022-01-06',
    width: 640,
    height: 480,
  },
  {
    file: 'tablet-day-16.png',
    hash: '#date=2022-01-16',
    day: '2022-01-16',
    width: 768,
    height: 1024,
  },
];

mkdirSync('docs/screenshots', { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const s of SHOTS) {
    const context = await browser.newContext({
      viewport: { width: s.width, height: s.height },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    // A returning visitor: no introduction line.
    await page.addInitScript(() => localStorage.setItem('kz-atlas-intro-seen', '1'));
    await page.goto(server.url + s.hash);
    await waitForDay(page, s.day);
    await page.waitForTimeout(1200); // the tour's view settles
    await page.screenshot({ path: `docs/screenshots/${s.file}` });
    await context.close();
    console.log(`wrote docs/screenshots/${s.file}`);
  }
  await reviewShot(browser);
} finally {
  await browser.close();
  await server.close();
}
