/**
 * Checks the boundary file and the gazetteer's coordinates: the 17 unit ids exactly, polygons
 * only, closed rings, coordinates in range, no self-intersections, and every place inside its
 * recorded unit (or, abroad, inside its country's bounds), which also catches swapped
 * longitude and latitude.
 */
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import kinks from '@turf/kinks';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Place } from '../model/schema.ts';
import { UNIT_IDS } from '../model/units.ts';
import { didYouMean, type DataError } from '../model/validate.ts';

export type BBox = [number, number, number, number];

const FILE = 'geo/units.geojson';

function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return 'a ring of at least 4 positions';
  for (const p of ring as unknown[]) {
    if (
      !Array.isArray(p) ||
      p.length < 2 ||
      !p.every((n) => typeof n === 'number' && Number.isFinite(n))
    )
      return 'positions of two finite numbers';
    const [lon, lat] = p as number[];
    if (lon! < -180 || lon! > 180 || lat! < -90 || lat! > 90)
      return `coordinates within [-180, 180] × [-90, 90], not [${lon}, ${lat}]`;
  }
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) return 'a closed ring (last position = first)';
  return null;
}

const inside = (p: Position, b: BBox) =>
  p[0]! >= b[0] && p[0]! <= b[2] && p[1]! >= b[1] && p[1]! <= b[3];

/**
 * @param units the parsed geo/units.geojson
 * @param countryBounds bounds of the countries abroad, by the name a country place records
 */
export function checkGeo(
  units: unknown,
  places: Place[],
  countryBounds: Map<string, BBox>,
): DataError[] {
  const errors: DataError[] = [];
  const err = (file: string, id: string, field: string, expected: string, actual: string) =>
    errors.push({ file, id, field, expected, actual });

  const fc = units as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    err(FILE, '(file)', 'type', 'a GeoJSON FeatureCollection', JSON.stringify(fc?.type ?? null));
    return errors;
  }
  const byId = new Map<string, Feature<Polygon | MultiPolygon>>();
  (fc.features as Feature[]).forEach((f, i) => {
    const id = (f?.properties as { id?: unknown } | null)?.id;
    const where = typeof id === 'string' ? id : `features[${i}]`;
    if (typeof id !== 'string' || !(UNIT_IDS as readonly string[]).includes(id)) {
      const hint = typeof id === 'string' ? didYouMean(id, UNIT_IDS) : undefined;
      err(
        FILE,
        where,
        'properties.id',
        `one of the 17 unit ids${hint ? ` (did you mean "${hint}"?)` : ''}`,
        JSON.stringify(id ?? null),
      );
      return;
    }
    if (byId.has(id))
      return void err(FILE, id, 'properties.id', 'each unit once', 'a second feature');
    const g = f.geometry as Polygon | MultiPolygon | null;
    const type: unknown = g?.type;
    if (!g || (type !== 'Polygon' && type !== 'MultiPolygon'))
      return void err(
        FILE,
        id,
        'geometry.type',
        'Polygon or MultiPolygon',
        JSON.stringify(type ?? null),
      );
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const [k, polygon] of (Array.isArray(polygons) ? polygons : []).entries())
      for (const [r, ring] of (Array.isArray(polygon) ? polygon : []).entries()) {
        const problem = ringProblem(ring);
        if (problem)
          return void err(
            FILE,
            id,
            `geometry.coordinates[${g.type === 'Polygon' ? r : `${k}][${r}`}]`,
            problem,
            'otherwise',
          );
      }
    // Kazakhstan lies between 46° and 88° east, 40° and 56° north; a ring of latitude,
    // longitude pairs lies elsewhere.
    const [w, s, e, n] = bbox(f as Feature<Polygon | MultiPolygon>);
    if (w < 45 || e > 89 || s < 39 || n > 57)
      return void err(
        FILE,
        id,
        'geometry.coordinates',
        'longitude, latitude pairs inside Kazakhstan (46–88° E, 40–56° N)',
        `a boundary over [${[w, s, e, n].map((x) => x.toFixed(1)).join(', ')}]${s >= 45 && n <= 89 && w >= 39 && e <= 57 ? ' (longitude and latitude swapped)' : ''}`,
      );
    const crossings = kinks(f as Feature<Polygon | MultiPolygon>).features;
    if (crossings.length) {
      const [lon, lat] = crossings[0]!.geometry.coordinates;
      return void err(
        FILE,
        id,
        'geometry',
        'a boundary that does not cross itself',
        `${crossings.length} crossing(s), the first at [${lon}, ${lat}]`,
      );
    }
    byId.set(id, f as Feature<Polygon | MultiPolygon>);
  });
  for (const id of UNIT_IDS)
    if (!byId.has(id) && !errors.some((e) => e.id === id))
      err(FILE, id, 'features', `a feature for unit "${id}"`, 'none');
  if (byId.size !== UNIT_IDS.length) return errors;

  // Every place in its unit; Kazakhstan's own point inside the country; places abroad inside
  // their country's bounds.
  const country = bbox({ type: 'FeatureCollection', features: [...byId.values()] }) as BBox;
  const countryNames = new Map(
    places
      .filter((p) => p.kind === 'country')
      .map((p) => [p.country, p.source.record.name ?? p.name]),
  );
  for (const p of places) {
    const at = `[${p.coordinates.join(', ')}]`;
    if (p.country === 'KZ') {
      if (!inside(p.coordinates, country))
        err(
          'data/gazetteer.json',
          p.id,
          'coordinates',
          `a point inside Kazakhstan (longitude, latitude)`,
          `${at}, outside it${inside([p.coordinates[1], p.coordinates[0]], country) ? ' (longitude and latitude swapped?)' : ''}`,
        );
      else if (
        p.unit &&
        byId.has(p.unit) &&
        !booleanPointInPolygon(p.coordinates, byId.get(p.unit)!)
      )
        err(
          'data/gazetteer.json',
          p.id,
          'coordinates',
          `a point inside its unit "${p.unit}"`,
          `${at}, outside it`,
        );
      continue;
    }
    const bounds = countryBounds.get(countryNames.get(p.country) ?? '');
    if (bounds && !inside(p.coordinates, bounds))
      err(
        'data/gazetteer.json',
        p.id,
        'coordinates',
        `a point inside ${countryNames.get(p.country)}'s bounds (longitude, latitude)`,
        `${at}, outside them${inside([p.coordinates[1], p.coordinates[0]], bounds) ? ' (longitude and latitude swapped?)' : ''}`,
      );
  }
  return errors;
}
