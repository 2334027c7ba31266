/**
 * What is new on a day compared with the day before: statuses that began, changed, ended or
 * stopped being recorded (grouped by region), the CSTO phase, new events and new or updated
 * figures. The panel, the map's highlights, the headline of exports and the tour read it.
 */
import {
  dayState,
  type DayState,
  type FigureGroup,
  type StatusCertainty,
  type ThreatLevel,
  type UnitOnDay,
} from './dayState.ts';
import { addDays } from './days.ts';
import type { AtlasEvent, CstoPhase, Dataset, Figure } from './schema.ts';

export type RegionStatus = 'stateOfEmergency' | 'terrorThreatLevel' | 'protest';

/**
 * began: in force now, not the day before; changed: another value (the "red" level lifted);
 * ended: a record says it is over; unrecorded: no record covers it any more, which is not the
 * same as saying it ended.
 */
export type ChangeKind = 'began' | 'changed' | 'ended' | 'unrecorded';

export interface StatusChange {
  status: RegionStatus;
  kind: ChangeKind;
  value: boolean | ThreatLevel;
  certainty: StatusCertainty;
  /** Unit ids, in the order of UNITS. */
  units: string[];
  /** How many units had this value the day before (a status extended to more regions). */
  alreadyIn: number;
}

export interface FigureChange {
  figure: Figure;
  /** It replaces an earlier figure from the same kind of source. */
  updates: boolean;
}

export interface DayChanges {
  date: string;
  statuses: StatusChange[];
  csto: { from: CstoPhase; to: CstoPhase; certainty: StatusCertainty } | null;
  /** Events shown today and not the day before. */
  events: AtlasEvent[];
  figures: FigureChange[];
  /** Units whose statuses changed, for the map. */
  unitIds: Set<string>;
  /** Places active today that were not the day before, for the map. */
  placeIds: Set<string>;
}

const STATUSES: readonly RegionStatus[] = ['stateOfEmergency', 'terrorThreatLevel', 'protest'];
const OFF: Record<RegionStatus, boolean | ThreatLevel> = {
  stateOfEmergency: false,
  terrorThreatLevel: 'none',
  protest: false,
};

function kindOf(status: RegionStatus, before: UnitOnDay, after: UnitOnDay): ChangeKind | null {
  const a = before[status];
  const b = after[status];
  if (a.value === b.value) return null;
  if (b.value === OFF[status]) return b.certainty === 'unrecorded' ? 'unrecorded' : 'ended';
  return a.value === OFF[status] ? 'began' : 'changed';
}

function figuresOf(groups: FigureGroup[]): Figure[] {
  return groups.flatMap((g) => g.figures.map((f) => f.figure));
}

/**
 * The changes from `before` to `after`. Without a day before (the first day), everything in
 * force is new.
 */
export function dayChanges(before: DayState | null, after: DayState): DayChanges {
  const statuses: StatusChange[] = [];
  const unitIds = new Set<string>();
  for (const status of STATUSES) {
    const groups = new Map<string, StatusChange>();
    const had = (value: unknown) =>
      before ? before.units.filter((p) => p[status].value === value).length : 0;
    for (const u of after.units) {
      const prev: UnitOnDay = before?.units.find((p) => p.id === u.id) ?? {
        ...u,
        stateOfEmergency: { ...u.stateOfEmergency, value: false },
        terrorThreatLevel: { ...u.terrorThreatLevel, value: 'none' },
        protest: { ...u.protest, value: false },
      };
      const kind = kindOf(status, prev, u);
      if (!kind) continue;
      const { value, certainty } = u[status];
      const key = `${kind}|${String(value)}|${certainty}`;
      const g = groups.get(key);
      if (g) g.units.push(u.id);
      else
        groups.set(key, { status, kind, value, certainty, units: [u.id], alreadyIn: had(value) });
      unitIds.add(u.id);
    }
    statuses.push(...groups.values());
  }

  const csto =
    before && before.csto.phase !== after.csto.phase
      ? { from: before.csto.phase, to: after.csto.phase, certainty: after.csto.certainty }
      : !before && after.csto.phase !== 'none'
        ? { from: 'none' as const, to: after.csto.phase, certainty: after.csto.certainty }
        : null;

  const earlierEvents = new Set(before?.events.map((e) => e.id));
  const events = after.events.filter((e) => !earlierEvents.has(e.id));

  const known = new Set(before ? figuresOf(before.figures).map((f) => f.id) : []);
  const figures: FigureChange[] = [];
  for (const g of after.figures)
    for (const f of g.figures) {
      if (known.has(f.figure.id)) continue;
      const updates = g.figures.some(
        (o) => o.figure.sourceType === f.figure.sourceType && known.has(o.figure.id),
      );
      figures.push({ figure: f.figure, updates });
    }

  const activeBefore = new Set(before?.places.map((p) => p.place.id));
  const placeIds = new Set(
    after.places.filter((p) => !activeBefore.has(p.place.id)).map((p) => p.place.id),
  );

  return { date: after.date, statuses, csto, events, figures, unitIds, placeIds };
}

/** The changes on a day of the dataset; `stateOf` lets a caller reuse states it has. */
export function changesOn(
  data: Dataset,
  state: DayState,
  stateOf: (day: string) => DayState = (day) => dayState(data, day),
): DayChanges {
  const before = state.date > data.period.start ? stateOf(addDays(state.date, -1)) : null;
  return dayChanges(before, state);
}
