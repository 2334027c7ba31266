/** npm run review -- [FILE --published YYYY-MM-DD] [--id ID] [--port N]: the review screen. */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { isDay } from '../model/days.ts';
import { decodeUtf8 } from '../node/data.ts';
import { reviewUrl, startReviewServer } from '../node/reviewServer.ts';
import {
  CommandError,
  command,
  fail,
  fsProblem,
  parseCommandArgs,
  runIfStarted,
} from './common.ts';

const USAGE = `usage: npm run review -- [FILE --published YYYY-MM-DD] [--id ID] [--port N]

Opens the review screen on this machine (127.0.0.1): a new article beside the drafts made from
it, each with the support checker's verdict, to accept, edit or reject; a small map of what is
accepted; Save adds the article, its text (to data/texts/) and the accepted records to data/,
after checking them with the rest of the data and keeping a backup that Undo puts back. The
atlas itself, at the same address, shows what was saved.

  FILE          a UTF-8 text file to open at once (or paste a text on the screen)
  --published   the day the article was published
  --id          the article's id (default: the file name without .txt)
  --port        the port to listen on (default 5174, or the next free one)`;

export const main = command(USAGE, async (args) => {
  const { values, positionals } = parseCommandArgs(
    args,
    { published: { type: 'string' }, id: { type: 'string' }, port: { type: 'string' } },
    { positionals: true },
  );
  if (positionals.length > 1) fail('name at most one text file');
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536))
    fail(`--port "${values.port}" is not a port number (1 to 65535)`);
  let source = null;
  const file = positionals[0];
  if (file) {
    if (!values.published) fail('--published YYYY-MM-DD is needed with a file');
    if (!isDay(values.published))
      fail(`--published "${values.published}" is not a calendar day written YYYY-MM-DD`);
    let text: string;
    try {
      if (statSync(file).isDirectory())
        throw new CommandError(`cannot read ${file}: it is a folder`);
      text = decodeUtf8(readFileSync(file), file);
    } catch (e) {
      if (e instanceof CommandError || (e as Error).name === 'DataFileError') throw e;
      throw new CommandError(fsProblem('read', file, e));
    }
    const id = values.id ?? basename(file).replace(/\.txt$/i, '');
    if (!/^[\w.-]+$/.test(id)) fail(`--id "${id}": use letters, digits, "_", "-" and "."`);
    source = { id, published: values.published, text };
  }
  const server = await startReviewServer({ source, port });
  console.log(
    `review screen: ${reviewUrl(server)}\nthe atlas: ${server.resolvedUrls!.local[0]}\n(Ctrl-C stops it)`,
  );
  // Runs until stopped.
  await new Promise(() => {});
});

runIfStarted(import.meta.url, main);
