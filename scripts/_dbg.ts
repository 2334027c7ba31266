import { launchBrowser, serveDist, waitForDay } from '../tests/e2e/harness.ts';
const server = await serveDist();
const browser = await launchBrowser();
const ctx = await browser.newContext({
  viewport: { width: 1280, height: 800 },
  reducedMotion: 'reduce',
});
const page = await ctx.newPage();
await page.goto(server.url);
await waitForDay(page, '2022-01-02');
const px = await page.evaluate(() => {
  const [x, y] = window.atlasMap!.project(55.3, 43.2);
  return [x, y];
});
console.log('px', px);
await page.screenshot({ path: '/tmp/dbg.png' });
const rd = () =>
  page.evaluate(() =>
    document.querySelector('[data-rendered-day]')?.getAttribute('data-rendered-day'),
  );
await page.locator('body').focus();
for (const k of ['.', 'PageUp', 'End', 'Home']) {
  await page.keyboard.press(k);
  await page.waitForTimeout(1500);
  console.log(k, await page.locator('#day-title').textContent(), await rd());
}
await page.getByRole('button', { name: 'Next day' }).click();
await page.waitForTimeout(1500);
console.log('btn', await page.locator('#day-title').textContent(), await rd());
await page.keyboard.press('.');
await page.waitForTimeout(1500);
console.log('. after btn', await page.locator('#day-title').textContent(), await rd());
await browser.close();
await server.close();
