import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGeo } from '../../src/authoring/geoCheck.ts';
import { formatError } from '../../src/model/validate.ts';
import { ROOT, countryBounds } from '../../src/node/data.ts';
import { dataset } from '../helpers.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const unitsText = readFileSync(join(ROOT, 'geo/units.geojson'), 'utf8');
const bounds = countryBounds();

function errorsAfter(mutate: (units: Loose, places: Loose[]) => void) {
  const units = JSON.parse(unitsText);
  const places = structuredClone(dataset.places);
  mutate(units, places);
  return checkGeo(units, places, bounds);
}
const unit = (units: Loose, id: string) =>
  units.features.find((f: Loose) => f.properties.id === id);
/** The first outer ring of a unit, whatever its geometry type. */
const outerRing = (f: Loose) =>
  f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0];

describe('geo checks', () => {
  it('accept the real boundaries and gazetteer', () => {
    expect(errorsAfter(() => {}).map(formatError)).toEqual([]);
  });

  it('want the 17 unit ids exactly', () => {
    const errors = errorsAfter((units) => {
      unit(units, 'zhambyl').properties.id = 'zhambil';
      units.features = units.features.filter((f: Loose) => f.properties.id !== 'akmola');
    });
    expect(errors.map((e) => [e.id, e.field])).toEqual([
      ['zhambil', 'properties.id'],
      ['akmola', 'features'],
      ['zhambyl', 'features'],
    ]);
    expect(errors[0]!.expected).toContain('did you mean "zhambyl"?');
  });

  it('want polygons with closed rings and coordinates in range', () => {
    const errors = errorsAfter((units) => {
      unit(units, 'mangystau').geometry = { type: 'Point', coordinates: [52, 44] };
      outerRing(unit(units, 'pavlodar-region')).pop();
      outerRing(unit(units, 'kostanay-region'))[3] = [400, 200];
    });
    expect(errors.map((e) => [e.id, e.field.split('[')[0], e.expected])).toEqual([
      [
        'kostanay-region',
        'geometry.coordinates',
        'coordinates within [-180, 180] × [-90, 90], not [400, 200]',
      ],
      ['mangystau', 'geometry.type', 'Polygon or MultiPolygon'],
      ['pavlodar-region', 'geometry.coordinates', 'a closed ring (last position = first)'],
    ]);
  });

  it('find a boundary that crosses itself', () => {
    const errors = errorsAfter((units) => {
      const ring = outerRing(unit(units, 'atyrau-region'));
      [ring[2], ring[Math.floor(ring.length / 2)]] = [ring[Math.floor(ring.length / 2)], ring[2]];
    });
    expect(errors).toEqual([
      expect.objectContaining({
        id: 'atyrau-region',
        field: 'geometry',
        expected: 'a boundary that does not cross itself',
      }),
    ]);
  });

  it('find a place outside its unit, and swapped longitude and latitude', () => {
    const errors = errorsAfter((_, places) => {
      places.find((p) => p.id === 'zhanaozen').unit = 'pavlodar-region';
      const taraz = places.find((p) => p.id === 'taraz');
      taraz.coordinates = [taraz.coordinates[1], taraz.coordinates[0]];
      const minsk = places.find((p) => p.id === 'minsk');
      minsk.coordinates = [minsk.coordinates[1], minsk.coordinates[0]];
    });
    expect(errors.map((e) => [e.id, e.actual.replace(/^\[[^\]]*\], /, '')])).toEqual([
      ['zhanaozen', 'outside it'],
      ['taraz', 'outside it (longitude and latitude swapped?)'],
      ['minsk', 'outside them (longitude and latitude swapped?)'],
    ]);
  });
});
