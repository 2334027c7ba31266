import { launchBrowser } from '/work/main/src/node/browser.ts';
import { readFileSync } from 'node:fs';
const browser = await launchBrowser();
const p = await browser.newPage({ viewport: { width: 1200, height: 900 } });
for (const f of process.argv.slice(2)) {
  await p.setContent(`<!doctype html><style>html,body{margin:0}</style>${readFileSync(f, 'utf8').replace(/^<\?xml[^>]*>/, '')}`);
  await p.evaluate(() => document.fonts.ready);
  await p.screenshot({ path: f.replace('.svg', '.svg.png') });
}
await browser.close();
