/** npm run validate: checks every data file, and every quote against its article. */
import {
  DATA_FILES,
  articlesDir,
  readArticleTexts,
  readRawData,
  readTour,
  validateGeo,
  validateWithSources,
} from '../node/data.ts';
import { formatError } from '../model/validate.ts';
import { DRAFTS_FILE } from '../model/drafts.ts';
import { checkDrafts, readDrafts } from '../node/drafts.ts';
import { command, parseCommandArgs, runIfStarted } from './common.ts';

const USAGE = `usage: npm run validate

Checks every data file against its schema, every id and date, every quote against its article
(from ../shared/seeds, or $ARTICLES_DIR), and that every claim is stated by its quotes. Drafts
(${DRAFTS_FILE}, when there is one) go through the same checks. Each problem names the file,
the record, the field, what was expected and what was found.`;

export const main = command(USAGE, (args) => {
  parseCommandArgs(args, {});
  const texts = readArticleTexts();
  if (!texts)
    console.error(
      `note: no articles at ${articlesDir()} (set ARTICLES_DIR); quotes and claims not checked`,
    );
  const result = validateWithSources(readRawData(), texts);
  // geo/ is checked once the data is sound: it needs the gazetteer's places.
  const tour = result.ok ? readTour(result.data) : null;
  const drafts = readDrafts();
  const errors = result.ok
    ? [
        ...validateGeo(result.data.places),
        ...(tour && !tour.ok ? tour.errors : []),
        ...checkDrafts(result.data, readRawData(), drafts, texts),
      ]
    : result.errors;
  if (!result.ok || errors.length) {
    for (const e of errors) console.error(formatError(e));
    console.error(`${errors.length} problem(s) in the data files`);
    return 1;
  }
  const d = result.data;
  console.log(
    `ok: ${DATA_FILES.length} data files and the 17 units of geo/; ${d.places.length} places, ${d.events.length} events, ` +
      `${d.statuses.length + d.csto.length} status records, ${d.figures.length} figures, ` +
      `${tour?.ok ? tour.stops.length : 0} tour stops` +
      (drafts.articles.length
        ? `; ${drafts.events.length} draft events and ${drafts.figures.length} draft figures from ${drafts.articles.length} new article(s)`
        : '') +
      (texts ? `; every quote found in its article and every claim stated by its quotes` : ''),
  );
});

runIfStarted(import.meta.url, main);
