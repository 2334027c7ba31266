/**
 * The state of one day: what the map, the panels, the exports and the CLI all show.
 * dayState() is pure: the same dataset and day always give the same state.
 */
import { indexById } from './indexById.ts';
import { daysBetween, type Day } from './days.ts';
import type {
  Activity,
  AtlasEvent,
  Citation,
  CstoPhase,
  CstoRecord,
  Dataset,
  Figure,
  Measure,
  Place,
  StatusName,
  StatusRecord,
} from './schema.ts';
import { UNITS } from './units.ts';

/** How a status is known on a day: stated by an article, inferred by us, or not recorded at all. */
export type StatusCertainty = 'reported' | 'inferred' | 'unrecorded';
export type ThreatLevel = 'red' | 'lifted' | 'none';

export interface StatusOnDay<T> {
  value: T;
  certainty: StatusCertainty;
  /**
   * An article speaks of it on this very day: the record is reported, or the day is one an
   * article published that day attests. Otherwise it is carried between such days, or inferred.
   */
  attested: boolean;
  recordId: string | null;
  reasoning?: string;
  citations: Citation[];
}

export interface UnitOnDay {
  id: string;
  name: string;
  stateOfEmergency: StatusOnDay<boolean>;
  terrorThreatLevel: StatusOnDay<ThreatLevel>;
  protest: StatusOnDay<boolean>;
}

export interface PlaceOnDay {
  place: Place;
  activity: Activity;
  certainty: 'reported' | 'inferred';
  eventIds: string[];
}

export interface PlaceEarlier {
  place: Place;
  activity: Activity;
  lastDay: Day;
  daysAgo: number;
}

/**
 * How a figure stands on a day: the latest of its kind of source ("current"), replaced by a
 * later figure from the same kind of source ("updated"), or current beside a different current
 * figure for the same group ("differs").
 */
export type FigureStatus = 'current' | 'updated' | 'differs';

export interface FigureOnDay {
  figure: Figure;
  status: FigureStatus;
}

export interface FigureGroup {
  measure: Measure;
  group: string;
  area: string;
  /** Every figure known by the day for this group, oldest first. */
  figures: FigureOnDay[];
  /** True when current figures for the same thing disagree. */
  sourcesDiffer: boolean;
}

export interface CstoOnDay {
  phase: CstoPhase;
  certainty: StatusCertainty;
  recordId: string | null;
  reasoning?: string;
  citations: Citation[];
  disputed: NonNullable<CstoRecord['disputed']>;
}

export interface DayState {
  date: Day;
  units: UnitOnDay[];
  events: AtlasEvent[];
  places: PlaceOnDay[];
  earlierPlaces: PlaceEarlier[];
  csto: CstoOnDay;
  figures: FigureGroup[];
  /** Figures from undated articles: placed on no day, listed apart. */
  undatedFigures: Figure[];
  /** Region statuses no record covers on this day in any unit, with the last day one did. */
  unrecorded: UnrecordedStatus[];
}

export interface UnrecordedStatus {
  status: 'stateOfEmergency' | 'terrorThreatLevel';
  /** The last earlier day a record covers, or null when none does. */
  lastRecorded: Day | null;
}

/** Place kinds drawn as points on the map; regions are drawn as units and countries as context. */
export const POINT_KINDS: ReadonlySet<string> = new Set(['town', 'city', 'site']);

/** When a place has several events on a day, the most serious one gives its symbol. */
export const ACTIVITY_RANK: readonly Activity[] = [
  'clashes',
  'protest',
  'security',
  'csto',
  'recovery',
  'political',
];

/** The measures in the order the panel shows them, in readable groups. */
export const MEASURE_SECTIONS: readonly { title: string; measures: readonly Measure[] }[] = [
  { title: 'Casualties', measures: ['killed', 'injured', 'hospitalised', 'intensive-care'] },
  { title: 'Security', measures: ['detained', 'weapons-seized', 'troops'] },
  {
    title: 'Damage',
    measures: ['attacks', 'looted', 'businesses-affected', 'vehicles-damaged'],
  },
  { title: 'Services', measures: ['emergency-calls', 'flights'] },
];
export const MEASURES: readonly Measure[] = MEASURE_SECTIONS.flatMap((s) => s.measures);

/** Days an event is shown on: every day of a range or night, only the last day of a "by" date. */
export function eventCovers(event: AtlasEvent, day: Day): boolean {
  const { start, end, precision } = event.date;
  return precision === 'by' ? day === end : day >= start && day <= end;
}

