import { launchBrowser, serveDist, waitForDay } from '../tests/e2e/harness.ts';
const server = await serveDist();
const browser = await launchBrowser();
const [w, h] = (process.env.SIZE ?? '1400x900').split('x').map(Number);
const page = await browser.newPage({ viewport: { width: w!, height: h! } });
const logs: string[] = [];
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
for (const spec of process.argv.slice(2)) {
  const [day, hash] = spec.split('@');
  await page.goto(server.url + '#date=' + day + (hash ? '&' + hash : ''));
  try {
    await waitForDay(page, day!, 30000);
  } catch {
    logs.push('timeout ' + day);
  }
  await page.waitForTimeout(500);
  await page.screenshot({
    path: `/tmp/look-${day}${hash ? '-' + hash.replace(/[^a-z0-9]/gi, '') : ''}-${w}.png`,
  });
}
console.log(logs.join('\n'));
console.log(server.requests.filter((r) => !r.startsWith('/assets')).join(' '));
await browser.close();
await server.close();
