/**
 * A unit's or a place's story over the whole period, for the details panel.
 */
import { indexById } from './indexById.ts';
import { dayRange } from './days.ts';
import { dayState, type StatusOnDay, type ThreatLevel } from './dayState.ts';
import type { AtlasEvent, Dataset, StatusRecord } from './schema.ts';

export interface UnitHistoryRow {
  date: string;
  threat: StatusOnDay<ThreatLevel>;
  emergency: StatusOnDay<boolean>;
  protest: StatusOnDay<boolean>;
}

export interface UnitHistory {
  rows: UnitHistoryRow[];
  /** The status records behind the rows, each with its sources and reasoning. */
  records: StatusRecord[];
}

export function unitHistory(data: Dataset, unitId: string): UnitHistory {
  const rows = dayRange(data.period.start, data.period.end).map((date): UnitHistoryRow => {
    const u = dayState(data, date).units.find((x) => x.id === unitId)!;
    return { date, threat: u.terrorThreatLevel, emergency: u.stateOfEmergency, protest: u.protest };
  });
  const ids = new Set(
    rows.flatMap((r) => [r.threat.recordId, r.emergency.recordId, r.protest.recordId]),
  );
  return { rows, records: data.statuses.filter((s) => ids.has(s.id)) };
}

/** Events that name a place, or a place in the unit, in date order. */
export function eventsAt(
  data: Dataset,
  selection: { kind: 'unit' | 'place'; id: string },
): AtlasEvent[] {
  const byId = indexById(data.places);
  return data.events
    .filter((e) =>
      e.places.some((id) =>
        selection.kind === 'place' ? id === selection.id : byId.get(id)?.unit === selection.id,
      ),
    )
    .sort((a, b) => a.date.start.localeCompare(b.date.start));
}
