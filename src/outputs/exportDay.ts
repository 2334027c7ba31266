/**
 * One day as a GeoJSON FeatureCollection: a feature per unit with its statuses, a point per
 * place active that day. The schema is documented in the README; `npm run export` and the
 * app's "GeoJSON" download both produce it.
 */
import { type DayChanges, type StatusChange } from '../model/changes.ts';
import { headline } from '../words/changes.ts';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type {
  DayState,
  FigureStatus,
  StatusCertainty,
  StatusOnDay,
  ThreatLevel,
} from '../model/dayState.ts';
import type { Citation, CstoPhase, Figure, Measure } from '../model/schema.ts';
import { unitById } from '../model/units.ts';

export interface UnitProperties {
  id: string;
  approximate?: boolean;
  approximateNote?: string | null;
}
export type UnitsCollection = FeatureCollection<Polygon | MultiPolygon, UnitProperties>;

export interface RegionFeatureProperties {
  kind: 'region';
  id: string;
  name: string;
  stateOfEmergency: boolean;
  stateOfEmergencyCertainty: StatusCertainty;
  terrorThreatLevel: ThreatLevel;
  terrorThreatLevelCertainty: StatusCertainty;
  protest: boolean;
  protestCertainty: StatusCertainty;
  /** "inferred" if any status is inferred, "reported" if all recorded ones are, else "unrecorded". */
  certainty: StatusCertainty;
  approximateBoundary: boolean;
  sources: Citation[];
}

export interface PlaceFeatureProperties {
  kind: 'place';
  id: string;
  name: string;
  region: string;
  activity: string;
  certainty: 'reported' | 'inferred';
  events: string[];
  sources: Citation[];
}

/** One figure known on the day (see README, "Day export schema"). */
export interface FigureRecord {
  id: string;
  measure: Measure;
  group: string;
  area: string;
  value: Figure['value'];
  text: string;
  asOf: string | null;
  asOfCertainty: Figure['asOfCertainty'];
  status: FigureStatus;
  sources: Citation[];
}

export interface UndatedFigureRecord extends Omit<FigureRecord, 'status'> {
  notBefore: string | null;
}

export interface DayCollection extends FeatureCollection<
  Polygon | MultiPolygon | Point,
  RegionFeatureProperties | PlaceFeatureProperties
> {
  date: string;
  csto: CstoPhase;
  cstoCertainty: StatusCertainty;
  figures: FigureRecord[];
  undatedFigures: UndatedFigureRecord[];
  /** What is new since the day before, in words and as ids. */
  changes: ChangesRecord;
}

export interface ChangesRecord {
  headline: string;
  statuses: StatusChange[];
  csto: DayChanges['csto'];
  newEvents: string[];
  newFigures: { id: string; updates: boolean }[];
}

function figureRecord(f: Figure): Omit<FigureRecord, 'status'> {
  return {
    id: f.id,
    measure: f.measure,
    group: f.group,
    area: f.area,
    value: f.value,
    text: f.text,
    asOf: f.asOf,
    asOfCertainty: f.asOfCertainty,
    sources: f.citations,
  };
}

export function overallCertainty(statuses: StatusOnDay<unknown>[]): StatusCertainty {
  if (statuses.some((s) => s.certainty === 'inferred')) return 'inferred';
  if (statuses.some((s) => s.certainty === 'reported')) return 'reported';
  return 'unrecorded';
}

function uniqueCitations(lists: Citation[][]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const c of lists.flat()) {
    const key = `${c.article}\u0000${c.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

export function exportDay(
  state: DayState,
  units: UnitsCollection,
  changes: DayChanges,
): DayCollection {
  const geometry = new Map(units.features.map((f) => [f.properties.id, f]));
  const regions = state.units.map((u): Feature<Polygon | MultiPolygon, RegionFeatureProperties> => {
    const f = geometry.get(u.id);
    if (!f) throw new Error(`no boundary for unit "${u.id}" in the units file`);
    const statuses = [u.stateOfEmergency, u.terrorThreatLevel, u.protest];
    return {
      type: 'Feature',
      id: u.id,
      geometry: f.geometry,
      properties: {
        kind: 'region',
        id: u.id,
        name: u.name,
        stateOfEmergency: u.stateOfEmergency.value,
        stateOfEmergencyCertainty: u.stateOfEmergency.certainty,
        terrorThreatLevel: u.terrorThreatLevel.value,
        terrorThreatLevelCertainty: u.terrorThreatLevel.certainty,
        protest: u.protest.value,
        protestCertainty: u.protest.certainty,
        certainty: overallCertainty(statuses),
        approximateBoundary: f.properties.approximate === true,
        sources: uniqueCitations(statuses.map((s) => s.citations)),
      },
    };
  });
  const eventsById = new Map(state.events.map((e) => [e.id, e]));
  const places = state.places.map((p): Feature<Point, PlaceFeatureProperties> => ({
    type: 'Feature',
    id: p.place.id,
    geometry: { type: 'Point', coordinates: p.place.coordinates },
    properties: {
      kind: 'place',
      id: p.place.id,
      name: p.place.name,
      region: unitById(p.place.unit ?? '')?.name ?? '',
      activity: p.activity,
      certainty: p.certainty,
      events: p.eventIds,
      sources: uniqueCitations(p.eventIds.map((id) => eventsById.get(id)?.citations ?? [])),
    },
  }));
  return {
    type: 'FeatureCollection',
    date: state.date,
    csto: state.csto.phase,
    cstoCertainty: state.csto.certainty,
    figures: state.figures.flatMap((g) =>
      g.figures.map(({ figure, status }) => ({ ...figureRecord(figure), status })),
    ),
    undatedFigures: state.undatedFigures.map((f) => ({
      ...figureRecord(f),
      notBefore: f.notBefore ?? null,
    })),
    changes: {
      headline: headline(changes),
      statuses: changes.statuses,
      csto: changes.csto,
      newEvents: changes.events.map((e) => e.id),
      newFigures: changes.figures.map((f) => ({ id: f.figure.id, updates: f.updates })),
    },
    features: [...regions, ...places],
  };
}
