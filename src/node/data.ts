/**
 * Reading the data files and the articles from disk, for the command-line tools and the tests.
 */
import { checkTour, TOUR_FILE, type TourResult } from '../model/tour.ts';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawDataFiles } from '../model/schema.ts';
import { JsonTextError, parseJsonText, schemaProblem } from '../model/jsonText.ts';
import type { UnitsCollection } from '../outputs/exportDay.ts';
import { checkSupport } from '../authoring/support.ts';
import * as v from 'valibot';
import {
  CountryGazetteerSchema,
  mergeGazetteers,
  type CountryGazetteer,
} from '../model/countryGazetteer.ts';
import { createRequire } from 'node:module';
import bbox from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { checkGeo, type BBox } from '../authoring/geoCheck.ts';
import type { Dataset, Place } from '../model/schema.ts';
import {
  formatError,
  validateDataset,
  type ArticleTexts,
  type DataError,
  type ValidationResult,
} from '../model/validate.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The articles folder: $ARTICLES_DIR, or ../shared/seeds beside the project. */
export function articlesDir(): string {
  return process.env.ARTICLES_DIR
    ? resolve(process.env.ARTICLES_DIR)
    : resolve(ROOT, '../shared/seeds');
}

/** Where the texts of articles added with the review screen are kept, in the data folder. */
export const ADDED_TEXTS = 'data/texts';

/**
 * Article texts by id (the file name without .txt), or undefined when the folder is absent.
 * Without a folder named: the articles folder and the texts added to the data (data/texts/).
 */
export function readArticleTexts(dir?: string, dataRoot = ROOT): ArticleTexts | undefined {
  if (dir === undefined) {
    const texts = readArticleTexts(articlesDir());
    const added = join(dataRoot, ADDED_TEXTS);
    return texts && existsSync(added) ? { ...texts, ...readArticleTexts(added) } : texts;
  }
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory())
    throw new DataFileError(
      `the articles folder ${dir} is a file, not a folder (check ARTICLES_DIR)`,
    );
  const texts: ArticleTexts = {};
  for (const f of readdirSync(dir))
    if (f.endsWith('.txt'))
      texts[f.slice(0, -4)] = decodeUtf8(
        readRegularFile(join(dir, f), join(dir, f), MAX_TEXT_BYTES),
        join(dir, f),
      );
  return texts;
}

export const DATA_FILES = [
  'data/articles.json',
  'data/gazetteer.json',
  'data/events.json',
  'data/statuses.json',
  'data/figures.json',
] as const;

export class DataFileError extends Error {}

/** The bytes of a file as text; anything but UTF-8 is refused with the file's name. */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DataFileError(`${name}: not UTF-8 text; save it as UTF-8`);
  }
}

/** The most a data file may weigh: the largest, the country-wide gazetteer, is under 1 MB. */
export const MAX_DATA_BYTES = 50_000_000;
/** The most an article's text may weigh. */
export const MAX_TEXT_BYTES = 200_000_000;

/**
 * A file's bytes, read only when it is a regular file (not a device, a pipe or a folder, which
 * may never end) of at most `limit` bytes; otherwise a DataFileError that names it.
 */
