/**
 * Pushes one day onto a map built from style.ts: feature-state for the units, one new
 * collection for the places and arcs. Nothing else changes, so a day step is cheap. The app,
 * the exporter and the benchmark's bare map all call this.
 */
import { indexById } from '../lib/indexById.ts';
import type {
  ErrorEvent,
  GeoJSONSource,
  MapSourceDataEvent,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { DayState } from '../lib/dayState.ts';
import { dayFeatures } from '../lib/mapData.ts';
import { DAY_SOURCE } from './style.ts';
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
    const byId = indexById(data.places);
    for (const id of event?.places ?? []) {
      const p = byId.get(id);
      if (p?.kind === 'region' && p.unit) units.add(p.unit);
      else places.add(id);
    }
  }
  return { places, units };
}

/** The longest a day update may hold back the map's frames (see applyDay). */
const MAX_HOLD_MS = 200;

/** Cancels the update still waiting on each map's worker, if any. */
const waiting = new WeakMap<MapLibreMap, () => void>();

/**
 * Shows a day on the map in one frame. The places and arcs go to the worker first; the units'
 * statuses are set only once the worker's tiles are back, so no frame mixes one day's statuses
 * with another day's places. `onShown` runs once the day is ready, just before the map asks for
 * the frame that draws it: what the page changes then appears in that same frame, and the page's
 * own update runs while the map waits for that frame. A later call replaces one still waiting,
 * which then never runs its `onShown`.
 *
 * While the worker is busy the map's frames are held back, for at most MAX_HOLD_MS: where WebGL
 * runs on the CPU, a frame drawn meanwhile takes the CPU from the worker and adds a frame's time
 * to the step.
 */
export function applyDay(
  map: MapLibreMap,
  data: Dataset,
  state: DayState,
  selection: Selection | null,
  onShown?: () => void,
): void {
  waiting.get(map)?.();
  const lit = highlighted(data, selection);
  const setStatuses = () => {
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
  };

  // maplibre has no call to pause drawing; shadowing triggerRepaint on the instance does it.
  let held = true;
  map.triggerRepaint = () => {};
  const release = () => {
    if (!held) return;
    held = false;
    delete (map as { triggerRepaint?: unknown }).triggerRepaint;
    map.triggerRepaint();
  };
  let reloading = false;
  const onData = (e: MapSourceDataEvent) => {
    if (e.sourceId !== DAY_SOURCE) return;
    if (e.sourceDataType === 'content') reloading = true;
    if (reloading && map.isSourceLoaded(DAY_SOURCE)) done();
  };
  const onError = (e: ErrorEvent & { sourceId?: string }) => {
    if (e.sourceId === DAY_SOURCE) done();
  };
  const timer = setTimeout(release, MAX_HOLD_MS);
  const stop = () => {
    clearTimeout(timer);
    map.off('sourcedata', onData);
    map.off('error', onError);
    waiting.delete(map);
  };
  const done = () => {
    stop();
    setStatuses();
    onShown?.();
    release();
  };
  map.on('sourcedata', onData);
  map.on('error', onError);
  waiting.set(map, () => {
    stop();
    release();
  });
  (map.getSource(DAY_SOURCE) as GeoJSONSource).setData(dayFeatures(data, state, lit.places));
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
