/**
 * npm run snapshot -- --date 2022-01-06 --out day.png [--width W --height H --scale S]
 * npm run snapshots -- --out DIR [--gif] [--webm] [--frame-ms 800] [--width W --height H --scale S]
 *
 * Renders the production build in headless Chromium and writes the same composed images as the
 * app's Export button. An SVG needs no browser; a PDF needs one only to print the SVG.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { Atlas } from '../model/atlas.ts';
import { headline } from '../words/changes.ts';
import { dayProblem } from '../model/days.ts';
import { EXPORT_LIMITS } from '../outputs/snapshot.ts';
import { DATA_FILES, ROOT, loadDataset } from '../node/data.ts';
import { daySvg } from '../node/daySvg.ts';
import { layersFromParams } from '../outputs/layers.ts';
import {
  CommandError,
  fail,
  fsProblem,
  langOption,
  parseCommandArgs,
  outputPath,
  command,
  runIfStarted,
  type Command,
  writeFileAtomic,
} from './common.ts';

const USAGE_MANY = `usage: npm run snapshots -- --out DIR [--gif] [--webm] [--frame-ms 800]
                             [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                             [--width 1200] [--height 900] [--scale 1] [--lang en|ru|kk]
                             [--hide measures,places,spread,csto] [--only clashes,protest,...]

Renders every day of the atlas (or the days --from one --to another) as a composed PNG (and,
with --gif or --webm, an animation) in headless Chromium, with a manifest.json. The images are
rendered into a new folder that replaces DIR only once all of them are written; DIR must be new,
empty, or hold only what an earlier run wrote (its manifest and the files it lists). Stopped
with Ctrl-C, the new folder is removed and DIR is as it was.`;

const USAGE_ONE = `usage: npm run snapshot -- --date YYYY-MM-DD --out FILE.png|FILE.svg|FILE.pdf
                            [--width 1200] [--height 900] [--scale 1] [--lang en|ru|kk]
                            [--hide measures,places,spread,csto] [--only clashes,protest,...]

Renders one day of the atlas as the composed image of the app's Export button: a PNG (drawn in
headless Chromium), or for print an SVG or a PDF (vector, text as text, fonts embedded), as the
file's name says, with its words in English, Russian or Kazakh (--lang), and the layers and
kinds of event the page's link would show (--hide, --only). FILE may not be in data/ or geo/
(wherever a link leads); an existing FILE is replaced only with --force, and only once the new
one is written whole.`;

function number(
  name: string,
  value: string | undefined,
  { min, max, initial }: { min: number; max: number; initial: number },
): number {
  if (value === undefined) return initial;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    fail(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return n;
}

/** What a folder holds beyond an earlier run's manifest and the files the manifest lists. */
function notOurs(dir: string): string[] {
  const entries = readdirSync(dir);
  if (!entries.length) return [];
  let listed: Set<string>;
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      dataVersion?: unknown;
      days?: { file?: unknown }[];
      animations?: unknown[];
    };
    // Only a manifest this command wrote, and only the names it gives its files: another
    // program's manifest.json, or one that lists a "thesis.docx", vouches for nothing.
    if (typeof m.dataVersion !== 'string' || !Array.isArray(m.days)) return entries;
    const ours = (f: unknown): f is string =>
      typeof f === 'string' && /^(?:\d{4}-\d{2}-\d{2}\.png|animation\.(?:gif|webm))$/.test(f);
    listed = new Set([...m.days.map((d) => d?.file), ...(m.animations ?? [])].filter(ours));
    listed.add('manifest.json');
  } catch {
    return entries;
  }
  return entries.filter((f) => !listed.has(f) || !statSync(join(dir, f)).isFile());
}

