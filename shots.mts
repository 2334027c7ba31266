import { launchBrowser, serveDist, waitForDay } from './src/node/browser.ts';
const server = await serveDist();
const browser = await launchBrowser();
const shots = [
  ['embed-320', '?embed#date=2022-01-06', 320, 480, '2022-01-06'],
  ['embed-640', '?embed#date=2022-01-06', 640, 480, '2022-01-06'],
  ['phone-tour-4', '#story=4', 375, 667, '2022-01-06'],
  ['phone-ru', '#date=2022-01-13&lang=ru', 375, 667, '2022-01-13'],
] as const;
for (const [name, hash, w, h, day] of shots) {
  const context = await browser.newContext({ viewport: { width: w, height: h }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.setItem('kz-atlas-intro-seen', '1'));
  await page.goto(server.url + hash);
  await waitForDay(page, day);
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `/tmp/${name}.png` });
  await context.close();
}
await browser.close(); await server.close();
