/**
 * The GeoJSON the map draws for a day, derived from its DayState. Pure, so the app, the
 * exporter and the benchmark draw the same thing.
 */
import { indexById } from './indexById.ts';
import greatCircle from '@turf/great-circle';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { DayState, StatusCertainty } from './dayState.ts';
import type { Activity, Dataset, Place } from './schema.ts';
import { ACTIVITY_RANK, POINT_KINDS } from './dayState.ts';

export interface PlacePointProperties {
  /** Place ids drawn at this point (sites in a city share the city's point). */
  ids: string;
  label: string;
  status: 'active' | 'earlier';
  activity: Activity;
  certainty: 'reported' | 'inferred';
  /** 1 on the day, fading towards 0 a week later. */
  weight: number;
  selected: boolean;
}

const FADE_DAYS = 7;

function key(p: Position): string {
  return `${p[0]},${p[1]}`;
}

type PointStatus = Omit<PlacePointProperties, 'ids' | 'label' | 'selected'>;

/**
 * Active and earlier places as points. Places at the same coordinates (a city and its sites)
 * become one point, labelled with the names of those in the point's state.
 */
export function placePoints(
  state: DayState,
  selectedPlaceIds: ReadonlySet<string> = new Set(),
): FeatureCollection<Point, PlacePointProperties> {
  const groups = new Map<
    string,
    { members: { place: Place; status: PointStatus['status'] }[]; props: PointStatus }
  >();
  const add = (place: Place, props: PointStatus) => {
    const k = key(place.coordinates);
    const g = groups.get(k);
    if (!g) return void groups.set(k, { members: [{ place, status: props.status }], props });
    g.members.push({ place, status: props.status });
    // An active place outranks an earlier one; among equals the more serious activity wins.
    const a = g.props;
    if (a.status === 'earlier' && props.status === 'active') g.props = { ...props };
    else if (a.status === props.status) {
      if (ACTIVITY_RANK.indexOf(props.activity) < ACTIVITY_RANK.indexOf(a.activity))
        a.activity = props.activity;
      if (props.certainty === 'reported') a.certainty = 'reported';
      a.weight = Math.max(a.weight, props.weight);
    }
  };
  for (const p of state.places)
    add(p.place, { status: 'active', activity: p.activity, certainty: p.certainty, weight: 1 });
  for (const p of state.earlierPlaces) {
    if (p.daysAgo > FADE_DAYS) continue;
    add(p.place, {
      status: 'earlier',
      activity: p.activity,
      certainty: 'reported',
      weight: 1 - p.daysAgo / (FADE_DAYS + 1),
    });
  }
  const features = [...groups.values()].map(
    ({ members, props }): Feature<Point, PlacePointProperties> => {
      // The city first, then its sites.
      const shown = members
        .filter((m) => m.status === props.status)
        .map((m) => m.place)
        .sort(
          (a, b) =>
            Number(a.kind === 'site') - Number(b.kind === 'site') || a.name.localeCompare(b.name),
        );
      const ids = shown.map((p) => p.id);
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: shown[0]!.coordinates },
        properties: {
          ...props,
          ids: ids.join(' '),
          label: shown.map((p) => p.name).join('\n'),
          selected: ids.some((id) => selectedPlaceIds.has(id)),
        },
      };
    },
  );
  return { type: 'FeatureCollection', features };
}

export interface ArcProperties {
  id: string;
  /** Reached on this day (drawn stronger) or earlier. */
  fresh: boolean;
  certainty: StatusCertainty;
}

function arc(from: Position, to: Position): LineString {
  const line = greatCircle(from, to, { npoints: 48 });
  return line.geometry.type === 'LineString'
    ? line.geometry
    : { type: 'LineString', coordinates: [from, to] };
}

const SPREAD_ORIGIN = 'zhanaozen';
const SPREAD_ACTIVITIES: ReadonlySet<Activity> = new Set(['protest', 'clashes']);

/** Each place the protests reached from Zhanaozen: the day first reported there and the arc. */
interface Reach {
  day: string;
  certainty: 'reported' | 'inferred';
  id: string;
  geometry: LineString;
}

/** The reaches depend on the dataset only, so a day step filters them instead of redoing them. */
const reachesByDataset = new WeakMap<Dataset, Reach[]>();

function spreadReaches(data: Dataset): Reach[] {
  const cached = reachesByDataset.get(data);
  if (cached) return cached;
  const byId = indexById(data.places);
  const origin = byId.get(SPREAD_ORIGIN);
  const firstDay = new Map<string, { day: string; certainty: 'reported' | 'inferred' }>();
  let began: string | undefined;
  for (const e of data.events) {
    if (!SPREAD_ACTIVITIES.has(e.activity)) continue;
    // A "by" date or an inferred range says only that it had happened by the end.
    const vague =
      e.date.precision === 'by' || (e.date.precision === 'range' && e.dateCertainty === 'inferred');
    const d = vague ? e.date.end : e.date.start;
    for (const id of e.places) {
      if (id === SPREAD_ORIGIN && (!began || d < began)) began = d;
      const p = byId.get(id);
      if (!p || !POINT_KINDS.has(p.kind) || p.unit === null || id === SPREAD_ORIGIN) continue;
      const prev = firstDay.get(key(p.coordinates));
      if (!prev || d < prev.day)
        firstDay.set(key(p.coordinates), { day: d, certainty: e.dateCertainty });
    }
  }
  const reaches: Reach[] = [];
  if (origin && began)
    for (const [k, { day, certainty }] of firstDay) {
      if (day <= began || k === key(origin.coordinates)) continue;
      const to = k.split(',').map(Number);
      reaches.push({ day, certainty, id: `spread-${k}`, geometry: arc(origin.coordinates, to) });
    }
  reachesByDataset.set(data, reaches);
  return reaches;
}

/**
 * Arcs from Zhanaozen, where the protests began, to each place protests or clashes reached by
 * that day, from the day they were first reported there. Places reported on the first day
 * itself (Aktau) get no arc: the articles do not say the protest went from one to the other.
 */
export function spreadArcs(
  data: Dataset,
  day: string,
): FeatureCollection<LineString, ArcProperties> {
  const features = spreadReaches(data)
    .filter((r) => r.day <= day)
    .map((r): Feature<LineString, ArcProperties> => ({
      type: 'Feature',
      geometry: r.geometry,
      properties: { id: r.id, fresh: r.day === day, certainty: r.certainty },
    }));
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
      properties: { id: `csto-${m.country}`, fresh: phase !== 'deployed', certainty },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** The day's places and arcs as one collection, each feature tagged with its set. */
export function dayFeatures(
  data: Dataset,
  state: DayState,
  selectedPlaceIds: ReadonlySet<string> = new Set(),
): FeatureCollection {
  const tagged = (set: string, fc: FeatureCollection) =>
    fc.features.map((f) => ({ ...f, properties: { ...f.properties, set } }));
  return {
    type: 'FeatureCollection',
    features: [
      ...tagged('places', placePoints(state, selectedPlaceIds)),
      ...tagged('spread', spreadArcs(data, state.date)),
      ...tagged('csto', cstoArcs(data, state)),
    ],
  };
}
