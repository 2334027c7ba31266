/**
 * The GeoJSON the map draws for a day, derived from its DayState. Pure, so the app, the
 * exporter and the benchmark draw the same thing.
 */
import { indexById } from '../model/indexById.ts';
import greatCircle from '@turf/great-circle';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { DayState, StatusCertainty } from '../model/dayState.ts';
import type { Activity, Dataset, Place } from '../model/schema.ts';
import { ACTIVITY_RANK, POINT_KINDS } from '../model/dayState.ts';
import { daysBetween } from '../model/days.ts';
import { placeName } from '../words/i18n.ts';
import { ALL_LAYERS, isShown, shownPlaces, type LayerGroup, type MapLayers } from './layers.ts';

export interface PlacePointProperties {
  /** Place ids drawn at this point (a city and its sites share the city's point when zoomed out). */
  ids: string;
  /** The places' names, one a line; in Russian and Kazakh too, for the map in those languages. */
  label: string;
  label_ru: string;
  label_kk: string;
  /** For a narrow map: the first name and how many more ("Almaty +2"). */
  label_short: string;
  label_short_ru: string;
  label_short_kk: string;
  status: 'active' | 'earlier';
  activity: Activity;
  certainty: 'reported' | 'inferred';
  /** 1 on the day, fading towards 0 a week later. */
  weight: number;
  selected: boolean;
  /** Something else is selected: drawn faint, so the selection stands out in a shared city. */
  dimmed: boolean;
  /** Active today and not the day before. */
  fresh: boolean;
  /**
   * single: a place alone at its point; group: the shared point of a city and its sites, drawn
   * zoomed out; member: one of them, fanned out around the city's point when zoomed in.
   */
  role: 'single' | 'group' | 'member';
  /** Drawn where it is by convention (a site the articles place only "in" a city), not located. */
  schematic: boolean;
  /** Where the protests began: it has a label of its own every day. */
  origin: boolean;
}

/** From this zoom on, the places that share a point are drawn apart (see placePoints). */
export const NEAR_ZOOM = 9;
/** How far from the city's point its sites are fanned out, in degrees of latitude (about 6 km). */
const FAN_RADIUS = 0.055;
const FADE_DAYS = 7;

function key(p: Position): string {
  return `${p[0]},${p[1]}`;
}

type PointStatus = Pick<PlacePointProperties, 'status' | 'activity' | 'certainty' | 'weight'>;

/** Where each place that shares its point with others is drawn when zoomed in. */
const fanByDataset = new WeakMap<Dataset, Map<string, Position>>();

function fanPositions(data: Dataset): Map<string, Position> {
  const cached = fanByDataset.get(data);
  if (cached) return cached;
  const byPoint = new Map<string, Place[]>();
  for (const p of data.places) {
    if (!POINT_KINDS.has(p.kind)) continue;
    const k = key(p.coordinates);
    byPoint.set(k, [...(byPoint.get(k) ?? []), p]);
  }
  const out = new Map<string, Position>();
  for (const members of byPoint.values()) {
    if (members.length < 2) continue;
    // The city keeps its point; the others go round it, in a fixed order so they never jump.
    const centre = members.find((m) => m.kind !== 'site') ?? null;
    const ring = members.filter((m) => m !== centre).sort((a, b) => a.id.localeCompare(b.id));
    const [lon, lat] = members[0]!.coordinates as [number, number];
    if (centre) out.set(centre.id, [lon, lat]);
    ring.forEach((m, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
      out.set(m.id, [
        lon + (FAN_RADIUS * Math.cos(angle)) / Math.cos((lat * Math.PI) / 180),
        lat - FAN_RADIUS * Math.sin(angle),
      ]);
    });
  }
  fanByDataset.set(data, out);
  return out;
}

/** The first of several names and how many more: "Almaty +2". */
const short = (names: string[]) =>
  names.length > 1 ? `${names[0]} +${names.length - 1}` : names[0]!;

/**
 * Active and earlier places as points. Places at the same coordinates (a city and its sites)
 * become one point when zoomed out, labelled with the names of those in the point's state, and
 * are fanned out around it when zoomed in, each on its own and selectable.
 */
