/**
 * Bad input, as a new user gives it: every case gets its message and exit status, no output
 * holds a stack trace, and no existing file is changed by a failed command.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type Command } from '../../src/cli/common.ts';
import { main as exportMain } from '../../src/cli/export.ts';
import { main as geoparseMain } from '../../src/cli/geoparse.ts';
import { main as snapshotMain } from '../../src/cli/snapshot.ts';
import { main as validateMain } from '../../src/cli/validate.ts';
import { main as draftMain } from '../../src/cli/draft.ts';
import { runCommand } from '../helpers.ts';
import { DATA_FILES, ROOT, readArticleTexts, readRawData, readUnits } from '../../src/node/data.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'atlas-bad-'));
const COMMANDS: Record<string, Command> = {
  'export.ts': exportMain,
  'validate.ts': validateMain,
  'geoparse.ts': geoparseMain,
  'snapshot.ts': snapshotMain,
  'draft.ts': draftMain,
};
const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  runCommand(COMMANDS[script]!, args, env);

const STACK = /^\s+at .+:\d+:\d+\)?$/m;
const dir = scratch();
const aFolder = join(dir, 'folder');
mkdirSync(aFolder);
const aFile = join(dir, 'file.txt');
writeFileSync(aFile, 'text');
const withOthers = join(dir, 'others');
mkdirSync(withOthers);
writeFileSync(join(withOthers, 'notes.txt'), 'mine');
// An earlier snapshots folder to which the user added notes and a folder of their own.
const earlierRun = join(dir, 'earlier');
mkdirSync(join(earlierRun, 'drafts'), { recursive: true });
writeFileSync(
  join(earlierRun, 'manifest.json'),
  JSON.stringify({ dataVersion: 'abc', days: [{ file: '2022-01-02.png' }], animations: [] }),
);
// Another program's manifest, and one that lists a file this command never names so.
const othersManifest = join(dir, 'app');
mkdirSync(othersManifest);
writeFileSync(join(othersManifest, 'manifest.json'), '{"name": "My app", "icons": []}');
const listsThesis = join(dir, 'thesis');
mkdirSync(listsThesis);
writeFileSync(
  join(listsThesis, 'manifest.json'),
  JSON.stringify({ dataVersion: 'abc', days: [{ file: 'thesis.docx' }] }),
);
writeFileSync(join(listsThesis, 'thesis.docx'), 'chapter one');
writeFileSync(join(earlierRun, '2022-01-02.png'), 'png');
writeFileSync(join(earlierRun, 'notes.txt'), 'mine');
// A link to data/ from somewhere else, and an output that exists.
const toData = join(dir, 'to-data');
symlinkSync(join(ROOT, 'data'), toData);
const existing = join(dir, 'existing.geojson');
writeFileSync(existing, 'keep me');
const dangling = join(dir, 'dangling.geojson');
symlinkSync(join(dir, 'nowhere', 'x'), dangling);
// An articles folder with a pipe in it, which a reader would wait on for ever.
const withPipe = join(dir, 'articles-with-pipe');
mkdirSync(withPipe);
execFileSync('mkfifo', [join(withPipe, 'zzz.txt')]);
const aText = join(dir, 'new.txt');
writeFileSync(aText, 'Protests in Aktobe on January 5.');

type Case = [string, string, string[], number, string, Record<string, string>?];
const CASES: Case[] = [
  ['export', 'export.ts', ['--date'], 2, 'argument missing'],
  ['export', 'export.ts', ['--bogus'], 2, "Unknown option '--bogus'"],
  ['export', 'export.ts', ['2022-01-06'], 2, "Unexpected argument '2022-01-06'"],
  ['export', 'export.ts', ['--date', '2022-13-01'], 2, 'is not a calendar day'],
  [
    'export',
    'export.ts',
    ['--date', '2022-01-06', '--date', '2022-01-07'],
    2,
    '--date is given more than once',
  ],
  ['export', 'export.ts', ['--date', '2022-01-06', '--out', 'data/events.json'], 2, 'inside data/'],
  ['export', 'export.ts', ['--date', '2022-01-06', '--out', 'geo/x.geojson'], 2, 'inside geo/'],
  [
    'export',
    'export.ts',
    ['--date', '2022-01-06', '--out', aFolder],
    2,
    'is a folder; name a regular file',
  ],
  [
    'export',
    'export.ts',
    ['--date', '2022-01-06', '--out', '/nonexistent-dir/d.json'],
    1,
    'no such file or folder (ENOENT)',
  ],
  ['validate', 'validate.ts', ['--strict'], 2, "Unknown option '--strict'"],
  ['validate', 'validate.ts', [], 2, 'is a file, not a folder', { ARTICLES_DIR: aFile }],
  ['geoparse', 'geoparse.ts', [], 2, 'name one or more text files'],
  ['geoparse', 'geoparse.ts', ['--all'], 2, "Unknown option '--all'"],
  ['geoparse', 'geoparse.ts', [aFolder], 1, 'it is a folder'],
  ['geoparse', 'geoparse.ts', [join(dir, 'missing.txt')], 1, 'no such file or folder (ENOENT)'],
  ['snapshot', 'snapshot.ts', ['--out', join(dir, 'x.png')], 2, '--date is required'],
  ['snapshot', 'snapshot.ts', ['--date', '2022-01-06'], 2, '--out FILE.png is required'],
  [
    'snapshot',
    'snapshot.ts',
    ['--date', '2022-01-06', '--out', aFolder],
    2,
    'is a folder; name a .png file',
  ],
  ['snapshot', 'snapshot.ts', ['--date', '2022-01-06', '--out', 'data/x.png'], 2, 'inside data/'],
  [
    'snapshot',
    'snapshot.ts',
    ['--date', '2022-01-06', '--out', join(dir, 'y.png'), '--width', '10'],
    2,
    '--width must be a whole number from 400 to 4000',
  ],
  [
    'snapshots',
    'snapshot.ts',
    ['--many', '--out', withOthers],
    2,
    'holds files this command did not write',
  ],
  ['snapshots', 'snapshot.ts', ['--many', '--out', aFile], 2, 'is a file; name a folder'],
  [
    'snapshots',
    'snapshot.ts',
    ['--many', '--out', earlierRun],
    2,
    'did not write (drafts, notes.txt)',
  ],
  [
    'snapshots',
    'snapshot.ts',
    ['--many', '--out', othersManifest],
    2,
    'did not write (manifest.json)',
  ],
  ['snapshots', 'snapshot.ts', ['--many', '--out', listsThesis], 2, 'did not write (thesis.docx)'],
  // A folder still to be made inside a link to data/ is inside data/.
  ['snapshots', 'snapshot.ts', ['--many', '--out', join(toData, 'a', 'b')], 2, 'is inside data/'],
  [
    'export',
    'export.ts',
    ['--date', '2022-01-06', '--out', join(toData, 'new', 'x.geojson')],
    2,
    'is inside data/',
  ],
  [
    'export',
    'export.ts',
    ['--date', '2022-01-06', '--out', dangling],
    2,
    'a link that leads to nothing',
  ],
  [
    'validate',
    'validate.ts',
    [],
    2,
    'zzz.txt: cannot read it (not a regular file',
    { ARTICLES_DIR: withPipe },
  ],
  // Where a path really leads, not how it is written.
  [
    'export',
    'export.ts',
    ['--date', '2022-01-06', '--out', join(toData, 'events.json')],
    2,
    'is inside data/',
  ],
  [
    'export',
    'export.ts',
    [
      '--date',
      '2022-01-06',
      '--out',
      join(dir, '..', dir.split('/').pop()!, 'to-data', 'x.geojson'),
    ],
    2,
    'is inside data/',
  ],
  [
    'export',
    'export.ts',
    ['--date', '2022-01-06', '--out', '/dev/null'],
    2,
    'is a device; name a regular file',
  ],
  [
    'snapshot',
    'snapshot.ts',
    ['--date', '2022-01-06', '--out', join(toData, 'x.svg')],
    2,
    'is inside data/',
  ],
  [
    'export',
    'export.ts',
    ['--date', '2022-01-06', '--out', existing],
    2,
    'exists; add --force to replace it',
  ],
  [
    'draft',
    'draft.ts',
    [aText, '--published', '2022-01-08', '--drafts', 'geo/new.json'],
    2,
    'is inside geo/',
  ],
  [
    'draft',
    'draft.ts',
    [aText, '--published', '2022-01-08', '--drafts', '/dev/full'],
    2,
    'is a device',
  ],
  [
    'draft',
    'draft.ts',
    ['/dev/zero', '--published', '2022-01-08', '--dry-run'],
    1,
    'cannot read it (not a regular file',
  ],
];

describe('pathological text', () => {
  // Each would take minutes where a pattern is quadratic; the test's time limit is the guard
  // (the times themselves are in npm run bench -- stream).
  it.each([
    ['a run of full stops', '.'.repeat(1_000_000)],
    ['one long line', 'protest in Aktobe, '.repeat(50_000)],
    ['no spaces', 'Aktobe'.repeat(150_000)],
    ['no letters', '1,2;3:4 '.repeat(120_000)],
  ])('drafts and geoparses %s', async (_, text) => {
    const file = join(dir, 'pathological.txt');
    writeFileSync(file, text);
    const drafted = await run('draft.ts', [file, '--published', '2022-01-08', '--dry-run']);
    // Full stops alone are no text: refused in words.
    if (!/\w/.test(text)) expect(drafted.stderr).toContain('holds no letter or digit');
    else expect(drafted.status, drafted.stderr).toBe(0);
    const parsed = await run('geoparse.ts', [file]);
    expect(parsed.status, parsed.stderr).toBe(0);
  });
});

describe('bad command-line input', () => {
  it.each(CASES)('%s %s %j: exit %i, says "%s"', async (_, script, args, status, message, env) => {
    const before = DATA_FILES.map((f) => readFileSync(join(ROOT, f), 'utf8'));
    const r = await run(script, args, env);
    expect(r.status, r.stderr).toBe(status);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(STACK);
    if (status === 2 && !/^is a file|cannot read it/.test(message))
      expect(r.stderr).toContain('usage: npm run');
    expect(DATA_FILES.map((f) => readFileSync(join(ROOT, f), 'utf8'))).toEqual(before);
    expect(readFileSync(join(withOthers, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(earlierRun, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    expect(readFileSync(join(listsThesis, 'thesis.docx'), 'utf8')).toBe('chapter one');
    expect(readFileSync(join(othersManifest, 'manifest.json'), 'utf8')).toContain('My app');
  });

  it.each(['export.ts', 'validate.ts', 'geoparse.ts', 'snapshot.ts'])(
    '%s --help prints its usage and exits 0',
    async (script) => {
      const r = await run(script, ['--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^usage: npm run \w+/);
    },
  );
});

describe('bad data files', () => {
  function rootWith(file: string, content: string | Buffer) {
    const root = scratch();
    mkdirSync(join(root, 'data'));
    for (const f of DATA_FILES) writeFileSync(join(root, f), readFileSync(join(ROOT, f)));
    writeFileSync(join(root, file), content);
    return root;
  }
  const original = readFileSync(join(ROOT, 'data/events.json'), 'utf8');

  it('names the file, line and column of a JSON syntax error', () => {
    const broken = original.replace('"period": {', '"period": {,');
    const line = broken.slice(0, broken.indexOf('{,')).split('\n').length;
    expect(() => readRawData(rootWith('data/events.json', broken))).toThrow(
      `data/events.json: not valid JSON at line ${line}, column 12: Expected property name or '}'`,
    );
  });

  it('names the line and column of a word JSON does not have, such as NaN', () => {
    const broken = original.replace('"start": "2022-01-02"', '"start": NaN');
    const line = broken.slice(0, broken.indexOf('NaN')).split('\n').length;
    const column = broken.indexOf('NaN') - broken.lastIndexOf('\n', broken.indexOf('NaN'));
    expect(() => readRawData(rootWith('data/events.json', broken))).toThrow(
      `data/events.json: not valid JSON at line ${line}, column ${column}: unexpected "N"`,
    );
  });

  it('accepts a leading byte-order mark', () => {
    const raw = readRawData(rootWith('data/events.json', '\ufeff' + original));
    expect(raw['data/events.json']).toEqual(JSON.parse(original));
  });

  it('refuses a file that is not UTF-8, and a missing one, by name', () => {
    const latin1 = Buffer.from(original.replace('Zhanaozen', 'Zhanaözen'), 'latin1');
    expect(() => readRawData(rootWith('data/events.json', latin1))).toThrow(
      'data/events.json: not UTF-8 text; save it as UTF-8',
    );
    const root = rootWith('data/events.json', original);
    expect(() => readRawData(join(root, 'nowhere'))).toThrow(
      'data/articles.json: cannot read it (the file is missing',
    );
  });

  it('names a units file missing a unit', () => {
    const root = scratch();
    mkdirSync(join(root, 'geo'));
    const units = JSON.parse(readFileSync(join(ROOT, 'geo/units.geojson'), 'utf8'));
    units.features = units.features.filter(
      (f: { properties: { id: string } }) => f.properties.id !== 'zhambyl',
    );
    writeFileSync(join(root, 'geo/units.geojson'), JSON.stringify(units));
    expect(() => readUnits(root)).toThrow(
      'geo/units.geojson#zhambyl features: expected a feature for unit "zhambyl", got none',
    );
  });

  it('refuses an articles folder that is a file', () => {
    expect(() => readArticleTexts(aFile)).toThrow('is a file, not a folder');
  });
});

describe('writeFileAtomic', () => {
  it('leaves the existing file as it was when the write fails', () => {
    const d = scratch();
    const target = join(d, 'out.json');
    writeFileSync(target, 'old');
    // Something in the way of the temporary file makes the write fail.
    mkdirSync(join(d, `.out.json.${process.pid}.tmp`));
    expect(() => writeFileAtomic(target, 'new')).toThrow(
      /cannot write .*out\.json: it is a folder/,
    );
    expect(readFileSync(target, 'utf8')).toBe('old');
  });

  it('replaces the file whole when it succeeds', () => {
    const target = join(scratch(), 'out.json');
    writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
  });
});
