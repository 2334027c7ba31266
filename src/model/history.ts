/**
 * A unit's or a place's story over the whole period, for the details panel.
 */
import type { Atlas } from './atlas.ts';
import { indexById } from './indexById.ts';
import type { StatusOnDay, ThreatLevel } from './dayState.ts';
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

/** A unit's statuses on every day, from the atlas's day states (computed once per day). */
export function unitHistory(atlas: Atlas, unitId: string): UnitHistory {
  const rows = atlas.days.map((date): UnitHistoryRow => {
    const u = atlas.state(date).units.find((x) => x.id === unitId)!;
    return { date, threat: u.terrorThreatLevel, emergency: u.stateOfEmergency, protest: u.protest };
  });
  const ids = new Set(
    rows.flatMap((r) => [r.threat.recordId, r.emergency.recordId, r.protest.recordId]),
  );
  return { rows, records: atlas.data.statuses.filter((s) => ids.has(s.id)) };
}

/** Events that name a place, or a place in the unit, in date order. */
export function eventsAt(
  data: Dataset,
  selection: { kind: 'unit' | 'place'; id: string },
): AtlasEvent[] {
  const byId = indexById(data.places);
  // A town or city lists the events of the sites drawn at its point too: the map shows them as
  // one point until zoomed in, and a click on that point opens this list.
  const here = new Set<string>();
  const place = selection.kind === 'place' ? byId.get(selection.id) : undefined;
  if (place) {
    here.add(place.id);
    if (place.kind !== 'site')
      for (const p of data.places)
        if (p.kind === 'site' && String(p.coordinates) === String(place.coordinates))
          here.add(p.id);
  }
  return data.events
    .filter((e) =>
      e.places.some((id) =>
        selection.kind === 'place' ? here.has(id) : byId.get(id)?.unit === selection.id,
      ),
    )
    .sort((a, b) => a.date.start.localeCompare(b.date.start));
}
