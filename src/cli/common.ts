/**
 * What every command-line tool shares: --help, usage errors with exit status 2, file-system
 * errors as a plain sentence, writes that never leave a half-written file, and no stack trace
 * for anything the user can fix.
 */
import {
  existsSync,
  lstatSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { pathToFileURL } from 'node:url';
import { DataFileError, ROOT } from '../node/data.ts';
import { LANGS, isLang, type Lang } from '../words/i18n.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem the user can fix that is not about the command's words (exit status 1). */
export class CommandError extends Error {
  override name = 'CommandError';
}

export function fail(message: string): never {
  throw new UsageError(message);
}

/** The command-line tool's words asked for --help: its usage is printed, with status 0. */
class HelpAsked extends Error {}

/** A command: called with its arguments, it prints what it has to say and returns its exit status. */
export type Command = (args: string[]) => Promise<number>;

/** The --lang option: the language of an image's words; English when left out. */
export function langOption(value: string | undefined): Lang {
  if (value === undefined) return 'en';
  if (isLang(value)) return value;
  fail(`--lang "${value}" is not one of ${LANGS.join(', ')}`);
}

/**
 * A command from its usage and its body: usage errors exit with status 2 and the usage, data
 * errors with 2, other problems the user can fix with 1, each as one line; a bug says so in one
 * line, with its stack only when DEBUG is set.
 */
export function command(usage: string, body: (args: string[]) => unknown): Command {
  return async (args) => {
    try {
      const status = await body(args);
      return typeof status === 'number' ? status : 0;
    } catch (e) {
      if (e instanceof HelpAsked) {
        console.log(usage);
        return 0;
      }
      if (e instanceof UsageError) {
        console.error(`error: ${e.message}`);
        console.error(`\n${usage}`);
        return 2;
      }
      if (e instanceof DataFileError || e instanceof CommandError) {
        console.error(`error: ${e.message}`);
        return e instanceof DataFileError ? 2 : 1;
      }
      // A bug, not bad input: one line, and the stack only when asked for.
      console.error(`error: unexpected failure: ${(e as Error)?.message ?? String(e)}`);
      if (process.env.DEBUG) console.error(e);
      else console.error('(set DEBUG=1 to see where it happened)');
      return 1;
    }
  };
}

/** Runs the command with the process's arguments when `moduleUrl` is the file Node started. */
export function runIfStarted(moduleUrl: string, main: Command): void {
  if (!process.argv[1] || pathToFileURL(resolve(process.argv[1])).href !== moduleUrl) return;
  // Output piped into a reader that stops early (`| head`): stop quietly, as other tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  void main(process.argv.slice(2)).then((status) => (process.exitCode = status));
}

/**
 * node:util parseArgs: --help prints the usage (status 0); an unknown flag, a flag without its
 * value or a stray argument is a usage error (exit status 2).
 */
export function parseCommandArgs<T extends ParseArgsConfig['options']>(
  args: string[],
  options: T,
  { positionals = false } = {},
) {
  const argv = args.filter((a) => a !== '--');
  if (argv.includes('--help') || argv.includes('-h')) throw new HelpAsked();
  let parsed: ReturnType<
    typeof parseArgs<{
      args: string[];
      options: T;
      allowPositionals: boolean;
      strict: true;
      tokens: true;
    }>
  >;
  try {
    parsed = parseArgs({
      args: argv,
      options,
      allowPositionals: positionals,
      strict: true,
      tokens: true,
    });
  } catch (e) {
    // parseArgs's messages name the flag; drop its advice about "--" that does not apply here.
    fail((e as Error).message.replace(/\. To specify a positional argument.*$/s, '').trim());
  }
  // An option given twice would quietly keep the last: say so instead.
  const seen = new Set<string>();
  for (const t of parsed.tokens ?? [])
    if (t.kind === 'option') {
      if (seen.has(t.name)) fail(`--${t.name} is given more than once; give it once`);
      seen.add(t.name);
    }
  return parsed;
}

const CAUSES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  ENOENT: 'no such file or folder',
  EEXIST: 'it already exists',
  ENAMETOOLONG: 'the name is too long',
};

