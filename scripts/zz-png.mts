import { launchBrowser, serveDist } from '/work/main/src/node/browser.ts';
import { writeFileSync } from 'node:fs';
const out = process.argv[2]!;
const server = await serveDist();
const browser = await launchBrowser();
const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await p.goto(server.url);
await p.waitForFunction(() => (window as any).atlasExport);
for (const day of ['2022-01-05', '2022-01-13', '2022-01-20'])
  for (const lang of ['en', 'ru']) {
    const b64 = await p.evaluate(`window.atlasExport.png(${JSON.stringify(day)}, { lang: ${JSON.stringify(lang)} })`);
    writeFileSync(`${out}/${day}-${lang}.png`, Buffer.from(b64 as string, 'base64'));
    const svg = await p.evaluate(`window.atlasExport.svg(${JSON.stringify(day)}, { lang: ${JSON.stringify(lang)} })`);
    writeFileSync(`${out}/${day}-${lang}.svg`, svg as string);
  }
await browser.close(); await server.close();
