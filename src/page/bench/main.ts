/**
 * Benchmark pages (built only with BENCH=1): ?mode=app runs the real app, ?mode=bare a bare
 * maplibre map with the same style, settings and day update, without the app around it;
 * &events=N swaps in a synthetic dataset of N events.
 */
import { mount } from 'svelte';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import App from '../App.svelte';
import '../global.css';
import { loadAtlas, type LoadResult } from '../load.ts';
import { Atlas } from '../../model/atlas.ts';
import { syntheticDataset } from './synthetic.ts';
import { applyDay } from '../map/dayUpdate.ts';
import { createMap, mapLoaded } from '../map/createMap.ts';

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
  const atlas = new Atlas(data);
  // The app's map area is the window less its side panel and timeline; match its size.
  const box = document.createElement('div');
  box.style.cssText = `position:absolute;left:0;top:0;width:${Number(params.get('w') ?? 900)}px;height:${Number(params.get('h') ?? 700)}px`;
  target.append(box);
  const map = createMap(box, loaded.value, {
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
  });
  const ready = mapLoaded(map);
  window.bareMap = {
    ready,
    step: (day) =>
      new Promise((ok) => {
        const t0 = performance.now();
        applyDay(map, data, atlas.state(day), null, atlas.changes(day));
        map.once('idle', () => ok(performance.now() - t0));
      }),
  };
} else {
  mount(App, { target, props: { load } });
}
