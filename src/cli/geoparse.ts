/**
 * npm run geoparse -- FILE...: every place named in the files, as a JSON array.
 * npm run geoparse -- --jsonl: a stream of articles, one JSON object a line, in constant memory.
 */
import { statSync } from 'node:fs';
import { geoparseLines } from '../node/geoparseLines.ts';
import { createGeoparser } from '../authoring/geoparser.ts';
import {
  allPlaces,
  decodeUtf8,
  loadDataset,
  MAX_TEXT_BYTES,
  readRegularFile,
} from '../node/data.ts';
import {
  CommandError,
  fail,
  fsProblem,
  parseCommandArgs,
  command,
  runIfStarted,
} from './common.ts';

const USAGE = `usage: npm run geoparse -- FILE...
       npm run geoparse -- --jsonl < articles.jsonl > mentions.jsonl

Prints every place that the text files name, as JSON: the file, the offsets (UTF-16 code
units), the words as written, the place with its coordinates, and for a name several places
share, the reason for the one taken. Places come from the curated gazetteer and the
country-wide one (geo/places-kz.json).

With --jsonl, reads one JSON object per line from standard input, {"id": ..., "text": "..."},
and writes one line per article, {"id": ..., "mentions": [...]}, as each is read: an archive of
any size goes through in constant memory, and splits across processes with xargs or GNU
parallel. A line that is not such an object is reported on standard error with its number and
skipped; the exit status is then 1.`;

export const main = command(USAGE, async (args) => {
  const { values, positionals: files } = parseCommandArgs(
    args,
    { jsonl: { type: 'boolean' } },
    { positionals: true },
  );
  if (values.jsonl) {
    if (files.length) fail('--jsonl reads standard input: name no files');
    const parser = createGeoparser(allPlaces(loadDataset().places));
    const skipped = await geoparseLines(parser, process.stdin, process.stdout, (m) =>
      console.error(m),
    );
    return skipped ? 1 : 0;
  }
  if (!files.length)
    fail('name one or more text files, e.g. npm run geoparse -- ../shared/seeds/*.txt');
  const texts = files.map((file) => {
    try {
      if (statSync(file).isDirectory())
        throw new CommandError(`cannot read ${file}: it is a folder; name text files`);
      return decodeUtf8(readRegularFile(file, file, MAX_TEXT_BYTES), file);
    } catch (e) {
      if (e instanceof CommandError || (e as Error).name === 'DataFileError') throw e;
      throw new CommandError(fsProblem('read', file, e));
    }
  });
  const parser = createGeoparser(allPlaces(loadDataset().places));
  const out = files.flatMap((file, i) => parser.parse(texts[i]!).map((m) => ({ file, ...m })));
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
});

runIfStarted(import.meta.url, main);
