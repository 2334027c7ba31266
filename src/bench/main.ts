/**
 * Benchmark pages (built only with BENCH=1): ?mode=app runs the real app, ?mode=bare a bare
 * maplibre map with the same style, settings and day update, without the app around it;
 * &events=N swaps in a synthetic dataset of N events.
 */
import { mount } from 'svelte';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import App from '../App.svelte';
import '../global.css';
import { loadAtlas, type LoadResult } from '../load.ts';
import { dayState } from '../lib/dayState.ts';
import { syntheticDataset } from '../lib/synthetic.ts';
import { HATCH_IMAGE, KAZAKHSTAN_BOUNDS, buildStyle } from '../map/style.ts';
import { applyDay, hatchImage } from '../map/dayUpdate.ts';
import { mapOptions } from '../map/options.ts';

declare global {
  interface Window {
    bareMap?: { step(day: string): Promise<number>; ready: Promise<void> };
  }
}

const params = new URLSearchParams(location.search);
const events = Number(params.get('events') ?? 0);

async function load(): Promise<LoadResult> {
  const result = await loadAtlas();
  if (!result.ok || !events) return result;
  const units = result.value.units.features;
  const unitAt = (p: [number, number]) =>
    units.find((f) => booleanPointInPolygon(p, f))?.properties.id ?? null;
  return {
    ok: true,
    value: { ...result.value, data: syntheticDataset(result.value.data, events, unitAt) },
  };
}

const target = document.getElementById('app')!;
if (params.get('mode') === 'bare') {
  target.style.cssText = 'position:absolute;inset:0';
  const loaded = await load();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const { data } = loaded.value;
  setWorkerUrl(new URL(workerUrl, document.baseURI).href);
  // The app's map area is the window less its side panel and timeline; match its size.
  const box = document.createElement('div');
  box.style.cssText = `position:absolute;left:0;top:0;width:${Number(params.get('w') ?? 900)}px;height:${Number(params.get('h') ?? 700)}px`;
  target.append(box);
  const map = new MapLibreMap({
    container: box,
    style: buildStyle(loaded.value),
    bounds: KAZAKHSTAN_BOUNDS,
    ...mapOptions(matchMedia('(prefers-reduced-motion: reduce)').matches),
  });
  map.setMissingStyleImageResolver((id) => {
    if (id === HATCH_IMAGE) map.addImage(id, hatchImage());
  });
  const ready = new Promise<void>((ok) => map.once('load', () => ok()));
  window.bareMap = {
    ready,
    step: (day) =>
      new Promise((ok) => {
        const t0 = performance.now();
        applyDay(map, data, dayState(data, day), null);
        map.once('idle', () => ok(performance.now() - t0));
      }),
  };
} else {
  mount(App, { target, props: { load } });
}
