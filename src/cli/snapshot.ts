/**
 * npm run snapshot -- --date 2022-01-06 --out day.png [--width W --height H --scale S]
 * npm run snapshots -- --out DIR [--gif] [--webm] [--frame-ms 800] [--width W --height H --scale S]
 *
 * Renders the production build in headless Chromium and writes the same composed images as the
 * app's Export button.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dayRange, isDay } from '../lib/days.ts';
import { isDayInRange } from '../lib/dayState.ts';
import { DATA_FILES, ROOT, loadDataset } from '../lib/loadNode.ts';
import { CHROMIUM_PATH, INSTALL_HINT, launchBrowser, serveDist } from '../../tests/e2e/harness.ts';
import { fail, run } from './common.ts';

const many = process.argv[2] === '--many';
const args = process.argv.slice(many ? 3 : 2).filter((a) => a !== '--');

function number(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    fail(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}

function writable(path: string, isDir: boolean) {
  const dir = isDir ? path : dirname(path);
  try {
    if (isDir && !existsSync(dir)) mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) fail(`${dir} is not a folder`);
    accessSync(dir, constants.W_OK);
  } catch (e) {
    if ((e as Error).name === 'UsageError') throw e;
    fail(
      `cannot write to ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); choose another --out`,
    );
  }
}

/** A short fingerprint of the data and boundary files, so a manifest says which data it shows. */
function dataVersion(): string {
  const h = createHash('sha256');
  for (const f of [...DATA_FILES, 'geo/units.geojson', 'geo/neighbours.geojson'])
    h.update(readFileSync(join(ROOT, f)));
  return h.digest('hex').slice(0, 12);
}

run(async () => {
  const { values } = parseArgs({
    args,
    options: {
      date: { type: 'string' },
      out: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      scale: { type: 'string' },
      gif: { type: 'boolean' },
      webm: { type: 'boolean' },
      'frame-ms': { type: 'string' },
    },
  });
  const data = loadDataset();
  const range = `${data.period.start} to ${data.period.end}`;
  if (!values.out) fail(many ? '--out DIR is required' : '--out FILE.png is required');
  if (!many) {
    if (!values.date) fail(`--date is required: a day from ${range}`);
    if (!isDay(values.date))
      fail(
        `--date "${values.date}" is not a calendar day written YYYY-MM-DD; valid days run from ${range}`,
      );
    if (!isDayInRange(data, values.date))
      fail(`--date ${values.date} is outside the period the articles cover: ${range}`);
  }
  const options = {
    width: number('width', values.width, 400, 4000, 1200),
    height: number('height', values.height, 400, 4000, 900),
    scale: number('scale', values.scale, 1, 4, 1),
  };
  const frameMs = number('frame-ms', values['frame-ms'], 100, 10_000, 800);
  const out = resolve(values.out);
  writable(out, many);
  if (!CHROMIUM_PATH || !existsSync(CHROMIUM_PATH))
    fail(`no Chromium at ${CHROMIUM_PATH ?? 'the usual places'}: ${INSTALL_HINT}`);

  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const browser = await launchBrowser().catch((e: Error) =>
    fail(`Chromium did not start (${e.message.split('\n')[0]}): ${INSTALL_HINT}`),
  );
  const server = await serveDist();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page
      .waitForFunction(() => window.atlasExport, null, { timeout: 60_000 })
      .catch(() => {
        fail(`the atlas did not start in Chromium${errors.length ? `: ${errors.join('; ')}` : ''}`);
      });
    const png = (day: string) =>
      page.evaluate(([d, o]) => window.atlasExport!.png(d!, o as object), [day, options] as const);
    if (!many) {
      writeFileSync(out, Buffer.from(await png(values.date!), 'base64'));
      console.error(`wrote ${out}`);
      return;
    }
    const days = dayRange(data.period.start, data.period.end);
    const manifest = {
      dataVersion: dataVersion(),
      period: data.period,
      options,
      days: [] as { day: string; file: string }[],
      animations: [] as string[],
    };
    for (const [i, day] of days.entries()) {
      const file = `${day}.png`;
      writeFileSync(join(out, file), Buffer.from(await png(day), 'base64'));
      manifest.days.push({ day, file });
      process.stderr.write(`\r${i + 1}/${days.length} ${day}`);
    }
    process.stderr.write('\n');
    for (const kind of ['gif', 'webm'] as const) {
      if (!values[kind]) continue;
      process.stderr.write(`encoding ${kind}…\n`);
      const b64 = await page.evaluate(
        ([k, d, f, o]) => window.atlasExport![k as 'gif'](d as string[], f as number, o as object),
        [kind, days, frameMs, options] as const,
      );
      const file = `animation.${kind}`;
      writeFileSync(join(out, file), Buffer.from(b64, 'base64'));
      manifest.animations.push(file);
    }
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    console.error(
      `wrote ${days.length} images${manifest.animations.length ? ` and ${manifest.animations.join(', ')}` : ''} and manifest.json to ${out}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
});