/** The folder a file (or, with --many, the folder itself) goes into must be writable. */
function writable(path: string, isDir: boolean) {
  if (!isDir && existsSync(path) && statSync(path).isDirectory())
    fail(`--out ${path} is a folder; name a .png file (or use npm run snapshots for a folder)`);
  if (isDir && existsSync(path)) {
    if (!statSync(path).isDirectory()) fail(`--out ${path} is a file; name a folder`);
    // The folder is replaced whole: only an empty one, or one that holds exactly what an
    // earlier run put there (its manifest and the files the manifest lists).
    const foreign = notOurs(path);
    if (foreign.length)
      fail(
        `--out ${path} holds files this command did not write (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? `, and ${foreign.length - 5} more` : ''}) and would be replaced whole; name an empty folder or an earlier snapshots folder`,
      );
  }
  const dir = dirname(path);
  try {
    // A folder of snapshots may be new, with its parents; a file goes into a folder that exists.
    if (isDir && !existsSync(dir)) mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) fail(`${dir} is not a folder; choose another --out`);
    accessSync(dir, constants.W_OK);
  } catch (e) {
    if ((e as Error).name === 'UsageError') throw e;
    fail(`${fsProblem('write to', dir, e)}; choose another --out`);
  }
}

/** Newest modification time of the files a build is made from. */
function newestSource(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const f of readdirSync(path)) newest = Math.max(newest, newestSource(join(path, f)));
  return newest;
}

/** Builds the site unless dist/ is newer than everything it is built from. */
function buildIfStale() {
  const built = join(ROOT, 'dist/index.html');
  const sources = ['src', 'data', 'geo', 'index.html', 'vite.config.ts', 'package-lock.json'];
  if (
    existsSync(built) &&
    statSync(built).mtimeMs > Math.max(...sources.map((s) => newestSource(join(ROOT, s))))
  )
    return;
  // As npm run build builds: the site, then the one-file atlas beside it (which the first
  // build's emptying of dist/ removes).
  for (const mode of [[], ['--mode', 'single']])
    try {
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', ...mode, '--logLevel', 'error'],
        { cwd: ROOT, stdio: 'inherit' },
      );
    } catch {
      throw new CommandError(
        'the site could not be built from the data (see above); nothing was written',
      );
    }
}

/** On a terminal, one line rewritten in place; in a log or a pipe, one clean line each. */
function progress(line: string): void {
  process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
}

/** A short fingerprint of the data and boundary files, so a manifest says which data it shows. */
function dataVersion(): string {
  const h = createHash('sha256');
  for (const f of [
    ...DATA_FILES,
    'geo/units.geojson',
    'geo/neighbours.geojson',
    'geo/world.geojson',
  ])
    h.update(readFileSync(join(ROOT, f)));
  return h.digest('hex').slice(0, 12);
}

/**
 * A PDF of the SVG at its own size, printed by Chromium: vectors stay vectors, text stays text,
 * and the fonts the SVG carries are embedded (subset) in the PDF.
 */
async function pdfOf(
  browser: import('playwright-core').Browser,
  svg: string,
  size: { width: number; height: number },
): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    const body = svg.replace(/^<\?xml[^>]*>\s*/, '');
    await page.setContent(
      `<!doctype html><style>@page{size:${size.width}px ${size.height}px;margin:0}` +
        `html,body{margin:0}svg{display:block}</style>${body}`,
    );
    await page.evaluate(() => document.fonts.ready);
    return await page.pdf({
      width: `${size.width}px`,
      height: `${size.height}px`,
      printBackground: true,
      pageRanges: '1',
    });
  } finally {
    await page.close();
  }
}

/** Both commands: `--many` first makes it `npm run snapshots`. */
export const main: Command = (args) =>
  args[0] === '--many' ? snapshots(args.slice(1)) : snapshot(args);
const snapshot = command(USAGE_ONE, (args: string[]) => render(args, false));
const snapshots = command(USAGE_MANY, (args: string[]) => render(args, true));

