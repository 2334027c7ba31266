import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, ROOT } from '../../src/node/browser.ts';
import { gifFrames, isWebm, pngSize, webmDurationMs } from './media.ts';
import { main } from '../../src/cli/snapshot.ts';
import { runCommand } from '../helpers.ts';

const snapshot = (...args: string[]) => runCommand(main, args);
const scratch = () => mkdtempSync(join(tmpdir(), 'atlas-snap-'));

describe('npm run snapshot: bad arguments', () => {
  it.each([
    [
      ['--date', '2022-01-32', '--out', '/tmp/x.png'],
      'is not a calendar day written YYYY-MM-DD; valid days run from 2022-01-02 to 2022-01-23',
    ],
    [
      ['--date', '2022-03-01', '--out', '/tmp/x.png'],
      'outside the period the articles cover, 2022-01-02 to 2022-01-23',
    ],
    [['--date', '2022-01-06'], '--out FILE.png is required'],
    [
      ['--date', '2022-01-06', '--out', '/nonexistent-dir/x.png'],
      'cannot write to /nonexistent-dir: no such file or folder (ENOENT); choose another --out',
    ],
    [
      ['--date', '2022-01-06', '--out', '/tmp/x.png', '--scale', '3.5'],
      '--scale must be a whole number from 1 to 4',
    ],
    [
      ['--many', '--out', '/tmp/x', '--from', '2022-01-40'],
      '--from "2022-01-40" is not a calendar day',
    ],
    [
      ['--many', '--out', '/tmp/x', '--from', '2022-01-09', '--to', '2022-01-08'],
      '--from 2022-01-09 comes after --to 2022-01-08',
    ],
    [
      ['--date', '2022-01-06', '--out', '/tmp/x.png', '--to', '2022-01-08'],
      '--to goes with npm run snapshots',
    ],
    [
      ['--date', '2022-01-06', '--out', '/tmp/x.png', '--hide', 'roads'],
      'layer "roads" is not one of measures, places, spread, csto',
    ],
  ])('%j exits 2 and says what to do', async (args, message) => {
    const r = await snapshot(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('names the missing browser', async () => {
    const r = await runCommand(main, ['--date', '2022-01-06', '--out', join(scratch(), 'x.png')], {
      CHROMIUM_PATH: '/nonexistent/chromium',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('no Chromium at /nonexistent/chromium: install Chromium');
  });
});

describe('npm run snapshot for print', () => {
  it('writes the day as SVG with no browser at all', async () => {
    const out = join(scratch(), 'day.svg');
    const svg = await runCommand(main, ['--date', '2022-01-13', '--out', out, '--lang', 'ru'], {
      CHROMIUM_PATH: '/nonexistent/chromium',
    });
    expect(svg.status, svg.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^<\?xml[^>]*>\s*<svg [^>]*xml:lang="ru"/);
    expect(text).toContain('13 января 2022');
    expect(text).toMatch(/src:url\(data:font\/woff2;base64,/);
  });

  it('draws only the layers and kinds of event asked for', async () => {
    const out = join(scratch(), 'day.svg');
    const args = ['--date', '2022-01-06', '--out', out];
    expect((await snapshot(...args)).status).toBe(0);
    const all = readFileSync(out, 'utf8');
    // An existing file is replaced only when asked.
    const refused = await snapshot(...args, '--hide', 'spread,csto');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('exists; add --force to replace it');
    expect(readFileSync(out, 'utf8')).toBe(all);
    const again = ['--hide', 'spread,csto', '--only', 'protest', '--force'];
    expect((await snapshot(...args, ...again)).status).toBe(0);
    const some = readFileSync(out, 'utf8');
    const arcs = (svg: string) => /<g id="arcs"[^>]*>([\s\S]*?)<\/g>/.exec(svg)![1]!;
    expect(arcs(all)).toContain('<path');
    expect(arcs(some)).not.toContain('<path');
    expect(all).toContain('Clashes, attacks');
    expect(some).not.toContain('Clashes, attacks');
  });
});

describe.skipIf(!CHROMIUM_PATH)('npm run snapshot(s) in Chromium', () => {
  it('writes the day for print as a one-page PDF with its fonts inside', async () => {
    const dir = scratch();
    const pdf = await snapshot('--date', '2022-01-13', '--out', join(dir, 'day.pdf'));
    expect(pdf.status, pdf.stderr).toBe(0);
    const bytes = readFileSync(join(dir, 'day.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = bytes.toString('latin1');
    expect(raw.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    expect(raw).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).toMatch(/\/FontFile2/);
    const bad = await snapshot('--date', '2022-01-13', '--out', join(dir, 'day.jpg'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('name a .png, .svg or .pdf file');
  });

  it('writes one PNG per day at the size and scale asked, a manifest, and a GIF and a WebM of those images', async () => {
    const dir = scratch();
    const r = await snapshot(
      '--many',
      '--out',
      dir,
      '--gif',
      '--webm',
      '--frame-ms',
      '500',
      '--to',
      '2022-01-03',
      '--width',
      '480',
      '--height',
      '400',
      '--scale',
      '2',
    );
    expect(r.status, r.stderr).toBe(0);
    // Not on a terminal: one clean progress line per day, no carriage returns.
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr.split('\n')).toContain('2/2 2022-01-03');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.days.map((d: { day: string }) => d.day)).toEqual(['2022-01-02', '2022-01-03']);
    expect(manifest.days[0]).toEqual({
      day: '2022-01-02',
      file: '2022-01-02.png',
      headline: 'Protests in Mangystau · 1 new event',
    });
    expect(manifest.dataVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
    // The size asked for, at the scale asked for.
    expect(pngSize(readFileSync(join(dir, '2022-01-03.png')))).toEqual({ width: 960, height: 800 });
    // The animations are made of the same two images, each on screen for 500 ms.
    expect(gifFrames(readFileSync(join(dir, 'animation.gif')))).toBe(2);
    const webm = readFileSync(join(dir, 'animation.webm'));
    expect(isWebm(webm)).toBe(true);
    expect(webmDurationMs(webm)).toBeCloseTo(1000, -1);
    expect(manifest.animations).toEqual(['animation.gif', 'animation.webm']);
  }, 120_000);
});

describe.skipIf(!CHROMIUM_PATH)('npm run snapshots, interrupted', () => {
  it('removes its half-made folder on Ctrl-C and leaves --out as it was', async () => {
    const dir = scratch();
    const out = join(dir, 'days');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/snapshot.ts'), '--many', '--out', out],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const temp = `${out}.${child.pid}.tmp`;
    // Once the first image is in the new folder, stop it.
    await expect
      .poll(() => existsSync(temp) && readdirSync(temp).length > 0, {
        timeout: 60_000,
        interval: 100,
      })
      .toBe(true);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((ok) => child.on('exit', (c) => ok(c)));
    expect(code).toBe(130);
    expect(stderr).toContain('stopped (SIGINT)');
    expect(existsSync(temp)).toBe(false);
    expect(existsSync(out)).toBe(false);
  }, 90_000);
});
