/**
 * How the map is drawn, written once for every renderer: the maplibre style (style.ts), the
 * page's per-day updates (page/map/dayUpdate.ts), the SVG for print (svgMap.ts) and the legend.
 * The colours and the legend's entries are in legend.ts; the rules that decide what a region,
 * an arc or a label looks like on a day are here.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { StatusCertainty, UnitOnDay } from '../model/dayState.ts';
import { indexById } from '../model/indexById.ts';
import type { Dataset, Place } from '../model/schema.ts';
import { UNITS } from '../model/units.ts';
import { COLORS, regimeOf } from './legend.ts';
import { spreadOrigins } from './mapData.ts';
import { dayMonthIn } from '../model/days.ts';
import { inLang, m, type Lang } from '../words/i18n.ts';

/** The map's frame, the country with a margin: west, south, east, north. */
export const KAZAKHSTAN_BOUNDS: [number, number, number, number] = [46.4, 40.4, 87.4, 55.5];

/**
 * A state of emergency is the region's fill when no threat level is in force there; beside a
 * threat level it is drawn as the region's border, dashed where inferred.
 */
export function emergencyBorder(u: UnitOnDay): StatusCertainty | 'none' {
  const soe = u.stateOfEmergency;
  return soe.value && regimeOf(u).regime !== 'emergency' ? soe.certainty : 'none';
}

/** Its dashes are in units of its width, as maplibre's line-dasharray counts them. */
export const EMERGENCY_BORDER = { width: 2.4, dash: [2, 1.5] } as const;

/**
 * The arcs: the spread from where it began, and the CSTO contingents. Each runs from a faint
 * start to its full colour at its end; fresh arcs (new that day, or troops on the move) are
 * wider; the spread fades with age, to `floor` after `days` days.
 */
export const ARCS = {
  spread: { color: COLORS.spread, start: 'rgba(232,137,28,0.1)', fade: { days: 7, floor: 0.35 } },
  csto: { color: COLORS.csto, start: 'rgba(47,107,42,0.05)', fade: null },
  width: { fresh: 3, other: 2 },
} as const;

/** An arc's opacity at an age in days (the style interpolates the same two stops). */
export function arcOpacity(kind: 'spread' | 'csto', age: number): number {
  const fade = ARCS[kind].fade;
  if (!fade) return 1;
  return Math.max(fade.floor, 1 - (age * (1 - fade.floor)) / fade.days);
}

/** The fixed labels' looks, by kind, in CSS pixels. */
export const LABELS = {
  oblast: { size: 10, color: '#4a463f', halo: 'rgba(255,255,255,0.8)' },
  country: { size: 11, color: '#7a756c', halo: COLORS.land, letterSpacing: 0.08 },
  city: { size: 12, color: COLORS.text, halo: '#ffffff', dot: 2.5 },
} as const;

function points(
  features: {
    name: string;
    name_ru?: string;
    name_kk?: string;
    coordinates: [number, number];
    rank: number;
  }[],
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: features.map((f): Feature<Point> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: f.coordinates },
      properties: {
        name: f.name,
        rank: f.rank,
        ...(f.name_ru ? { name_ru: f.name_ru } : {}),
        ...(f.name_kk ? { name_kk: f.name_kk } : {}),
      },
    })),
  };
}

export const names = (p: Place) => ({ name: p.name, name_ru: p.nameRu, name_kk: p.nameKk });

/**
 * The map's fixed labels, the same in every renderer: the oblasts at their Natural Earth label
 * points, the three cities with a region's rank as labelled dots, the neighbouring countries,
 * and the capitals the CSTO contingents came from.
 */
export function mapLabels(data: Dataset) {
  const byId = indexById(data.places);
  const oblasts = UNITS.filter((u) => u.kind === 'oblast').map((u) => ({
    name: u.name.replace(/ Region$/, ''),
    name_ru: u.nameRu,
    name_kk: u.nameKk,
    coordinates: byId.get(u.id)!.coordinates,
    rank: 1,
  }));
  const cities = UNITS.filter((u) => u.kind === 'city').map((u) => ({
    name: u.name,
    name_ru: u.nameRu,
    name_kk: u.nameKk,
    coordinates: byId.get(u.centre)!.coordinates,
    rank: 0,
  }));
  const countries = [
    'russia',
    'china',
    'kyrgyzstan',
    'uzbekistan',
    'turkmenistan',
    'tajikistan',
    'armenia',
    'belarus',
  ]
    .map((id) => byId.get(id))
    .filter((p) => p !== undefined)
    .map((p) => ({ ...names(p), coordinates: p.coordinates, rank: 2 }));
  const capitals = data.cstoContingents.members
    .map((m) => byId.get(m.capital)!)
    .filter((p) => p.id !== data.cstoContingents.destination)
    .map((p) => ({ ...names(p), coordinates: p.coordinates, rank: 3 }));
  return {
    oblasts: points(oblasts),
    cities: points(cities),
    countries: points([...countries, ...capitals]),
  };
}

/**
 * Labels for the places where the protests began, side by side: the westernmost reads to the
 * left of its point, the others to the right, so two close places (Aktau and Zhanaozen) do not
 * cover each other.
 */
export function originLabels(data: Dataset): FeatureCollection<Point> {
  const origins = spreadOrigins(data);
  if (!origins) return { type: 'FeatureCollection', features: [] };
  const began = (lang: Lang) =>
    m.protests_began({ day: dayMonthIn(origins.day, lang) }, inLang(lang));
  const west = Math.min(...origins.places.map((p) => p.coordinates[0]!));
  return {
    type: 'FeatureCollection',
    features: origins.places.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.coordinates },
      properties: {
        ...names(p),
        began: began('en'),
        began_ru: began('ru'),
        began_kk: began('kk'),
        anchor: origins.places.length > 1 && p.coordinates[0] === west ? 'right' : 'left',
      },
    })),
  };
}