export function readRegularFile(path: string, name: string, limit: number): Buffer {
  try {
    const st = statSync(path);
    if (st.isDirectory())
      throw new DataFileError(`${name}: cannot read it (it is a folder; ${path})`);
    if (!st.isFile())
      throw new DataFileError(
        `${name}: cannot read it (not a regular file, a device or a pipe; ${path})`,
      );
    if (st.size > limit)
      throw new DataFileError(
        `${name}: ${(st.size / 1e6).toFixed(1)} MB, more than the ${limit / 1e6} MB read here (${path})`,
      );
    return readFileSync(path);
  } catch (e) {
    if (e instanceof DataFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'the file is missing' : (code ?? (e as Error).message);
    throw new DataFileError(`${name}: cannot read it (${why}; ${path})`);
  }
}

export function readJson(path: string, name: string): unknown {
  const bytes = readRegularFile(path, name, MAX_DATA_BYTES);
  try {
    return parseJsonText(decodeUtf8(bytes, name), name);
  } catch (e) {
    if (e instanceof JsonTextError) throw new DataFileError(e.message);
    throw e;
  }
}

export function readRawData(dataRoot = ROOT): RawDataFiles {
  const out = {} as Record<string, unknown>;
  for (const f of DATA_FILES) out[f] = readJson(join(dataRoot, f), f);
  return out as unknown as RawDataFiles;
}

/** Reads data/tour.json and checks it against the dataset; problems as DataErrors. */
export function readTour(data: Dataset, dataRoot = ROOT): TourResult {
  return checkTour(readJson(join(dataRoot, TOUR_FILE), TOUR_FILE), data);
}

/** Bounding boxes of the world's countries by name (Natural Earth via world-atlas). */
export function countryBounds(): Map<string, BBox> {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const out = new Map<string, BBox>();
  for (const f of topoFeature(topology, topology.objects.countries).features)
    out.set(f.properties.name, bbox(f) as BBox);
  return out;
}

/** Problems in geo/units.geojson and in the gazetteer's coordinates (see geoCheck.ts). */
export function validateGeo(places: Place[], root = ROOT): DataError[] {
  const errors = checkGeo(
    readJson(join(root, 'geo/units.geojson'), 'geo/units.geojson'),
    places,
    countryBounds(),
  );
  // The page's other boundaries: each read through the same reader, which names a bad file.
  for (const file of ['geo/neighbours.geojson', 'geo/world.geojson']) {
    const fc = readJson(join(root, file), file) as { type?: unknown; features?: unknown };
    if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
      errors.push({
        file,
        id: '(file)',
        field: 'type',
        expected: 'a GeoJSON FeatureCollection',
        actual: JSON.stringify(fc?.type ?? null),
      });
  }
  // The country-wide gazetteer: every place inside Kazakhstan's bounds.
  const [west, south, east, north] = [46.4, 40.5, 87.4, 55.5];
  const inKz = ([lon, lat]: readonly number[]) =>
    lon! >= west && lon! <= east && lat! >= south && lat! <= north;
  for (const p of readCountryGazetteer(root).places)
    if (!inKz(p.coordinates))
      errors.push({
        file: COUNTRY_GAZETTEER,
        id: String(p.geonameId),
        field: 'coordinates',
        expected: 'a point inside Kazakhstan (longitude, latitude)',
        actual: `[${p.coordinates.join(', ')}]${inKz([p.coordinates[1]!, p.coordinates[0]!]) ? ' (longitude and latitude swapped?)' : ''}`,
      });
  return errors;
}

/** The 17 units' boundaries; throws with every problem listed when the file is not sound. */
export function readUnits(root = ROOT): UnitsCollection {
  const units = readJson(join(root, 'geo/units.geojson'), 'geo/units.geojson');
  const problems = checkGeo(units, [], new Map());
  if (problems.length) throw new DataFileError(problems.map(formatError).join('\n'));
  return units as UnitsCollection;
}

/** Another GeoJSON file of geo/ (the neighbours, the world), as a FeatureCollection. */
export function readGeo(file: string, root = ROOT): FeatureCollection {
  const json = readJson(join(root, file), file) as FeatureCollection;
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features))
    throw new DataFileError(`${file}: expected a GeoJSON FeatureCollection`);
  return json;
}

/**
 * Validates the data files and, when the article texts are given, checks that every claim is
 * stated by its quotes (support.ts).
 */
export function validateWithSources(raw: RawDataFiles, texts?: ArticleTexts): ValidationResult {
  const result = validateDataset(raw, texts);
  if (!result.ok || !texts) return result;
  const errors = checkSupport(result.data, texts);
  return errors.length ? { ok: false, errors } : result;
}

/** The validated dataset; throws with every problem listed when the data is invalid. */
export function loadDataset(options: { root?: string; texts?: ArticleTexts } = {}) {
  const result: ValidationResult = validateWithSources(readRawData(options.root), options.texts);
  if (!result.ok) throw new DataFileError(result.errors.map(formatError).join('\n'));
  return result.data;
}

export const COUNTRY_GAZETTEER = 'geo/places-kz.json';

/** Kazakhstan's populated places from GeoNames (see countryGazetteer.ts). */
export function readCountryGazetteer(root = ROOT): CountryGazetteer {
  const raw = readJson(join(root, COUNTRY_GAZETTEER), COUNTRY_GAZETTEER);
  const result = v.safeParse(CountryGazetteerSchema, raw);
  if (!result.success)
    throw new DataFileError(
      result.issues.map((i) => schemaProblem(COUNTRY_GAZETTEER, i)).join('\n'),
    );
  return result.output;
}

/** Every place the geoparser knows: the curated gazetteer, then the country-wide one. */
export function allPlaces(curated: Place[], root = ROOT): Place[] {
  return mergeGazetteers(curated, readCountryGazetteer(root));
}
