/**
 * Every day in one GeoJSON, for tools with time playback (kepler.gl picks up the `time` field):
 * a point per place on each day it is active, and a point per region and day (at the region's
 * label point) with its statuses. Properties are flat text and numbers, as such tools read them.
 * Documented in the README ("All days as GeoJSON").
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { indexById } from '../model/indexById.ts';
import { dayRange } from '../model/days.ts';
import type { DayState } from '../model/dayState.ts';
import type { Dataset } from '../model/schema.ts';
import { unitById } from '../model/units.ts';

export type AllDaysProperties = Record<string, string | number | boolean>;

/**
 * The day's start without a time zone ("2022-01-06T00:00:00"), so a tool shows the same day
 * wherever it runs, rather than the day before west of Greenwich.
 */
export const dayTime = (day: string) => `${day}T00:00:00`;

export function allDaysGeoJson(
  data: Dataset,
  stateOf: (day: string) => DayState,
): FeatureCollection<Point, AllDaysProperties> {
  const places = indexById(data.places);
  const features: Feature<Point, AllDaysProperties>[] = [];
  for (const day of dayRange(data.period.start, data.period.end)) {
    const state = stateOf(day);
    const events = indexById(state.events);
    for (const p of state.places) {
      const cited = p.eventIds.flatMap((id) => events.get(id)?.citations ?? []);
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: p.place.coordinates },
        properties: {
          kind: 'place',
          date: day,
          time: dayTime(day),
          id: p.place.id,
          name: p.place.name,
          region: unitById(p.place.unit ?? '')?.name ?? '',
          location_precision: p.place.precision,
          activity: p.activity,
          certainty: p.certainty,
          events: p.eventIds.join('; '),
          articles: [...new Set(cited.map((c) => c.article))].sort().join('; '),
        },
      });
    }
    for (const u of state.units) {
      // An oblast at its label point; a city of republican significance at the city.
      const at = (places.get(u.id) ?? places.get(unitById(u.id)?.centre ?? ''))?.coordinates;
      if (!at) continue;
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: at },
        properties: {
          kind: 'region',
          date: day,
          time: dayTime(day),
          id: u.id,
          name: u.name,
          state_of_emergency: u.stateOfEmergency.value,
          state_of_emergency_certainty: u.stateOfEmergency.certainty,
          threat_level: u.terrorThreatLevel.value,
          threat_level_certainty: u.terrorThreatLevel.certainty,
          protest: u.protest.value,
          protest_certainty: u.protest.certainty,
          csto_phase: state.csto.phase,
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
