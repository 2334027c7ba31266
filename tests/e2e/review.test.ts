/**
 * The review screen, driven as a reviewer would: a new text drafted, two drafts accepted, one
 * edited, one rejected, saved into a copy of data/, checked, and shown by the atlas; a save
 * that fails, on an invalid record or a failed write, changes nothing.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { CHROMIUM_PATH, ROOT, launchBrowser, waitForDay } from '../../src/node/browser.ts';
import { readArticleTexts, readRawData, validateWithSources } from '../../src/node/data.ts';
import { reviewUrl, startReviewServer } from '../../src/node/reviewServer.ts';
import { articleTexts } from '../helpers.ts';

const TEXT = `Night of fires in the south

TARAZ, Jan 9 (Wire) - Protesters set fire to the akimat in Taraz on
January 5, witnesses said. The next morning, police detained dozens of
people in Shymkent. Crowds gathered in Kyzylorda on January 4 and clashed
with police. Officials
said 40 people were injured in Taraz.
`;

/** The data files' bytes, to see that a failed save changed nothing. */
const snapshot = (root: string) =>
  Object.fromEntries(
    readdirSync(join(root, 'data'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, readFileSync(join(root, 'data', f), 'utf8')]),
  );

describe.skipIf(!CHROMIUM_PATH || !articleTexts)('the review screen', () => {
  let browser: Browser;
  let server: ViteDevServer;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-review-'));
    mkdirSync(join(root, 'data'));
    for (const f of readdirSync(join(ROOT, 'data')).filter((f) => f.endsWith('.json')))
      cpSync(join(ROOT, 'data', f), join(root, 'data', f));
    server = await startReviewServer({ dataRoot: root, port: 0, watch: false });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  async function drafted(id: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(reviewUrl(server));
    await page.getByLabel('Article id').fill(id);
    await page.getByLabel('Published').fill('2022-01-09');
    await page.getByLabel('Text', { exact: true }).fill(TEXT);
    await page.getByRole('button', { name: 'Draft' }).click();
    await expect.poll(() => page.locator('article.card').count()).toBeGreaterThanOrEqual(4);
    return page;
  }
  const card = (page: Page, quote: string) =>
    page.locator('.row', { hasText: quote }).locator('article.card').first();

  it('accepts two drafts, edits one, rejects one, saves, and the atlas shows them', async () => {
    const page = await drafted('wire-review-1');
    const before = snapshot(root);
    // Accept the arson in Taraz and the Shymkent detentions; edit the Kyzylorda rally (drafted
    // as clashes, a protest first) and accept it; reject the count.
    await card(page, 'Protesters set fire').getByRole('button', { name: 'Accept' }).click();
    await card(page, 'police detained dozens').getByRole('button', { name: 'Accept' }).click();
    const kyzylorda = card(page, 'Crowds gathered in Kyzylorda');
    expect(await kyzylorda.getByLabel('Kind').inputValue()).toBe('clashes');
    await kyzylorda.getByLabel('Kind').selectOption('protest');
    await expect.poll(() => kyzylorda.locator('.holds, .fails').textContent()).toBe('holds');
    await kyzylorda.getByRole('button', { name: 'Accept' }).click();
    await card(page, 'said 40 people were injured').getByRole('button', { name: 'Reject' }).click();
    await page.getByRole('button', { name: /^Save 3 event\(s\)/ }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('saved wire-review-1');

    // data/ now holds the article, its text and the three events, and validates.
    const raw = readRawData(root);
    const events = (
      raw['data/events.json'] as {
        events: { id: string; activity: string; date: { start: string } }[];
      }
    ).events;
    const added = events.filter((e) => e.id.startsWith('draft-wire-review-1'));
    expect(
      added.map((e) => [e.date.start, e.activity]),
      JSON.stringify(added),
    ).toEqual([
      ['2022-01-05', 'clashes'],
      ['2022-01-06', 'security'],
      ['2022-01-04', 'protest'],
    ]);
    expect(snapshot(root)['figures.json']).toBe(before['figures.json']);
    expect(validateWithSources(raw, readArticleTexts(undefined, root)).ok).toBe(true);

    // The atlas served beside the screen draws the accepted event on its day.
    await page.getByRole('link', { name: /See it on the atlas/ }).click();
    await waitForDay(page, '2022-01-04');
    await expect
      .poll(() => page.locator('body').textContent())
      .toContain('Crowds gathered in Kyzylorda on January 4 and clashed with police.');

    // Undo puts data/ back as it was, the text file gone.
    await page.goto(reviewUrl(server));
    await page.getByRole('button', { name: 'Undo the last save' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('undone');
    expect(snapshot(root)).toEqual(before);
    expect(readArticleTexts(undefined, root)?.['wire-review-1']).toBeUndefined();
    await page.close();
  });

  it('answers only its own origin, and a body too large with a message', async () => {
    const base = server.resolvedUrls!.local[0]!;
    const ask = (path: string, init: RequestInit) =>
      fetch(new URL(path, base), init).then(async (r) => ({
        status: r.status,
        body: await r.text(),
      }));
    const other = { origin: 'http://localhost:3999' };
    expect((await ask('__review/start', { headers: other })).status).toBe(403);
    expect((await ask('__review/start', {})).status).toBe(200);
    const post = (body: string, headers: Record<string, string> = {}) =>
      ask('__review/draft', {
        method: 'POST',
        body,
        headers: { origin: base.replace(/\/$/, ''), ...headers },
      });
    expect((await post('{}', other)).status).toBe(403);
    const big = await post(
      JSON.stringify({ id: 'x', published: '2022-01-09', text: 'x'.repeat(51_000_000) }),
    );
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error).toBe('the request is larger than 50 MB');
    const bad = await post(JSON.stringify({ id: 5, published: '2022-01-09', text: 'x' }));
    expect(JSON.parse(bad.body).error).toBe('the request\'s "id" is not text');
  });

  it('changes nothing when a record does not hold, or a write fails', async () => {
    const page = await drafted('wire-review-2');
    const before = snapshot(root);
    // An edit the sentence does not support: a place it does not name.
    const taraz = card(page, 'Protesters set fire');
    await taraz.getByLabel('Places').fill('aktobe');
    await taraz.getByLabel('Places').press('Tab');
    await expect.poll(() => taraz.locator('.holds, .fails').textContent()).toBe('does not hold');
    await taraz.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('button', { name: /^Save 1 event/ }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Not saved');
    await expect(page.getByLabel('Problems found on saving').textContent()).resolves.toContain(
      'aktobe',
    );
    expect(snapshot(root)).toEqual(before);

    // A write that fails half way (here: figures.json's temporary file cannot be made).
    await taraz.getByLabel('Places').fill('taraz');
    await taraz.getByLabel('Places').press('Tab');
    await expect.poll(() => taraz.locator('.holds, .fails').textContent()).toBe('holds');
    mkdirSync(join(root, 'data', `.figures.json.${process.pid}.tmp`));
    await page.getByRole('button', { name: /^Save 1 event/ }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('nothing was changed');
    rmSync(join(root, 'data', `.figures.json.${process.pid}.tmp`), { recursive: true });
    expect(snapshot(root)).toEqual(before);
    expect(readArticleTexts(undefined, root)?.['wire-review-2']).toBeUndefined();
    await page.close();
  });
});