async function render(args: string[], many: boolean) {
  const { values } = parseCommandArgs(args, {
    date: { type: 'string' },
    out: { type: 'string' },
    width: { type: 'string' },
    height: { type: 'string' },
    scale: { type: 'string' },
    gif: { type: 'boolean' },
    webm: { type: 'boolean' },
    'frame-ms': { type: 'string' },
    lang: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    hide: { type: 'string' },
    only: { type: 'string' },
    force: { type: 'boolean' },
  });
  const data = loadDataset();
  const range = `${data.period.start} to ${data.period.end}`;
  if (!values.out) fail(many ? '--out DIR is required' : '--out FILE.png is required');
  const isFolder = existsSync(values.out) && statSync(values.out).isDirectory();
  if (!many && isFolder)
    fail(
      `--out ${values.out} is a folder; name a .png file (or use npm run snapshots for a folder)`,
    );
  // A folder gets its own message (see writable).
  if (!many && !isFolder && !['.png', '.svg', '.pdf'].includes(extname(values.out).toLowerCase()))
    fail(`--out ${values.out}: name a .png, .svg or .pdf file`);
  if (!many) {
    if (!values.date) fail(`--date is required: a day from ${range}`);
    const problem = dayProblem(values.date, data.period);
    if (problem) fail(`--date ${problem}`);
    for (const flag of ['from', 'to'] as const)
      if (values[flag] !== undefined) fail(`--${flag} goes with npm run snapshots, not snapshot`);
  }
  for (const flag of ['from', 'to'] as const) {
    const problem = values[flag] !== undefined && dayProblem(values[flag], data.period);
    if (problem) fail(`--${flag} ${problem}`);
  }
  const first = values.from ?? data.period.start;
  const last = values.to ?? data.period.end;
  if (first > last) fail(`--from ${first} comes after --to ${last}`);
  const chosen = layersFromParams(values.hide ?? null, values.only ?? null);
  // The link's words for an unknown name, less the link: here it stops the command.
  if (chosen.problems.length)
    fail(
      chosen.problems
        .map((p) => p.replace(' in the link', '').replace(/; ignored$/, ''))
        .join('; '),
    );
  const layerWords = {
    ...(values.hide ? { hide: values.hide } : {}),
    ...(values.only ? { only: values.only } : {}),
  };
  const options = {
    width: number('width', values.width, EXPORT_LIMITS.width),
    height: number('height', values.height, EXPORT_LIMITS.height),
    scale: number('scale', values.scale, EXPORT_LIMITS.scale),
    lang: langOption(values.lang),
    ...layerWords,
  };
  const frameMs = number('frame-ms', values['frame-ms'], EXPORT_LIMITS.frameMs);
  const out = outputPath(values.out, { folder: many, force: values.force });
  writable(out, many);
  const atlas = new Atlas(data);
  const kind = extname(out).toLowerCase();
  // The SVG is made in Node, as `npm run export -- --svg` makes it: no browser, no build.
  if (!many && kind === '.svg') {
    writeFileAtomic(out, daySvg(atlas, values.date!, { ...options, layers: chosen.layers }));
    return void console.error(`wrote ${out}`);
  }
  // Playwright loads only once the arguments are known to be good.
  const { chromiumPath, INSTALL_HINT, launchBrowser, serveDist } =
    await import('../node/browser.ts');
  const chromium = chromiumPath();
  if (!chromium || !existsSync(chromium))
    throw new CommandError(`no Chromium at ${chromium ?? 'the usual places'}: ${INSTALL_HINT}`);
  // The site is built before Chromium starts, so a failed build leaves no browser running.
  const pdf = !many && kind === '.pdf';
  if (!pdf) buildIfStale();
  const browser = await launchBrowser().catch((e: Error) =>
    Promise.reject(
      new CommandError(`Chromium did not start (${e.message.split('\n')[0]}): ${INSTALL_HINT}`),
    ),
  );
  // A PDF is the SVG printed by Chromium: the atlas itself need not load.
  if (pdf) {
    try {
      writeFileAtomic(
        out,
        await pdfOf(
          browser,
          daySvg(atlas, values.date!, { ...options, layers: chosen.layers }),
          options,
        ),
      );
    } finally {
      await browser.close();
    }
    return void console.error(`wrote ${out}`);
  }
  const server = await serveDist().catch(async (e: unknown) => {
    await browser.close();
    throw e;
  });
  const cleanups: (() => void)[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page
      .waitForFunction(() => window.atlasExport, null, { timeout: 60_000 })
      .catch(() => {
        throw new CommandError(
          `the atlas did not start in Chromium${errors.length ? `: ${errors.join('; ')}` : ''}`,
        );
      });
    const png = (day: string) =>
      page.evaluate(([d, o]) => window.atlasExport!.png(d!, o as object), [day, options] as const);
    if (!many) {
      writeFileAtomic(out, Buffer.from(await png(values.date!), 'base64'));
      console.error(`wrote ${out}`);
      return;
    }
    // Everything goes into a fresh folder beside --out, swapped in whole at the end, so an
    // interrupted run never leaves old and new images mixed.
    const temp = `${out}.${process.pid}.tmp`;
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp);
    // Interrupted (Ctrl-C, a kill), the half-made folder goes, and --out is as it was.
    const interrupted = (signal: NodeJS.Signals) => {
      rmSync(temp, { recursive: true, force: true });
      console.error(`stopped (${signal}): ${values.out} is as it was`);
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
    };
    process.once('SIGINT', interrupted).once('SIGTERM', interrupted).once('SIGHUP', interrupted);
    cleanups.push(() => {
      process.off('SIGINT', interrupted).off('SIGTERM', interrupted).off('SIGHUP', interrupted);
      rmSync(temp, { recursive: true, force: true });
    });
    const put = (file: string, data: string | Uint8Array) =>
      writeFileAtomic(join(temp, file), data);
    const days = atlas.days.filter((d) => d >= first && d <= last);
    const manifest = {
      dataVersion: dataVersion(),
      period: data.period,
      /** The days rendered: the whole period unless --from or --to narrowed it. */
      range: { from: first, to: last },
      options,
      /** Each day's image and what changed that day, for captions. */
      days: [] as { day: string; file: string; headline: string }[],
      animations: [] as string[],
    };
    // Kept for the animations, which are made of these images.
    const pngs: string[] = [];
    for (const [i, day] of days.entries()) {
      const file = `${day}.png`;
      const image = await png(day);
      if (values.gif || values.webm) pngs.push(image);
      put(file, Buffer.from(image, 'base64'));
      manifest.days.push({
        day,
        file,
        headline: headline(atlas.changes(day), options.lang),
      });
      progress(`${i + 1}/${days.length} ${day}`);
    }
    if (process.stderr.isTTY) process.stderr.write('\n');
    for (const kind of ['gif', 'webm'] as const) {
      if (!values[kind]) continue;
      process.stderr.write(`encoding ${kind}…\n`);
      // From the images just written: the days are not drawn a second time.
      const b64 = await page.evaluate(
        ([k, p, f]) => window.atlasExport!.animationOf(k as 'gif', p as string[], f as number),
        [kind, pngs, frameMs] as const,
      );
      const file = `animation.${kind}`;
      put(file, Buffer.from(b64, 'base64'));
      manifest.animations.push(file);
    }
    put('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
    const old = `${out}.${process.pid}.old`;
    try {
      if (existsSync(out)) renameSync(out, old);
      renameSync(temp, out);
      rmSync(old, { recursive: true, force: true });
    } catch (e) {
      if (existsSync(old) && !existsSync(out)) renameSync(old, out);
      throw new CommandError(`${fsProblem('replace', out, e)}; the new images are in ${temp}`);
    }
    console.error(
      `wrote ${days.length} images${manifest.animations.length ? ` and ${manifest.animations.join(', ')}` : ''} and manifest.json to ${out}`,
    );
  } finally {
    for (const clean of cleanups) clean();
    await browser.close();
    await server.close();
  }
}

runIfStarted(import.meta.url, main);