function statusOn<T>(
  records: StatusRecord[],
  unitId: string,
  status: StatusName,
  day: Day,
  fallback: T,
): StatusOnDay<T> {
  let found: StatusRecord | undefined;
  for (const r of records) {
    if (r.status !== status || day < r.from || day > r.to) continue;
    if (r.units !== 'all' && !r.units.includes(unitId)) continue;
    // A reported record overrides an inferred one for the same day.
    if (!found || (found.certainty === 'inferred' && r.certainty === 'reported')) found = r;
  }
  if (!found)
    return {
      value: fallback,
      certainty: 'unrecorded',
      attested: false,
      recordId: null,
      citations: [],
    };
  return {
    value: found.value as T,
    certainty: found.certainty,
    attested: found.certainty === 'reported' || (found.attested?.includes(day) ?? false),
    recordId: found.id,
    ...(found.reasoning ? { reasoning: found.reasoning } : {}),
    citations: found.citations,
  };
}

function cstoOn(records: CstoRecord[], day: Day): CstoOnDay {
  const r = records.find((c) => day >= c.from && day <= c.to);
  if (!r)
    return { phase: 'none', certainty: 'unrecorded', recordId: null, citations: [], disputed: [] };
  return {
    phase: r.phase,
    certainty: r.certainty,
    recordId: r.id,
    ...(r.reasoning ? { reasoning: r.reasoning } : {}),
    citations: r.citations,
    disputed: r.disputed ?? [],
  };
}

function figuresKnownBy(figures: Figure[], day: Day): FigureGroup[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.asOf === null || f.asOf > day) continue;
    const key = `${f.measure}|${f.group}|${f.area}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: FigureGroup[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => a.asOf!.localeCompare(b.asOf!) || a.id.localeCompare(b.id));
    // A later figure from the same kind of source updates an earlier one.
    const latest = new Map<string, string>();
    for (const f of list) latest.set(f.sourceType, f.asOf!);
    const current = list.filter((f) => f.asOf === latest.get(f.sourceType));
    const differ = new Set(current.map((f) => f.text)).size > 1;
    const { measure, group, area } = list[0]!;
    out.push({
      measure,
      group,
      area,
      figures: list.map((figure) => ({
        figure,
        status: !current.includes(figure) ? 'updated' : differ ? 'differs' : 'current',
      })),
      sourcesDiffer: differ,
    });
  }
  return out.sort((a, b) => MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure));
}

function unrecordedOn(records: StatusRecord[], units: UnitOnDay[], day: Day): UnrecordedStatus[] {
  const out: UnrecordedStatus[] = [];
  for (const status of ['stateOfEmergency', 'terrorThreatLevel'] as const) {
    if (units.some((u) => u[status].certainty !== 'unrecorded')) continue;
    let lastRecorded: Day | null = null;
    for (const r of records)
      if (r.status === status && r.to < day && (lastRecorded === null || r.to > lastRecorded))
        lastRecorded = r.to;
    out.push({ status, lastRecorded });
  }
  return out;
}

function moreSerious(a: Activity, b: Activity): Activity {
  return ACTIVITY_RANK.indexOf(a) <= ACTIVITY_RANK.indexOf(b) ? a : b;
}

export function dayState(data: Dataset, day: Day): DayState {
  const placeById = indexById(data.places);
  const units = UNITS.map((u): UnitOnDay => ({
    id: u.id,
    name: u.name,
    stateOfEmergency: statusOn(data.statuses, u.id, 'stateOfEmergency', day, false),
    terrorThreatLevel: statusOn<ThreatLevel>(data.statuses, u.id, 'terrorThreatLevel', day, 'none'),
    protest: statusOn(data.statuses, u.id, 'protest', day, false),
  }));

  const events: AtlasEvent[] = [];
  const active = new Map<string, PlaceOnDay>();
  const earlier = new Map<string, PlaceEarlier>();
  for (const e of data.events) {
    const covers = eventCovers(e, day);
    if (covers) events.push(e);
    const lastDay = e.date.end;
    for (const id of e.places) {
      const place = placeById.get(id);
      if (!place || !POINT_KINDS.has(place.kind) || place.unit === null) continue;
      if (covers) {
        const seen = active.get(id);
        if (seen) {
          seen.activity = moreSerious(seen.activity, e.activity);
          if (e.dateCertainty === 'reported') seen.certainty = 'reported';
          seen.eventIds.push(e.id);
        } else
          active.set(id, {
            place,
            activity: e.activity,
            certainty: e.dateCertainty,
            eventIds: [e.id],
          });
      } else if (lastDay < day) {
        const prev = earlier.get(id);
        if (
          !prev ||
          prev.lastDay < lastDay ||
          (prev.lastDay === lastDay && moreSerious(prev.activity, e.activity) !== prev.activity)
        )
          earlier.set(id, {
            place,
            activity: e.activity,
            lastDay,
            daysAgo: daysBetween(lastDay, day),
          });
      }
    }
  }
  for (const id of active.keys()) earlier.delete(id);

  return {
    date: day,
    units,
    events: events.sort(
      (a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id),
    ),
    places: [...active.values()],
    earlierPlaces: [...earlier.values()],
    csto: cstoOn(data.csto, day),
    figures: figuresKnownBy(data.figures, day),
    undatedFigures: data.figures.filter((f) => f.asOf === null),
    unrecorded: unrecordedOn(data.statuses, units, day),
  };
}
