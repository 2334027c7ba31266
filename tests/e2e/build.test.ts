/**
 * The build refuses what `npm run validate` refuses: on a copy of the project with one file
 * corrupted, `vite build` stops with the file and record named, and writes no site.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articlesDir, ROOT } from '../../src/node/data.ts';
import { CHROMIUM_PATH } from '../../src/node/browser.ts';
import { SINGLE_FILE } from '../../src/page/embed.ts';
import { articleTexts } from '../helpers.ts';

const COPIED = [
  'package.json',
  'vite.config.ts',
  'svelte.config.js',
  'tsconfig.json',
  'index.html',
  'src',
  'geo',
  'data',
  'public',
];

describe('the build', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  for (const f of COPIED) cpSync(join(ROOT, f), join(root, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const build = () => (rmSync(join(root, 'dist'), { recursive: true, force: true }), runBuild());
  const runBuild = () =>
    spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ARTICLES_DIR: articlesDir() },
      },
    );

  it.skipIf(!articleTexts)(
    'refuses a figure its quote does not state, naming file, record and field',
    () => {
      const file = join(root, 'data/figures.json');
      const before = readFileSync(file, 'utf8');
      writeFileSync(
        file,
        before.replace(
          '"value": {"min": 13, "max": 13}, "text": "13"',
          '"value": {"min": 14, "max": 14}, "text": "14"',
        ),
      );
      const r = build();
      writeFileSync(file, before);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('error: data/figures.json#killed-security-003 value');
      expect(r.stderr).toContain('the site was not built');
      expect(existsSync(join(root, 'dist/index.html'))).toBe(false);
    },
  );

  it.skipIf(!CHROMIUM_PATH)(
    'is made again by snapshot when the data changed, the one-file atlas with it',
    () => {
      rmSync(join(root, 'dist'), { recursive: true, force: true });
      const r = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(root, 'src/cli/snapshot.ts'),
          '--date',
          '2022-01-06',
          '--out',
          join(root, 'day.png'),
        ],
        { cwd: root, encoding: 'utf8', env: { ...process.env, ARTICLES_DIR: articlesDir() } },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(join(root, 'dist/index.html'))).toBe(true);
      expect(existsSync(join(root, 'dist', SINGLE_FILE))).toBe(true);
    },
    120_000,
  );

  it('refuses a cut-short geo/places-kz.json with its name, and no backtrace', () => {
    const file = join(root, 'geo/places-kz.json');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.slice(0, before.length - 300));
    const r = build();
    writeFileSync(file, before);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error: geo\/places-kz\.json: not valid JSON at line \d+, column \d+/);
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at |panicked|RUST_BACKTRACE/);
    expect(existsSync(join(root, 'dist/index.html'))).toBe(false);
  });
});
