/** npm run validate: checks every data file, and every quote against its article. */
import {
  DATA_FILES,
  articlesDir,
  readArticleTexts,
  readRawData,
  validateGeo,
  validateWithSources,
} from '../node/data.ts';
import { formatError } from '../lib/validate.ts';
import { parseCommandArgs, run } from './common.ts';

const USAGE = `usage: npm run validate

Checks every data file against its schema, every id and date, every quote against its article
(from ../shared/seeds, or $ARTICLES_DIR), and that every claim is stated by its quotes. Each
problem names the file, the record, the field, what was expected and what was found.`;

run(() => {
  parseCommandArgs(USAGE, {});
  const texts = readArticleTexts();
  if (!texts)
    console.error(
      `note: no articles at ${articlesDir()} (set ARTICLES_DIR); quotes and claims not checked`,
    );
  const checked = validateWithSources(readRawData(), texts);
  const result = checked.ok
    ? (() => {
        const geo = validateGeo(checked.data.places);
        return geo.length ? { ok: false as const, errors: geo } : checked;
      })()
    : checked;
  if (!result.ok) {
    for (const e of result.errors) console.error(formatError(e));
    console.error(`${result.errors.length} problem(s) in the data files`);
    process.exitCode = 1;
    return;
  }
  const d = result.data;
  console.log(
    `ok: ${DATA_FILES.length} data files and the 17 units of geo/; ${d.places.length} places, ${d.events.length} events, ` +
      `${d.statuses.length + d.csto.length} status records, ${d.figures.length} figures` +
      (texts ? `; every quote found in its article and every claim stated by its quotes` : ''),
  );
});
