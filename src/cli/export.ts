/**
 * npm run export -- --date 2022-01-06 [--out FILE]: one day as GeoJSON (stdout by default);
 * --format ID: a data file for other tools instead (see lib/toolFiles.ts).
 */
import { dayProblem } from '../model/days.ts';
import { Atlas } from '../model/atlas.ts';
import { exportDay } from '../outputs/exportDay.ts';
import { TOOL_FILES, toolFileLabel } from '../outputs/toolFiles.ts';
import { toolFileText } from '../outputs/toolFileText.ts';
import { loadDataset, readUnits } from '../node/data.ts';
import { daySvg } from '../node/daySvg.ts';
import {
  fail,
  langOption,
  parseCommandArgs,
  outputPath,
  command,
  runIfStarted,
  writeFileAtomic,
} from './common.ts';

const USAGE = `usage: npm run export -- --date YYYY-MM-DD [--svg [--lang en|ru|kk]] [--out FILE [--force]]
       npm run export -- --format ${TOOL_FILES.map((f) => f.id).join('|')} [--out FILE]

With --date, writes one day of the atlas as GeoJSON: the 17 regions with their statuses, the
places active that day, and the figures known by then, each with its sources. With --svg, the
day's map for print instead, composed like the PNG, with its text as text and its fonts inside,
in English, Russian or Kazakh (--lang). With --format,
writes a data file for other tools instead:
${TOOL_FILES.map((f) => `  ${f.id.padEnd(12)} ${toolFileLabel(f.id)}`).join('\n')}
Without --out it prints to standard output. FILE may not be in data/ or geo/ (wherever a link
leads), nor a device or a folder; an existing FILE is replaced only with --force, and only once
the new one is written whole.`;

export const main = command(USAGE, (args) => {
  const { values } = parseCommandArgs(args, {
    date: { type: 'string' },
    format: { type: 'string' },
    svg: { type: 'boolean' },
    lang: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
  });
  const lang = langOption(values.lang);
  if (values.lang !== undefined && !values.svg)
    fail('--lang goes with --svg: the data files keep the English names beside the others');
  const out = values.out ? outputPath(values.out, { force: values.force }) : undefined;
  const data = loadDataset();
  const atlas = new Atlas(data);
  const write = (text: string) => {
    if (!out) return void process.stdout.write(text + '\n');
    writeFileAtomic(out, text + '\n');
    console.error(`wrote ${values.out}`);
  };
  if (values.format !== undefined) {
    const file = TOOL_FILES.find((f) => f.id === values.format);
    if (!file)
      fail(`--format "${values.format}" is not one of ${TOOL_FILES.map((f) => f.id).join(', ')}`);
    if (values.date) fail('--date and --format do not go together: a file has every day');
    return write(toolFileText(file.id, data, atlas.state));
  }
  const range = `${data.period.start} to ${data.period.end}`;
  if (!values.date) fail(`--date is required: a day from ${range}, e.g. --date 2022-01-06`);
  const problem = dayProblem(values.date, data.period);
  if (problem) fail(`--date ${problem}`);
  if (values.svg) return write(daySvg(atlas, values.date, { lang }));
  write(
    JSON.stringify(exportDay(atlas.state(values.date), readUnits(), atlas.changes(values.date))),
  );
});

runIfStarted(import.meta.url, main);
