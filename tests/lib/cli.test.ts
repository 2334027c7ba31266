import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/node/data.ts';
import type { Command } from '../../src/cli/common.ts';
import { main as exportMain } from '../../src/cli/export.ts';
import { main as geoparseMain } from '../../src/cli/geoparse.ts';
import { geoparseLines } from '../../src/node/geoparseLines.ts';
import { createGeoparser } from '../../src/authoring/geoparser.ts';
import { allPlaces } from '../../src/node/data.ts';
import { dataset, runCommand } from '../helpers.ts';

const tsx = join(ROOT, 'node_modules/.bin/tsx');
const COMMANDS: Record<string, Command> = { 'export.ts': exportMain, 'geoparse.ts': geoparseMain };
/** In this process; the two tests that spawn `tsx` show that the same holds for a real process. */
const run = (script: string, args: string[]) => runCommand(COMMANDS[script]!, args);

describe('npm run export', () => {
  it('writes each data file for other tools with --format, and refuses an unknown one', async () => {
    const r = await run('export.ts', ['--format', 'regions-csv']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1 + 17 * 22);
    const all = await run('export.ts', ['--format', 'all-days']);
    expect(JSON.parse(all.stdout).features.length).toBeGreaterThan(17 * 22);
    const bad = await run('export.ts', ['--format', 'xlsx']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format "xlsx" is not one of events-csv, regions-csv, all-days');
    expect((await run('export.ts', ['--format', 'all-days', '--date', '2022-01-06'])).status).toBe(
      2,
    );
  });

  it('writes the SVG for print in Russian or Kazakh with --lang, and refuses another language', async () => {
    const ru = await run('export.ts', ['--date', '2022-01-06', '--svg', '--lang', 'ru']);
    expect(ru.status, ru.stderr).toBe(0);
    expect(ru.stdout).toContain('xml:lang="ru"');
    expect(ru.stdout).toContain('Казахстан, январь 2022');
    expect(ru.stdout).toContain('четверг, 6 января 2022 г.');
    const kk = await run('export.ts', ['--date', '2022-01-06', '--svg', '--lang', 'kk']);
    expect(kk.stdout).toContain('Қазақстан, 2022 жылғы қаңтар');
    const bad = await run('export.ts', ['--date', '2022-01-06', '--svg', '--lang', 'de']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--lang "de" is not one of en, ru, kk');
    expect((await run('export.ts', ['--date', '2022-01-06', '--lang', 'ru'])).status).toBe(2);
  });

  it('stops quietly when its reader closes early', () => {
    const r = spawnSync('sh', ['-c', `"${tsx}" src/cli/export.ts --format all-days | head -c 10`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stderr).not.toContain('EPIPE');
  });

  it('writes a day as GeoJSON with the documented schema', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'atlas-')), 'day.geojson');
    const r = await run('export.ts', ['--date', '2022-01-13', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    expect(fc).toMatchObject({
      type: 'FeatureCollection',
      date: '2022-01-13',
      csto: 'withdrawing',
    });
    const regions = fc.features.filter(
      (f: { properties: { kind: string } }) => f.properties.kind === 'region',
    );
    expect(regions).toHaveLength(17);
    const almaty = regions.find(
      (f: { properties: { id: string } }) => f.properties.id === 'almaty-city',
    );
    expect(almaty.properties).toMatchObject({
      name: 'Almaty',
      stateOfEmergency: true,
      terrorThreatLevel: 'red',
      certainty: 'inferred',
    });
    expect(almaty.properties.sources.length).toBeGreaterThan(0);
    // The figures known that day, each with its status and sources.
    const detained = fc.figures.find((f: { id: string }) => f.id === 'detained-almaty-001');
    expect(detained).toMatchObject({
      measure: 'detained',
      area: 'almaty-city',
      value: { min: 1925, max: 1925 },
      text: '1,925',
      asOf: '2022-01-13',
      asOfCertainty: 'reported',
      status: 'current',
    });
    expect(detained.sources[0].quote).toContain('1925 rioters');
    expect(fc.figures.some((f: { asOf: string }) => f.asOf > '2022-01-13')).toBe(false);
    expect(fc.undatedFigures.map((f: { id: string }) => f.id)).toContain('killed-all-004');
    const places = fc.features.filter(
      (f: { properties: { kind: string } }) => f.properties.kind === 'place',
    );
    expect(places.map((f: { properties: { name: string } }) => f.properties.name)).toContain(
      'Almaty',
    );
  });

  it('prints to stdout by default', async () => {
    const r = await run('export.ts', ['--date', '2022-01-02']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).date).toBe('2022-01-02');
  });

  it.each([
    ['2022-02-30', 'is not a calendar day'],
    ['06/01/2022', 'is not a calendar day'],
    ['2022-02-01', 'outside the period'],
  ])('rejects --date %s with the valid range', async (date, message) => {
    const r = await run('export.ts', ['--date', date]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('2022-01-02 to 2022-01-23');
    expect(r.stdout).toBe('');
  });

  it('says which path it cannot write', async () => {
    const r = await run('export.ts', [
      '--date',
      '2022-01-06',
      '--out',
      '/nonexistent-dir/day.geojson',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'cannot write /nonexistent-dir/day.geojson: no such file or folder (ENOENT)',
    );
  });
});

describe('npm run geoparse', () => {
  it('prints mentions with file and offsets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Clashes in Alma-Ata and Zhanaozen.');
    const r = await run('geoparse.ts', [file]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file,
        start: 11,
        end: 19,
        text: 'Alma-Ata',
        placeId: 'almaty',
        name: 'Almaty',
        kind: 'city',
        coordinates: [76.9115, 43.25249],
      },
      {
        file,
        start: 24,
        end: 33,
        text: 'Zhanaozen',
        placeId: 'zhanaozen',
        name: 'Zhanaozen',
        kind: 'town',
        coordinates: [52.86192, 43.34116],
      },
    ]);
  });

  it('streams JSON lines: one line out per article in, bad lines named by number and skipped', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'Clashes in Alma-Ata.' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'b', text: 'Митинг в Жанаозене\nи в Актау.' }),
      JSON.stringify({ id: 'c' }),
      '',
      JSON.stringify({ id: 'd', text: 'Nothing here.' }),
    ];
    const out: string[] = [];
    const reported: string[] = [];
    const skipped = await geoparseLines(
      createGeoparser(allPlaces(dataset.places)),
      Readable.from([lines.join('\n') + '\n']),
      new Writable({ write: (chunk, _e, done) => (out.push(String(chunk)), done()) }),
      (m) => reported.push(m),
    );
    const written = out
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; mentions: { placeId: string }[] });
    expect(written.map((w) => [w.id, w.mentions.map((m) => m.placeId)])).toEqual([
      ['a', ['almaty']],
      ['b', ['zhanaozen', 'aktau']],
      ['d', []],
    ]);
    expect(skipped).toBe(2);
    expect(reported).toEqual([
      expect.stringMatching(/^line 2: not JSON/),
      'line 4: expected an object with a string "text" (and an "id")',
    ]);
    // A line that is not UTF-8, or with no end in sight, is named and skipped; the rest go on.
    const odd: string[] = [];
    const bytes = Buffer.concat([
      Buffer.from('{"id":"x","text":"'),
      Buffer.from([0xff]),
      Buffer.from('"}\n{"id":"y","text":"Aktobe."}\n'),
    ]);
    const skippedOdd = await geoparseLines(
      createGeoparser(allPlaces(dataset.places)),
      Readable.from([bytes]),
      new Writable({ write: (chunk, _e, done) => (odd.push(String(chunk)), done()) }),
      (m) => reported.push(m),
    );
    expect(skippedOdd).toBe(1);
    expect(reported.at(-1)).toBe('line 1: not UTF-8 text; skipped');
    expect(odd.join('')).toContain('"id":"y"');
    const named = await run('geoparse.ts', ['--jsonl', 'x.txt']);
    expect(named.status).toBe(2);
    expect(named.stderr).toContain('--jsonl reads standard input');
  });

  it('names a file it cannot read', async () => {
    const r = await run('geoparse.ts', ['/no/such/file.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot read /no/such/file.txt');
  });
});
