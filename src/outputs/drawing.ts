/**
 * How the map is drawn, written once for every renderer: the maplibre style (style.ts), the
 * page's per-day updates (page/map/dayUpdate.ts), the SVG for print (svgMap.ts) and the legend.
 * The colours and the legend's entries are in legend.ts; the rules that decide what a region,
 * an arc or a label looks like on a day are here.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { indexById } from '../model/indexById.ts';
import type { AtlasEvent, Dataset, Place } from '../model/schema.ts';
import bbox from '@turf/bbox';
import { UNITS } from '../model/units.ts';
import { COLORS, type Swatch } from './legend.ts';
import { spreadOrigins } from './mapData.ts';
import { dayMonthIn } from '../model/days.ts';
import { inLang, m, type Lang } from '../words/i18n.ts';

/** The map's frame, the country with a margin: west, south, east, north. */
export const KAZAKHSTAN_BOUNDS: [number, number, number, number] = [46.4, 40.4, 87.4, 55.5];
/** How far the map zooms out and in: the world around Kazakhstan, a city's streets. */
export const ZOOM_RANGE = { min: 2, max: 12 } as const;

/**
 * Around a place, at least this many degrees of latitude each way when an event is framed: close
 * enough that a city's sites are drawn apart (NEAR_ZOOM), with the city around them.
 */
const PLACE_MARGIN = 0.12;

/** A place with a margin around it (see PLACE_MARGIN). */
function aroundPoint([lon, lat]: number[]): number[] {
  const dLon = PLACE_MARGIN / Math.cos((lat! * Math.PI) / 180);
  return [lon! - dLon, lat! - PLACE_MARGIN, lon! + dLon, lat! + PLACE_MARGIN];
}

/** The smallest box holding all of `boxes`, as west, south, east, north. */
function union(boxes: number[][]): [number, number, number, number] {
  return [
    Math.min(...boxes.map((b) => b[0]!)),
    Math.min(...boxes.map((b) => b[1]!)),
    Math.max(...boxes.map((b) => b[2]!)),
    Math.max(...boxes.map((b) => b[3]!)),
  ];
}

const unitFeature = (units: FeatureCollection, id: string | null) =>
  id === null ? undefined : units.features.find((f) => f.properties?.id === id);

/**
 * What the map frames for a place found with the search: a site close up, a town or city with
 * its whole region around it, a region whole, the country for the country.
 */
export function placeFrame(
  place: Place,
  units: FeatureCollection,
): [number, number, number, number] {
  if (place.kind === 'country') return KAZAKHSTAN_BOUNDS;
  const point = aroundPoint(place.coordinates);
  if (place.kind === 'site') return union([point]);
  const unit = unitFeature(units, place.unit);
  return union(unit ? [bbox(unit), point] : [point]);
}

/**
 * What the map frames when an event is selected: its places, each with a margin, and its
 * regions whole; the country for a nationwide event; null for an event with no place.
 */
export function eventFrame(
  data: Dataset,
  units: FeatureCollection,
  event: AtlasEvent,
): [number, number, number, number] | null {
  if (event.noPlace === 'nationwide') return KAZAKHSTAN_BOUNDS;
  const byId = indexById(data.places);
  const boxes: number[][] = [];
  for (const id of event.places) {
    const p = byId.get(id);
    if (!p || p.kind === 'country') continue;
    const unit = p.kind === 'region' ? unitFeature(units, p.unit) : undefined;
    boxes.push(unit ? bbox(unit) : aroundPoint(p.coordinates));
  }
  return boxes.length ? union(boxes) : null;
}

/** Its dashes are in units of its width, as maplibre's line-dasharray counts them. */
export const EMERGENCY_BORDER = { width: 2.4, dash: [2, 1.5] } as const;

/**
 * The hatching over a region whose measures no record covers on the day: thin lines rising to
 * the right, `spacing` px apart. The map fills with it as a pattern image (hatchImage), the SVG
 * as a <pattern>, the legend as lines.
 */
export const HATCH = {
  image: 'unrecorded-hatch',
  color: COLORS.unrecorded,
  spacing: 6,
  width: 1.2,
  opacity: 0.6,
} as const;

/** One tile of the hatching as RGBA pixels, for the map's pattern (maplibre's addImage). */
export function hatchImage(pixelRatio = 1): { width: number; height: number; data: Uint8Array } {
  const size = Math.round(HATCH.spacing * pixelRatio);
  const half = (HATCH.width * pixelRatio) / 2;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(HATCH.color.slice(i, i + 2), 16));
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      // Distance from the pixel's centre to the nearest line x + y = k·size, which tiles.
      const t = (x + y + 1) % size;
      const distance = Math.min(t, size - t) / Math.SQRT2;
      const cover = Math.min(1, Math.max(0, half + 0.5 - distance));
      data.set([r!, g!, b!, Math.round(255 * cover * HATCH.opacity)], (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}

/** The hatching clipped to a box, as lines: the legend's key on every renderer. */
function hatchLines(x: number, y: number, w: number, h: number): Shape[] {
  const lines: Shape[] = [];
  // Each line is px + py = k, with py measured up from the box's bottom edge.
  for (let k = HATCH.spacing / 2; k < w + h; k += HATCH.spacing) {
    const [x0, x1] = [Math.max(0, k - h), Math.min(w, k)];
    lines.push({
      type: 'line',
      from: [x + x0, y + h - (k - x0)],
      to: [x + x1, y + h - (k - x1)],
      stroke: HATCH.color,
      width: HATCH.width,
      opacity: HATCH.opacity,
    });
  }
  return lines;
}

/** The hatching as an SVG pattern, one tile that repeats. */
export function hatchPatternSvg(id: string): string {
  const s = HATCH.spacing;
  return `<pattern id="${id}" width="${s}" height="${s}" patternUnits="userSpaceOnUse"><path d="M-1 1L1 -1M0 ${s}L${s} 0M${s - 1} ${s + 1}L${s + 1} ${s - 1}" stroke="${HATCH.color}" stroke-width="${HATCH.width}" stroke-opacity="${HATCH.opacity}"/></pattern>`;
}

/** A glow just inside each region whose statuses changed on the day (px wide). */
export const CHANGED_GLOW = { width: 7, blur: 2, opacity: 0.95 } as const;

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
  /** maxWidth: where a name breaks into lines, in ems, as the map's text-max-width. */
  oblast: { size: 10, color: '#4a463f', halo: 'rgba(255,255,255,0.8)', maxWidth: 7 },
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
 * Labels for the places where the protests began, side by side: the westernmost reads above its
 * point and the others to the right, so two close places (Aktau and Zhanaozen) do not cover
 * each other, and the westernmost's label is not cut by the map's left edge on a narrow screen.
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
        anchor: origins.places.length > 1 && p.coordinates[0] === west ? 'bottom-left' : 'left',
      },
    })),
  };
}

