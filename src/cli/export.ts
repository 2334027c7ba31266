/** npm run export -- --date 2022-01-06 [--out FILE]: one day as GeoJSON (stdout by default). */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isDay } from '../lib/days.ts';
import { dayState, isDayInRange } from '../lib/dayState.ts';
import { exportDay } from '../lib/exportDay.ts';
import { loadDataset, readUnits } from '../lib/loadNode.ts';
import { fail, run } from './common.ts';

run(() => {
  const { values } = parseArgs({ options: { date: { type: 'string' }, out: { type: 'string' } } });
  const data = loadDataset();
  const range = `${data.period.start} to ${data.period.end}`;
  if (!values.date) fail(`--date is required: a day from ${range}, e.g. --date 2022-01-06`);
  if (!isDay(values.date))
    fail(
      `--date "${values.date}" is not a calendar day written YYYY-MM-DD; valid days run from ${range}`,
    );
  if (!isDayInRange(data, values.date))
    fail(`--date ${values.date} is outside the period the articles cover: ${range}`);
  const json = JSON.stringify(exportDay(dayState(data, values.date), readUnits()));
  if (!values.out) return void process.stdout.write(json + '\n');
  try {
    writeFileSync(values.out, json + '\n');
  } catch (e) {
    fail(
      `cannot write ${values.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  console.error(`wrote ${values.out}`);
});
