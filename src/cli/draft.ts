/** npm run draft -- FILE --published YYYY-MM-DD: candidate records from a new article. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isDay } from '../model/days.ts';
import { draftArticle, withDrafts, type Drafts } from '../authoring/drafts.ts';
import { DRAFTS_FILE } from '../model/drafts.ts';
import { createGeoparser } from '../authoring/geoparser.ts';
import { formatError, type DataError } from '../model/validate.ts';
import {
  ROOT,
  allPlaces,
  articlesDir,
  decodeUtf8,
  MAX_TEXT_BYTES,
  readRegularFile,
  loadDataset,
  readArticleTexts,
  readRawData,
} from '../node/data.ts';
import { checkDrafts, readDrafts } from '../node/drafts.ts';
import {
  CommandError,
  fail,
  outputPath,
  parseCommandArgs,
  command,
  runIfStarted,
  writeFileAtomic,
} from './common.ts';

const USAGE = `usage: npm run draft -- FILE --published YYYY-MM-DD [--id ID] [--dry-run] [--drafts PATH]

Reads a new article (a UTF-8 text file) and writes candidate records to ${DRAFTS_FILE}: one
event per sentence that names a place and says what happened there, one figure per count, each
quoting its sentence, with the day the sentence gives (a relative day worked out from the
publication date is marked as an inference, with the reasoning). Every draft is checked by the
same support checker as the atlas's data; a draft that fails is left out and listed.

  --published   the day the article was published
  --id          the article's id (default: the file name without .txt)
  --dry-run     print the drafts instead of writing them
  --drafts      the drafts file to add to (default: ${DRAFTS_FILE})

Drafts of the same article replace its earlier drafts. Put the text in the articles folder
(${articlesDir()}, or $ARTICLES_DIR) so that \`npm run validate\` can check the quotes.`;

/** How many of the drafts left out, and of the sentences that gave none, are listed. */
const SHOWN = 25;

export const main = command(USAGE, (args) => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      published: { type: 'string' },
      id: { type: 'string' },
      'dry-run': { type: 'boolean' },
      drafts: { type: 'string' },
    },
    { positionals: true },
  );
  if (positionals.length !== 1)
    fail('name one text file, e.g. npm run draft -- new.txt --published 2022-01-08');
  const file = positionals[0]!;
  if (!values.published)
    fail('--published YYYY-MM-DD is needed: the day the article was published');
  if (!isDay(values.published))
    fail(`--published "${values.published}" is not a calendar day written YYYY-MM-DD`);
  const id = values.id ?? basename(file).replace(/\.txt$/i, '');
  if (!/^[\w.-]+$/.test(id)) fail(`--id "${id}": use letters, digits, "_", "-" and "."`);

  const draftsPath = outputPath(values.drafts ?? join(ROOT, DRAFTS_FILE), {
    own: DRAFTS_FILE,
    force: true,
    flag: '--drafts',
  });
  let text: string;
  try {
    text = decodeUtf8(readRegularFile(file, file, MAX_TEXT_BYTES), file);
  } catch (e) {
    // A file that cannot be read is the user's to fix, like any other (status 1).
    throw new CommandError((e as Error).message);
  }
  if (!/[\p{L}\p{N}]/u.test(text))
    throw new CommandError(`${file} holds no letter or digit: there is nothing to draft from`);

  const data = loadDataset();
  if (data.articles.some((a) => a.id === id))
    throw new CommandError(`article ${id} is already in data/articles.json; give another --id`);
  const places = allPlaces(data.places);
  const drafts = draftArticle(
    { id, file: `${id}.txt`, published: values.published, text },
    createGeoparser(places),
    places,
  );

  // Check the drafts as the atlas's data is checked; leave out what fails, and say why.
  const texts = { ...readArticleTexts(), [id]: text };
  // Read, merged and written under a lock: two runs at once would each keep only their own.
  const unlock = values['dry-run'] ? () => {} : lock(draftsPath);
  let kept: Drafts;
  let errors: ReturnType<typeof checkDrafts>;
  try {
    const earlier = readDrafts(draftsPath);
    errors = checkDrafts(data, readRawData(), withDrafts(earlier, drafts), texts);
    const failing = new Set(errors.filter((e) => e.file === DRAFTS_FILE).map((e) => e.id));
    const articleProblems = errors.filter((e) => e.id === id || e.file !== DRAFTS_FILE);
    if (articleProblems.length)
      throw new CommandError(
        `the drafts cannot be checked:\n${articleProblems.map((e) => formatError(e.file === DRAFTS_FILE && values.drafts ? { ...e, file: values.drafts } : e)).join('\n')}`,
      );
    kept = {
      ...drafts,
      events: drafts.events.filter((e) => !failing.has(e.id)),
      figures: drafts.figures.filter((f) => !failing.has(f.id)),
    };
    const next = withDrafts(earlier, kept);

    if (values['dry-run']) process.stdout.write(JSON.stringify(kept, null, 1) + '\n');
    else writeFileAtomic(draftsPath, draftsText(next));
  } finally {
    unlock();
  }

  const days = new Set(kept.events.map((e) => e.date.start));
  console.error(
    `${kept.events.length} event(s) over ${days.size} day(s) and ${kept.figures.length} figure(s) drafted from ${file}` +
      (values['dry-run'] ? '' : `, written to ${values.drafts ?? DRAFTS_FILE}`) +
      `; ${kept.events.filter((e) => e.dateCertainty === 'inferred').length} with an inferred day`,
  );
  // A few of each, so that a long text's notes do not bury the summary.
  const list = (lines: string[]) => {
    for (const line of lines.slice(0, SHOWN)) console.error(line);
    if (lines.length > SHOWN) console.error(`… and ${lines.length - SHOWN} more`);
  };
  // Named by the drafts file given, where one was.
  const named = (e: DataError) =>
    formatError(e.file === DRAFTS_FILE && values.drafts ? { ...e, file: values.drafts } : e);
  list(errors.filter((e) => e.file === DRAFTS_FILE).map((e) => `left out: ${named(e)}`));
  list(drafts.skipped.map((s) => `no draft: ${s.why}: ${JSON.stringify(s.sentence.slice(0, 90))}`));
  if (resolve(dirname(file)) !== resolve(articlesDir()))
    console.error(
      `note: copy ${file} to ${join(articlesDir(), `${id}.txt`)} so that npm run validate can check the quotes`,
    );
});

/**
 * Takes the drafts file's lock (a file beside it holding our process id), or refuses while
 * another live run holds it; a lock left by a run that died is taken over. Returns the release.
 */
function lock(path: string): () => void {
  const file = `${path}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(file, 'utf8'));
      let alive = false;
      try {
        alive = Number.isInteger(pid) && pid > 0 && process.kill(pid, 0);
      } catch {
        alive = false;
      }
      if (alive)
        throw new CommandError(
          `another npm run draft (process ${pid}) is writing ${path}; run this one again when it has finished`,
        );
      rmSync(file, { force: true });
    }
  }
  throw new CommandError(`cannot take the lock ${file}`);
}

/** One record per line, as the other data files are written. */
function draftsText(file: ReturnType<typeof withDrafts>): string {
  const list = (records: unknown[]) => records.map((r) => '  ' + JSON.stringify(r)).join(',\n');
  return `{\n"articles": [\n${list(file.articles)}\n],\n"events": [\n${list(file.events)}\n],\n"figures": [\n${list(file.figures)}\n]}\n`;
}

runIfStarted(import.meta.url, main);