/** A shape of a legend's key, in CSS pixels, for any renderer (SVG, canvas, the page). */
export type Shape =
  | { type: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | { type: 'frame'; x: number; y: number; width: number; height: number; stroke: string }
  | {
      type: 'line';
      from: [number, number];
      to: [number, number];
      stroke: string;
      width: number;
      dash?: number[];
      opacity?: number;
    }
  | {
      type: 'circle';
      at: [number, number];
      r: number;
      fill: string;
      stroke?: string;
      width?: number;
      opacity?: number;
    }
  | {
      type: 'curve';
      from: [number, number];
      control: [number, number];
      to: [number, number];
      stroke: string;
      width: number;
    };

/** A legend key's box, in CSS pixels. */
export const SWATCH = { width: 20, height: 11 } as const;

/** The shapes of a legend key with its top left corner at x, y: the same on screen and in print. */
export function swatchShapes(sw: Swatch, x = 0, y = 0): Shape[] {
  const { width: w, height: h } = SWATCH;
  const middle: [number, number] = [x + w / 2, y + h / 2];
  // A region's outline around a fill's key.
  const frame: Shape = {
    type: 'frame',
    x: x + 0.5,
    y: y + 0.5,
    width: w - 1,
    height: h - 1,
    stroke: COLORS.unitLine,
  };
  switch (sw.kind) {
    case 'fill':
      // A pair: the strong colour on the left, the pale tint on the right.
      return [
        { type: 'rect', x, y, width: w, height: h, fill: sw.color },
        ...(sw.pale
          ? [{ type: 'rect' as const, x: x + w / 2, y, width: w / 2, height: h, fill: sw.pale }]
          : []),
        frame,
      ];
    case 'hatch':
      return [
        { type: 'rect', x, y, width: w, height: h, fill: COLORS.regime.none.carried },
        ...hatchLines(x, y, w, h),
        frame,
      ];
    case 'glow':
    case 'line':
      // The glow is a wide, slightly clear line; a line may be dashed.
      return [
        {
          type: 'line',
          from: [x, middle[1]],
          to: [x + w, middle[1]],
          stroke: sw.color,
          width: sw.kind === 'glow' ? 6 : 3,
          ...(sw.kind === 'glow' ? { opacity: 0.9 } : {}),
          ...(sw.kind === 'line' && sw.dashed ? { dash: [4, 3] } : {}),
        },
      ];
    case 'ring':
      return [{ type: 'circle', at: middle, r: 7, fill: sw.color, opacity: 0.7 }];
    case 'circle':
      return [
        {
          type: 'circle',
          at: middle,
          r: 5,
          fill: sw.hollow ? '#ffffff' : sw.color,
          stroke: sw.hollow ? sw.color : '#ffffff',
          width: sw.hollow ? 2.5 : 1,
        },
      ];
    case 'arc':
      return [
        {
          type: 'curve',
          from: [x, y + h],
          control: [x + w / 2, y - 4],
          to: [x + w, y + h - 2],
          stroke: sw.color,
          width: 2.5,
        },
      ];
  }
}

/** The shapes as SVG elements (for the SVG export and the page's legend). */
export function shapesSvg(shapes: Shape[]): string {
  return shapes
    .map((s) => {
      switch (s.type) {
        case 'rect':
          return `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" fill="${s.fill}"/>`;
        case 'frame':
          return `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" fill="none" stroke="${s.stroke}"/>`;
        case 'line':
          return `<line x1="${s.from[0]}" y1="${s.from[1]}" x2="${s.to[0]}" y2="${s.to[1]}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash.join(' ')}"` : ''}${s.opacity !== undefined ? ` stroke-opacity="${s.opacity}"` : ''}/>`;
        case 'circle':
          return `<circle cx="${s.at[0]}" cy="${s.at[1]}" r="${s.r}" fill="${s.fill}"${s.opacity !== undefined ? ` fill-opacity="${s.opacity}"` : ''}${s.stroke ? ` stroke="${s.stroke}" stroke-width="${s.width}"` : ''}/>`;
        case 'curve':
          return `<path d="M${s.from[0]} ${s.from[1]}Q${s.control[0]} ${s.control[1]} ${s.to[0]} ${s.to[1]}" fill="none" stroke="${s.stroke}" stroke-width="${s.width}"/>`;
      }
    })
    .join('');
}