export function placePoints(
  data: Dataset,
  state: DayState,
  options: { selected?: ReadonlySet<string>; fresh?: ReadonlySet<string> } = {},
): FeatureCollection<Point | LineString> {
  const selected = options.selected ?? new Set<string>();
  const fresh = options.fresh ?? new Set<string>();
  const entries: { place: Place; props: PointStatus }[] = [];
  for (const p of state.places)
    entries.push({
      place: p.place,
      props: { status: 'active', activity: p.activity, certainty: p.certainty, weight: 1 },
    });
  for (const p of state.earlierPlaces) {
    if (p.daysAgo > FADE_DAYS) continue;
    entries.push({
      place: p.place,
      props: {
        status: 'earlier',
        activity: p.activity,
        certainty: 'reported',
        weight: 1 - p.daysAgo / (FADE_DAYS + 1),
      },
    });
  }
  const groups = new Map<string, typeof entries>();
  for (const e of entries) {
    const k = key(e.place.coordinates);
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const fan = fanPositions(data);
  const origins = new Set(spreadOrigins(data)?.places.map((p) => p.id));
  const features: Feature<Point | LineString>[] = [];
  const point = (
    coordinates: Position,
    props: PointStatus,
    places: Place[],
    role: PlacePointProperties['role'],
  ): Feature<Point, PlacePointProperties> => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: {
      ...props,
      ids: places.map((p) => p.id).join(' '),
      label: places.map((p) => p.name).join('\n'),
      label_ru: places.map((p) => placeName(p, 'ru')).join('\n'),
      label_kk: places.map((p) => placeName(p, 'kk')).join('\n'),
      label_short: short(places.map((p) => p.name)),
      label_short_ru: short(places.map((p) => placeName(p, 'ru'))),
      label_short_kk: short(places.map((p) => placeName(p, 'kk'))),
      selected: places.some((p) => selected.has(p.id)),
      dimmed: selected.size > 0 && !places.some((p) => selected.has(p.id)),
      fresh: places.some((p) => fresh.has(p.id)),
      role,
      schematic: places.some((p) => p.precision !== 'point'),
      origin: places.every((p) => origins.has(p.id)),
    },
  });
  for (const members of groups.values()) {
    if (members.length === 1) {
      const { place, props } = members[0]!;
      features.push(point(place.coordinates, props, [place], 'single'));
      continue;
    }
    // Zoomed out: one point. An active place outranks an earlier one; among equals the more
    // serious activity, a reported day and the latest day win.
    const active = members.filter((m) => m.props.status === 'active');
    const shown = active.length ? active : members;
    const props: PointStatus = {
      status: shown[0]!.props.status,
      activity: shown
        .map((m) => m.props.activity)
        .sort((a, b) => ACTIVITY_RANK.indexOf(a) - ACTIVITY_RANK.indexOf(b))[0]!,
      certainty: shown.some((m) => m.props.certainty === 'reported') ? 'reported' : 'inferred',
      weight: Math.max(...shown.map((m) => m.props.weight)),
    };
    // The city first, then its sites.
    const places = shown
      .map((m) => m.place)
      .sort(
        (a, b) =>
          Number(a.kind === 'site') - Number(b.kind === 'site') || a.name.localeCompare(b.name),
      );
    features.push(point(places[0]!.coordinates, props, places, 'group'));
    // Zoomed in: each apart, with a leg back to the shared point.
    for (const { place, props: own } of members) {
      const at = fan.get(place.id) ?? place.coordinates;
      features.push(point(at, own, [place], 'member'));
      if (at !== place.coordinates && key(at) !== key(place.coordinates))
        features.push({
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: [place.coordinates, at] },
          properties: { role: 'leg', weight: own.weight },
        });
    }
  }
  return { type: 'FeatureCollection', features };
}

export interface ArcProperties {
  id: string;
  /** Reached on this day (drawn stronger) or earlier. */
  fresh: boolean;
  /** Days since it was reached: the arc fades as it ages. */
  age: number;
  certainty: StatusCertainty;
}

function arc(from: Position, to: Position): LineString {
  const line = greatCircle(from, to, { npoints: 48 });
  return line.geometry.type === 'LineString'
    ? line.geometry
    : { type: 'LineString', coordinates: [from, to] };
}

const SPREAD_ACTIVITIES: ReadonlySet<Activity> = new Set(['protest', 'clashes']);

/** The day an event says something had happened by: its start, or its end where it is vague. */
function eventDay(e: Dataset['events'][number]): string {
  // A "by" date or an inferred range says only that it had happened by the end.
  const vague =
    e.date.precision === 'by' || (e.date.precision === 'range' && e.dateCertainty === 'inferred');
  return vague ? e.date.end : e.date.start;
}

/**
 * Where the protests began: the places of the earliest reported protest (Zhanaozen and Aktau,
 * 2 January). The map keeps their labels and draws the spread from them.
 */
export function spreadOrigins(data: Dataset): { day: string; places: Place[] } | null {
  if (originsByDataset.has(data)) return originsByDataset.get(data)!;
  const found = findOrigins(data);
  originsByDataset.set(data, found);
  return found;
}

const originsByDataset = new WeakMap<Dataset, { day: string; places: Place[] } | null>();