/** "cannot write out.json: the disk is full (ENOSPC)". */
export function fsProblem(action: string, path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const cause = code && CAUSES[code] ? `${CAUSES[code]} (${code})` : (e as Error).message;
  return `cannot ${action} ${path}: ${cause}`;
}

/** Source folders a tool must never write into. */
const SOURCE_FOLDERS = ['data', 'geo'];

/** What stands at a path, in words, for a refusal. */
function kindOf(st: Stats): string {
  if (st.isFile()) return 'a file';
  if (st.isDirectory()) return 'a folder';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isFIFO()) return 'a pipe';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The one rule for where a command writes. The path is resolved first (symlinks and ".."), and
 * refused where it lands in data/ or geo/, unless it is the command's own documented file
 * there (`own`, relative to the project); where something other than a regular file (or, for
 * `folder`, a folder) stands; and, for a file, where one exists already and `force` is not
 * given. Returns the resolved path, the one to write.
 */
export function outputPath(
  given: string,
  options: { folder?: boolean; own?: string; force?: boolean; flag?: string } = {},
): string {
  const flag = options.flag ?? '--out';
  const absolute = resolve(given);
  // A link that leads nowhere (or round in a loop) is not replaced unasked.
  let link: Stats | null = null;
  try {
    link = lstatSync(absolute);
  } catch {
    link = null;
  }
  if (link?.isSymbolicLink() && !existsSync(absolute) && !options.force)
    fail(`${flag} ${given} is a link that leads to nothing; add --force to replace it`);
  // The deepest part of the path that exists, with its links resolved, and the rest as given:
  // a folder still to be made inside a link to data/ is inside data/.
  let base = absolute;
  const rest: string[] = [];
  while (!existsSync(base) && dirname(base) !== base) {
    rest.unshift(basename(base));
    base = dirname(base);
  }
  const real = join(existsSync(base) ? realpathSync(base) : base, ...rest);
  const shown = real === absolute ? given : `${given} (${real})`;
  const root = realpathSync(ROOT);
  const rel = relative(root, real);
  const top = rel.split(sep)[0];
  const own = options.own ? join(root, options.own) : null;
  // The same folder under another name (a bind mount, a second link): compared by identity.
  const same = (a: string, b: string) => {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  };
  for (let dir = dirname(real); ; dir = dirname(dir)) {
    if (existsSync(dir))
      for (const folder of SOURCE_FOLDERS)
        if (
          same(dir, join(root, folder)) &&
          !(own && dirname(own) === join(root, folder) && real === join(dir, basename(own)))
        )
          fail(`${flag} ${given} is inside ${folder}/ under another name; choose another path`);
    if (dirname(dir) === dir) break;
  }
  if (
    !rel.startsWith('..') &&
    !isAbsolute(rel) &&
    top &&
    SOURCE_FOLDERS.includes(top) &&
    real !== own
  )
    fail(
      `${flag} ${shown} is inside ${top}/, which holds the atlas's source files; choose another path`,
    );
  if (existsSync(real)) {
    const st = statSync(real);
    if (options.folder ? !st.isDirectory() : !st.isFile())
      fail(
        `${flag} ${shown} is ${kindOf(st)}; name ${options.folder ? 'a folder' : 'a regular file'}`,
      );
    if (!options.folder && !options.force && real !== own)
      fail(`${flag} ${shown} exists; add --force to replace it`);
  }
  return real;
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed into place,
 * so a failure (a full disk, an interrupt) leaves any earlier file as it was.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  if (existsSync(path) && statSync(path).isDirectory())
    throw new CommandError(`cannot write ${path}: it is a folder; name a file`);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Something else stands at the temporary path; it is not ours to remove.
    }
    throw new CommandError(fsProblem('write', path, e));
  }
}
