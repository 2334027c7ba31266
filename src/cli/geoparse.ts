/** npm run geoparse -- FILE...: every place named in the files, as a JSON array. */
import { readFileSync, statSync } from 'node:fs';
import { createGeoparser } from '../authoring/geoparser.ts';
import { allPlaces, decodeUtf8, loadDataset } from '../node/data.ts';
import {
  CommandError,
  fail,
  fsProblem,
  parseCommandArgs,
  command,
  runIfStarted,
} from './common.ts';

const USAGE = `usage: npm run geoparse -- FILE...

Prints every place that the text files name, as JSON: the file, the offsets (UTF-16 code
units), the words as written, the place with its coordinates, and for a name several places
share, the reason for the one taken. Places come from the curated gazetteer and the
country-wide one (geo/places-kz.json).`;

export const main = command(USAGE, (args) => {
  const { positionals: files } = parseCommandArgs(args, {}, { positionals: true });
  if (!files.length)
    fail('name one or more text files, e.g. npm run geoparse -- ../shared/seeds/*.txt');
  const texts = files.map((file) => {
    try {
      if (statSync(file).isDirectory())
        throw new CommandError(`cannot read ${file}: it is a folder; name text files`);
      return decodeUtf8(readFileSync(file), file);
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