function findOrigins(data: Dataset): { day: string; places: Place[] } | null {
  const byId = indexById(data.places);
  let first: Dataset['events'][number] | undefined;
  for (const e of data.events) {
    if (e.activity !== 'protest' || e.dateCertainty !== 'reported') continue;
    const points = e.places.some((id) => POINT_KINDS.has(byId.get(id)?.kind ?? ''));
    if (points && (!first || eventDay(e) < eventDay(first))) first = e;
  }
  if (!first) return null;
  const places = first.places
    .map((id) => byId.get(id))
    .filter((p): p is Place => p !== undefined && POINT_KINDS.has(p.kind));
  return { day: eventDay(first), places };
}

/** Each place the protests reached from where they began: the day first reported there and the arcs. */
interface Reach {
  day: string;
  certainty: 'reported' | 'inferred';
  id: string;
  geometries: LineString[];
}

/** The reaches depend on the dataset only, so a day step filters them instead of redoing them. */
const reachesByDataset = new WeakMap<Dataset, Reach[]>();

function spreadReaches(data: Dataset): Reach[] {
  const cached = reachesByDataset.get(data);
  if (cached) return cached;
  const byId = indexById(data.places);
  const origins = spreadOrigins(data);
  const reaches: Reach[] = [];
  if (!origins) return reaches;
  const fromPoints = new Set(origins.places.map((p) => key(p.coordinates)));
  const firstDay = new Map<string, { day: string; certainty: 'reported' | 'inferred' }>();
  for (const e of data.events) {
    if (!SPREAD_ACTIVITIES.has(e.activity)) continue;
    const d = eventDay(e);
    for (const id of e.places) {
      const p = byId.get(id);
      if (!p || !POINT_KINDS.has(p.kind) || p.unit === null) continue;
      const k = key(p.coordinates);
      if (fromPoints.has(k) || d <= origins.day) continue;
      const prev = firstDay.get(k);
      if (!prev || d < prev.day) firstDay.set(k, { day: d, certainty: e.dateCertainty });
    }
  }
  for (const [k, { day, certainty }] of firstDay) {
    const to = k.split(',').map(Number);
    reaches.push({
      day,
      certainty,
      id: `spread-${k}`,
      geometries: origins.places.map((o) => arc(o.coordinates, to)),
    });
  }
  reachesByDataset.set(data, reaches);
  return reaches;
}

/**
 * Arcs from where the protests began (Zhanaozen and Aktau) to each place protests or clashes
 * reached later, from the day they were first reported there, as article 004 tells it: "protests
 * spread to Almaty and other cities". The places of the first day get no arc between them.
 */
export function spreadArcs(
  data: Dataset,
  day: string,
): FeatureCollection<LineString, ArcProperties> {
  const features = spreadReaches(data)
    .filter((r) => r.day <= day)
    .flatMap((r) =>
      r.geometries.map((geometry, i): Feature<LineString, ArcProperties> => ({
        type: 'Feature',
        geometry,
        properties: {
          id: `${r.id}-${i}`,
          fresh: r.day === day,
          age: daysBetween(r.day, day),
          certainty: r.certainty,
        },
      })),
    );
  return { type: 'FeatureCollection', features };
}

/** Arcs between the CSTO members' capitals and the destination, in the direction of travel. */
export function cstoArcs(
  data: Dataset,
  state: DayState,
): FeatureCollection<LineString, ArcProperties> {
  const byId = indexById(data.places);
  const { phase, certainty } = state.csto;
  const arriving = phase === 'deploying' || phase === 'deployed';
  if (!arriving && phase !== 'withdrawing') return { type: 'FeatureCollection', features: [] };
  const dest = byId.get(data.cstoContingents.destination)!;
  const features = data.cstoContingents.members.map((m): Feature<LineString, ArcProperties> => {
    const from = byId.get(m.capital)!.coordinates;
    const geometry = arriving ? arc(from, dest.coordinates) : arc(dest.coordinates, from);
    return {
      type: 'Feature',
      geometry,
      properties: { id: `csto-${m.country}`, fresh: phase !== 'deployed', age: 0, certainty },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** The day's places and arcs as one collection, each feature tagged with its set. */
export function dayFeatures(
  data: Dataset,
  state: DayState,
  options: {
    selected?: ReadonlySet<string>;
    fresh?: ReadonlySet<string>;
    layers?: MapLayers;
  } = {},
): FeatureCollection {
  const layers = options.layers ?? ALL_LAYERS;
  const tagged = (set: LayerGroup, fc: () => FeatureCollection) =>
    isShown(layers, set)
      ? fc().features.map((f) => ({ ...f, properties: { ...f.properties, set } }))
      : [];
  return {
    type: 'FeatureCollection',
    features: [
      ...tagged('places', () => placePoints(data, shownPlaces(data, state, layers), options)),
      ...tagged('spread', () => spreadArcs(data, state.date)),
      ...tagged('csto', () => cstoArcs(data, state)),
    ],
  };
}
