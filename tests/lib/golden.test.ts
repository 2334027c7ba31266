/**
 * Golden files: the outputs of key days as files a reviewer can open (SVG in a browser, GeoJSON
 * in any GeoJSON viewer, CSV in a spreadsheet) and whose changes show in `git diff`. After a
 * deliberate change, `npm run test:update` writes them again.
 */
import { describe, expect, it } from 'vitest';
import { changesOn } from '../../src/model/changes.ts';
import { dayState } from '../../src/model/dayState.ts';
import { eventsCsv, statusesCsv } from '../../src/outputs/csv.ts';
import { exportDay } from '../../src/outputs/exportDay.ts';
import { dayFeatures } from '../../src/outputs/mapData.ts';
import { describeSnapshot } from '../../src/outputs/snapshot.ts';
import { buildStyle } from '../../src/outputs/style.ts';
import { KAZAKHSTAN_BOUNDS } from '../../src/outputs/drawing.ts';
import { dayMapSvg } from '../../src/outputs/svgMap.ts';
import { readGeo } from '../../src/node/data.ts';
import { atlas, dataset, units } from '../helpers.ts';

const GOLDEN = '../golden';
const neighbours = readGeo('geo/neighbours.geojson');
const KEY_DAYS = ['2022-01-05', '2022-01-13', '2022-01-20'];

const round = (_key: string, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v);
/**
 * JSON with numbers rounded to 6 decimals (about 0.1 m), each top-level key and each item of a
 * top-level array on a line of its own: a diff shows which feature or layer changed.
 */
function json(value: object): string {
  const line = (v: unknown) => JSON.stringify(v, round);
  const entry = ([k, v]: [string, unknown]) =>
    Array.isArray(v)
      ? `${line(k)}: [${v.length ? `\n${v.map(line).join(',\n')}\n` : ''}]`
      : `${line(k)}: ${line(v)}`;
  return Array.isArray(value)
    ? `[\n${value.map(line).join(',\n')}\n]\n`
    : `{\n${Object.entries(value).map(entry).join(',\n')}\n}\n`;
}

describe.each(KEY_DAYS)('the outputs of %s', (day) => {
  const state = dayState(dataset, day);
  const changes = changesOn(dataset, state);
  const name = day.slice(-2);

  it('as SVG for print (without its embedded fonts)', async () => {
    const caption = describeSnapshot(atlas, day, 'en');
    const svg = dayMapSvg(dataset, { units, neighbours }, state, changes, caption, {
      lang: 'en',
      width: 1200,
      height: 900,
      bounds: KAZAKHSTAN_BOUNDS,
      fontFaces: '',
    });
    await expect(svg).toMatchFileSnapshot(`${GOLDEN}/day-${name}.svg`);
  });

  it('as the GeoJSON of npm run export', async () => {
    await expect(json(exportDay(state, units, changes))).toMatchFileSnapshot(
      `${GOLDEN}/day-${name}.geojson`,
    );
  });

  it("as the map's places and arcs", async () => {
    await expect(json(dayFeatures(dataset, state))).toMatchFileSnapshot(
      `${GOLDEN}/map-data-${name}.geojson`,
    );
  });
});

describe('the outputs of every day', () => {
  it('as the events CSV', async () => {
    await expect(eventsCsv(dataset)).toMatchFileSnapshot(`${GOLDEN}/events.csv`);
  });

  it('as the regions CSV', async () => {
    await expect(statusesCsv(dataset, (d) => dayState(dataset, d))).toMatchFileSnapshot(
      `${GOLDEN}/regions.csv`,
    );
  });

  it("as the map style's layers, in their order", async () => {
    const style = buildStyle({
      data: dataset,
      units,
      neighbours,
      world: readGeo('geo/world.geojson'),
      fonts: { regular: ['regular.woff2'], bold: ['bold.woff2'] },
    });
    await expect(json(style.layers)).toMatchFileSnapshot(`${GOLDEN}/style-layers.json`);
  });
});
