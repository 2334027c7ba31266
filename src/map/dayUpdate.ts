/**
 * Pushes one day onto a map built from style.ts: feature-state for the units, one new
 * collection for the places and arcs. Nothing else changes, so a day step is cheap. The app,
 * the exporter and the benchmark's bare map all call this.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { DayState } from '../lib/dayState.ts';
import { dayFeatures } from '../lib/mapData.ts';
import type { Dataset } from '../lib/schema.ts';
import type { Selection } from '../lib/url.ts';

/** The places and units a selection lights up on the map. */
export function highlighted(
  data: Dataset,
  selection: Selection | null,
): { places: Set<string>; units: Set<string> } {
  const places = new Set<string>();
  const units = new Set<string>();
  if (!selection) return { places, units };
  if (selection.kind === 'unit') units.add(selection.id);
  else if (selection.kind === 'place') places.add(selection.id);
  else {
    const event = data.events.find((e) => e.id === selection.id);
    const byId = new Map(data.places.map((p) => [p.id, p]));
    for (const id of event?.places ?? []) {
      const p = byId.get(id);
      if (p?.kind === 'region' && p.unit) units.add(p.unit);
      else places.add(id);
    }
  }
  return { places, units };
}

export function applyDay(
  map: MapLibreMap,
  data: Dataset,
  state: DayState,
  selection: Selection | null,
): void {
  const lit = highlighted(data, selection);
  for (const u of state.units) {
    map.setFeatureState(
      { source: 'units', id: u.id },
      {
        threat: u.terrorThreatLevel.value,
        threatInferred: u.terrorThreatLevel.certainty === 'inferred',
        emergency: u.stateOfEmergency.value ? u.stateOfEmergency.certainty : 'none',
        protest: u.protest.value,
        selected: lit.units.has(u.id),
      },
    );
  }
  (map.getSource('day') as GeoJSONSource).setData(dayFeatures(data, state, lit.places));
}

/** A diagonal-stripe pattern for inferred statuses, as raw RGBA for map.addImage. */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data.set(on ? [60, 60, 60, 200] : [0, 0, 0, 0], i);
    }
  return { width: size, height: size, data };
}
