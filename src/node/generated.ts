/**
 * What the generators of geo/ (npm run build:geo, build:gazetteer) share: arguments read before
 * any work (--help, and a refusal of anything else), and files written whole, with the previous
 * version kept beside them and a word on what changed.
 */
import {
  copyFileSync,
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

/** Exits at once on --help (0) or on any other argument (2): a generator takes none. */
export function generatorArgs(usage: string, args = process.argv.slice(2)): void {
  let help = false;
  try {
    help = !!parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, strict: true })
      .values.help;
  } catch (e) {
    console.error(`error: ${(e as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (help) {
    console.log(usage);
    process.exit(0);
  }
}

/** Says what went wrong in one line, and stops: no stack trace for a file the user can fix. */
export function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

/**
 * Writes a generated file whole (beside it, then renamed), keeping the previous version as
 * FILE.bak when it differs, and says what changed.
 */
export function writeGenerated(path: string, text: string): string {
  if (existsSync(path) && !statSync(path).isFile())
    throw new Error(`cannot write ${path}: it is not a regular file`);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (before === text) return `${path}: unchanged`;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    // The backup replaces the last one itself, never a file a link of that name leads to.
    if (before !== null) {
      rmSync(`${path}.bak`, { force: true });
      copyFileSync(path, `${path}.bak`);
    }
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
  if (before === null) return `${path}: written`;
  const [a, b] = [before.split('\n'), text.split('\n')];
  let changed = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) changed++;
  return `${path}: ${changed} line(s) changed; the previous version is ${path}.bak`;
}
