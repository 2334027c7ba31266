/** npm run validate: checks every data file, and every quote against its article. */
import { DATA_FILES } from '../node/data.ts';
import { checkProject } from '../node/checkProject.ts';
import { formatError } from '../model/validate.ts';
import { DRAFTS_FILE } from '../model/drafts.ts';
import { command, parseCommandArgs, runIfStarted } from './common.ts';

const USAGE = `usage: npm run validate

Checks every data file against its schema, every id and date, every quote against its article
(from ../shared/seeds, or $ARTICLES_DIR), and that every claim is stated by its quotes. Drafts
(${DRAFTS_FILE}, when there is one) go through the same checks. Each problem names the file,
the record, the field, what was expected and what was found.`;

export const main = command(USAGE, (args) => {
  parseCommandArgs(args, {});
  const check = checkProject();
  for (const note of check.notes) console.error(`note: ${note}`);
  if (check.errors.length) {
    for (const e of check.errors) console.error(formatError(e));
    console.error(`${check.errors.length} problem(s) in the data files`);
    return 1;
  }
  const d = check.data!;
  const drafts = check.drafts;
  console.log(
    `ok: ${DATA_FILES.length} data files and the 17 units of geo/; ${d.places.length} places, ${d.events.length} events, ` +
      `${d.statuses.length + d.csto.length} status records, ${d.figures.length} figures, ` +
      `${check.tourStops} tour stops` +
      (drafts.articles
        ? `; ${drafts.events} draft events and ${drafts.figures} draft figures from ${drafts.articles} new article(s)`
        : '') +
      (check.quotesChecked
        ? `; every quote found in its article and every claim stated by its quotes`
        : ''),
  );
});

runIfStarted(import.meta.url, main);
