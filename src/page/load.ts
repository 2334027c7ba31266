/**
 * Loads everything the app needs: the data files (bundled, then validated here) and the
 * boundary files (fetched from the same origin). Problems come back as messages that name the
 * file and what is wrong in it, never as a thrown stack trace.
 */
import type { FeatureCollection } from 'geojson';
// As text, parsed here: a syntax error then names its file, line and column on the page.
import articles from '../../data/articles.json?raw';
import gazetteer from '../../data/gazetteer.json?raw';
import events from '../../data/events.json?raw';
import statuses from '../../data/statuses.json?raw';
import figures from '../../data/figures.json?raw';
import tour from '../../data/tour.json?raw';
import unitsUrl from '../../geo/units.geojson?url';
import neighboursUrl from '../../geo/neighbours.geojson?url';
import worldUrl from '../../geo/world.geojson?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import cyrillic700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import cyrillicExt700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2?url';
import type { Dataset, RawDataFiles } from '../model/schema.ts';
import { parseJsonText } from '../model/jsonText.ts';
import { checkTour, TOUR_FILE, type TourStop } from '../model/tour.ts';
import type { UnitsCollection } from '../outputs/exportDay.ts';
import { formatError, validateDataset } from '../model/validate.ts';
import { registerPageFonts, type FontFiles } from '../outputs/fonts.ts';

export interface Loaded {
  data: Dataset;
  units: UnitsCollection;
  neighbours: FeatureCollection;
  world: FeatureCollection;
  tour: TourStop[];
  fonts: FontFiles;
}

export type LoadResult = { ok: true; value: Loaded } | { ok: false; problems: string[] };

/** maplibre needs absolute font URLs; the build uses relative ones so it runs from any folder. */
const absolute = (url: string) => new URL(url, document.baseURI).href;

async function fetchGeoJson(url: string, name: string): Promise<FeatureCollection | string> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    return `${name}: could not be loaded`;
  }
  if (!res.ok) return `${name}: could not be loaded (HTTP ${res.status})`;
  let json: unknown;
  try {
    json = await res.json();
  } catch (e) {
    return `${name}: not valid JSON (${(e as Error).message})`;
  }
  const fc = json as FeatureCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    return `${name}: expected a GeoJSON FeatureCollection`;
  return fc;
}

export async function loadAtlas(): Promise<LoadResult> {
  const texts = {
    'data/articles.json': articles,
    'data/gazetteer.json': gazetteer,
    'data/events.json': events,
    'data/statuses.json': statuses,
    'data/figures.json': figures,
  };
  const raw: Record<string, unknown> = {};
  const syntax: string[] = [];
  for (const [name, text] of Object.entries(texts)) {
    try {
      raw[name] = parseJsonText(text, name);
    } catch (e) {
      syntax.push((e as Error).message);
    }
  }
  if (syntax.length) return { ok: false, problems: syntax };
  const result = validateDataset(raw as unknown as RawDataFiles);
  const problems = result.ok ? [] : result.errors.map(formatError);
  let stops: TourStop[] = [];
  if (result.ok) {
    try {
      const checked = checkTour(parseJsonText(tour, TOUR_FILE), result.data);
      if (checked.ok) stops = checked.stops;
      else problems.push(...checked.errors.map(formatError));
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  const [units, neighbours, world] = await Promise.all([
    fetchGeoJson(unitsUrl, 'geo/units.geojson'),
    fetchGeoJson(neighboursUrl, 'geo/neighbours.geojson'),
    fetchGeoJson(worldUrl, 'geo/world.geojson'),
  ]);
  for (const file of [units, neighbours, world]) if (typeof file === 'string') problems.push(file);
  if (
    !result.ok ||
    problems.length ||
    typeof units === 'string' ||
    typeof neighbours === 'string' ||
    typeof world === 'string'
  )
    return { ok: false, problems };
  // In the order of FONT_SUBSETS (src/outputs/fonts.ts).
  const fonts: FontFiles = {
    regular: [latin400, latinExt400, cyrillic400, cyrillicExt400].map(absolute),
    bold: [latin700, latinExt700, cyrillic700, cyrillicExt700].map(absolute),
  };
  registerPageFonts(fonts);
  return {
    ok: true,
    value: {
      data: result.data,
      units: units as UnitsCollection,
      neighbours,
      world,
      tour: stops,
      fonts,
    },
  };
}
