/**
 * Pushes one day onto a map built from style.ts: feature-state for the units, one new
 * collection for the places and arcs. Nothing else changes, so a day step is cheap. The app,
 * the exporter and the benchmark's bare map all call this.
 */
import type {
  ErrorEvent,
  GeoJSONSource,
  MapSourceDataEvent,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { DayState } from '../../model/dayState.ts';
import { dayFeatures } from '../../outputs/mapData.ts';
import { DAY_SOURCE } from '../../outputs/style.ts';
import type { DayChanges } from '../../model/changes.ts';
import { emergencyBorder, regionLook } from '../../outputs/legend.ts';
import { ALL_LAYERS, isShown, type MapLayers } from '../../outputs/layers.ts';
import { highlighted } from '../../model/selection.ts';
import type { Dataset } from '../../model/schema.ts';
import type { Selection } from '../url.ts';

/** What the style draws a unit from on a day: its fill, its borders and its marks. */
export function unitFeatureState(
  u: DayState['units'][number],
  changes: DayChanges | null,
  selected: ReadonlySet<string>,
  layers: MapLayers = ALL_LAYERS,
) {
  // The region marks go with the measures: off with them.
  const measures = isShown(layers, 'measures');
  return {
    ...regionLook(u, layers),
    emergency: emergencyBorder(u, layers) ?? 'none',
    protest: measures && u.protest.value,
    changed: measures && (changes?.unitIds.has(u.id) ?? false),
    selected: selected.has(u.id),
  };
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
  changes: DayChanges | null,
  onShown?: () => void,
  layers: MapLayers = ALL_LAYERS,
): void {
  waiting.get(map)?.();
  const lit = highlighted(data, selection);
  const setStatuses = () => {
    for (const u of state.units)
      map.setFeatureState(
        { source: 'units', id: u.id },
        unitFeatureState(u, changes, lit.units, layers),
      );
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
  (map.getSource(DAY_SOURCE) as GeoJSONSource).setData(
    dayFeatures(data, state, { selected: lit.places, fresh: changes?.placeIds, layers }),
  );
}
