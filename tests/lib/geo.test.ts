import { describe, expect, it } from 'vitest';
import area from '@turf/area';
import kinks from '@turf/kinks';
import intersect from '@turf/intersect';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { UNITS } from '../../src/model/units.ts';
import { units } from '../helpers.ts';

type Area = Feature<Polygon | MultiPolygon, { id: string; approximate: boolean; name: string }>;
const features = units.features as Area[];
const rings = (f: Area): Position[][] =>
  f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();

describe('geo/units.geojson', () => {
  it('has the 17 units of January 2022 and none of the June 2022 reform', () => {
    expect(features.map((f) => f.properties.id).sort()).toEqual(UNITS.map((u) => u.id).sort());
    const names = features.map((f) => f.properties.name).join(' ');
    for (const later of ['Abai', 'Jetisu', 'Ulytau']) expect(names).not.toContain(later);
  });

  it('has closed rings of at least four positions', () => {
    for (const f of features)
      for (const ring of rings(f)) {
        expect(ring.length, f.properties.id).toBeGreaterThanOrEqual(4);
        expect(ring[0], f.properties.id).toEqual(ring[ring.length - 1]);
      }
  });

  it('has no self-intersections', () => {
    for (const f of features) expect(kinks(f).features.length, f.properties.id).toBe(0);
  });

  it('has no overlaps between units beyond 1 km²', () => {
    for (let i = 0; i < features.length; i++)
      for (let j = i + 1; j < features.length; j++) {
        const overlap = intersect(featureCollection([features[i]!, features[j]!]));
        const km2 = overlap ? area(overlap) / 1e6 : 0;
        expect(km2, `${features[i]!.properties.id} × ${features[j]!.properties.id}`).toBeLessThan(
          1,
        );
      }
  });

  it("covers close to Kazakhstan's 2,724,900 km²", () => {
    const total = features.reduce((s, f) => s + area(f) / 1e6, 0);
    expect(Math.abs(total - 2_724_900) / 2_724_900).toBeLessThan(0.02);
  });

  it('gives Shymkent about its official 1,170 km² and marks the derived units approximate', () => {
    const byId = new Map(features.map((f) => [f.properties.id, f]));
    expect(area(byId.get('shymkent-city')!) / 1e6).toBeCloseTo(1170, -1);
    expect(byId.get('shymkent-city')!.properties.approximate).toBe(true);
    expect(byId.get('turkestan-region')!.properties.approximate).toBe(true);
    expect(byId.get('mangystau')!.properties.approximate).toBe(false);
  });
});
