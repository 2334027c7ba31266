/** npm run export -- --date 2022-01-06 [--out FILE]: one day as GeoJSON (stdout by default). */
import { dayProblem } from '../lib/days.ts';
import { dayState } from '../lib/dayState.ts';
import { changesOn } from '../lib/changes.ts';
import { exportDay } from '../lib/exportDay.ts';
import { loadDataset, readUnits } from '../node/data.ts';
import { fail, parseCommandArgs, refuseSourceFolder, run, writeFileAtomic } from './common.ts';

const USAGE = `usage: npm run export -- --date YYYY-MM-DD [--out FILE]

Writes one day of the atlas as GeoJSON: the 17 regions with their statuses, the places active
that day, and the figures known by then, each with its sources. Without --out it prints to
standard output. An existing FILE is replaced only once the new one is written whole.`;

run(() => {
  const { values } = parseCommandArgs(USAGE, {
    date: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.out) refuseSourceFolder(values.out);
  const data = loadDataset();
  const range = `${data.period.start} to ${data.period.end}`;
  if (!values.date) fail(`--date is required: a day from ${range}, e.g. --date 2022-01-06`);
  const problem = dayProblem(values.date, data.period);
  if (problem) fail(`--date ${problem}`);
  const state = dayState(data, values.date);
  const json = JSON.stringify(exportDay(state, readUnits(), changesOn(data, state)));
  if (!values.out) return void process.stdout.write(json + '\n');
  writeFileAtomic(values.out, json + '\n');
  console.error(`wrote ${values.out}`);
});
