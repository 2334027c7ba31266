/** npm run geoparse -- FILE...: every gazetteer place named in the files, as a JSON array. */
import { readFileSync } from 'node:fs';
import { createGeoparser } from '../lib/geoparser.ts';
import { loadDataset } from '../lib/loadNode.ts';
import { fail, run } from './common.ts';

run(() => {
  const files = process.argv.slice(2).filter((a) => a !== '--');
  if (!files.length)
    fail('name one or more text files, e.g. npm run geoparse -- ../shared/seeds/*.txt');
  const parser = createGeoparser(loadDataset().places);
  const out = files.flatMap((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    return parser.parse(text).map((m) => ({ file, ...m }));
  });
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
});
