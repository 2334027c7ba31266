import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/node/data.ts';
import { writeGenerated } from '../../src/node/generated.ts';

const tsx = join(ROOT, 'node_modules/.bin/tsx');

describe('the generators of geo/', () => {
  it.each([
    ['build-gazetteer.ts', '--help', 0, /^usage: npm run build:gazetteer/],
    ['build-gazetteer.ts', '--bogus', 2, /Unknown option '--bogus'/],
    ['build-geo.ts', '--help', 0, /^usage: npm run build:geo/],
    ['build-geo.ts', '--bogus', 2, /Unknown option '--bogus'/],
  ] as const)('%s %s: exit %i, and geo/ untouched', (script, arg, status, says) => {
    const files = ['geo/places-kz.json', 'geo/units.geojson', 'geo/neighbours.geojson'];
    const before = files.map((f) => statSync(join(ROOT, f)).mtimeMs);
    const r = spawnSync(tsx, [join(ROOT, 'scripts', script), arg], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(status);
    expect(status ? r.stderr : r.stdout).toMatch(says);
    expect(files.map((f) => statSync(join(ROOT, f)).mtimeMs)).toEqual(before);
  });

  it('write whole, keep the previous version, and say what changed', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'atlas-gen-')), 'x.json');
    expect(writeGenerated(file, 'a\nb\n')).toBe(`${file}: written`);
    expect(writeGenerated(file, 'a\nb\n')).toBe(`${file}: unchanged`);
    writeFileSync(file, 'a\nhand edit\n');
    expect(writeGenerated(file, 'a\nc\n')).toBe(
      `${file}: 1 line(s) changed; the previous version is ${file}.bak`,
    );
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('a\nhand edit\n');
    expect(readFileSync(file, 'utf8')).toBe('a\nc\n');
  });
});
