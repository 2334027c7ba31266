import { launchBrowser, serveDist, waitForDay } from './src/node/browser.ts';
const server = await serveDist();
const browser = await launchBrowser();
const args = process.argv.slice(2);
const [w, h] = (process.env.SIZE ?? '1280x800').split('x').map(Number);
const page = await browser.newPage({ viewport: { width: w!, height: h! } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
for (const hash of args) {
  await page.goto(`${server.url}${hash}`);
  const m = /date=([\d-]+)/.exec(hash);
  if (m) await waitForDay(page, m[1]!);
  else await page.waitForTimeout(2500);
  await page.waitForTimeout(600);
  const name = hash.replace(/[^a-z0-9-]+/gi, '_');
  await page.screenshot({ path: `/tmp/shots/${process.env.PREFIX ?? ''}${name}.png` });
}
await browser.close();
await server.close();
