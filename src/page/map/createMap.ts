/**
 * The one place a maplibre map is made, for the app, the exporter and the benchmark's bare map:
 * the worker, the style and the shared settings are the same everywhere, so
 * exports match the screen and the benchmark compares the same map with and without the app.
 */
import { Map as MapLibreMap, setWorkerUrl, type MapOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapView } from '../url.ts';
import { inLang, m, type Lang } from '../../words/i18n.ts';
import { buildStyle } from '../../outputs/style.ts';
import { HATCH, hatchImage, KAZAKHSTAN_BOUNDS, ZOOM_RANGE } from '../../outputs/drawing.ts';

/** maplibre's own words (its controls' labels, the scale's units) in a language. */
export function mapLocale(lang: Lang): Record<string, string> {
  const o = inLang(lang);
  return {
    // Not the map area's own label: two landmarks may not share a name.
    'Map.Title': m.map_canvas({}, o),
    'NavigationControl.ZoomIn': m.map_zoom_in({}, o),
    'NavigationControl.ZoomOut': m.map_zoom_out({}, o),
    'ScaleControl.Kilometers': m.map_km({}, o),
    'ScaleControl.Meters': m.map_m({}, o),
  };
}

export interface AtlasMapOptions {
  /** The language of maplibre's own words; English when left out. */
  lang?: Lang;
  /** Still labels, no fades: for users who ask for less motion, and for exports. */
  reducedMotion: boolean;
  /** Where to open; the whole country by default. */
  view?: MapView | null;
  pixelRatio?: number;
  interactive?: boolean;
}

let workerSet = false;

/** Throws where the browser has no WebGL 2. */
export function createMap(
  container: HTMLElement,
  loaded: Parameters<typeof buildStyle>[0],
  { reducedMotion, view, pixelRatio, interactive = true, lang = 'en' }: AtlasMapOptions,
): MapLibreMap {
  if (!workerSet) {
    // maplibre 6 loads its worker as a module of its own; its URL must be absolute. In the
    // one-file atlas the worker is inlined as a data: URL, which a worker cannot start from:
    // it runs from a blob: URL made of the same bytes.
    setWorkerUrl(
      workerUrl.startsWith('data:')
        ? blobUrl(workerUrl)
        : new URL(workerUrl, document.baseURI).href,
    );
    workerSet = true;
  }
  const options: MapOptions = {
    container,
    style: buildStyle(loaded),
    ...(view ? { center: [view.lon, view.lat], zoom: view.zoom } : { bounds: KAZAKHSTAN_BOUNDS }),
    // The app shows the credits itself, with the sources of the geodata.
    attributionControl: false,
    // The cross-fade, the exports and the pixel checks in the tests copy the drawn canvas.
    canvasContextAttributes: { preserveDrawingBuffer: true },
    // Labels fading in and out are motion too.
    fadeDuration: reducedMotion ? 0 : 300,
    dragRotate: false,
    pitchWithRotate: false,
    maxZoom: ZOOM_RANGE.max,
    minZoom: ZOOM_RANGE.min,
    interactive,
    locale: mapLocale(lang),
    ...(pixelRatio ? { pixelRatio } : {}),
  };
  const map = new MapLibreMap(options);
  // The hatching of unrecorded regions is a pattern image, made here rather than fetched.
  const ratio = pixelRatio ?? window.devicePixelRatio;
  map.setMissingStyleImageResolver((id) => {
    if (id === HATCH.image && !map.hasImage(id))
      map.addImage(id, hatchImage(ratio), { pixelRatio: ratio });
  });
  return map;
}

function blobUrl(dataUrl: string): string {
  const [head, body = ''] = dataUrl.split(',', 2);
  const type = /^data:([^;,]+)/.exec(head!)?.[1] ?? 'text/javascript';
  const text = head!.endsWith(';base64') ? atob(body) : decodeURIComponent(body);
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type }));
}

/** Resolves once the map's style and first data are loaded. */
export function mapLoaded(map: MapLibreMap): Promise<void> {
  return new Promise((ok) => (map.loaded() ? ok() : map.once('load', () => ok())));
}

/**
 * The texts a label layer shows now, as drawn (collisions left out), in the language its
 * text-field is set to (see src/outputs/labelTexts.ts).
 */
export function labelsShown(map: MapLibreMap, layer: string): string[] {
  const field = map.getLayoutProperty(layer, 'text-field') as unknown[];
  const [own, fallback] =
    field[0] === 'coalesce'
      ? [(field[1] as string[])[1]!, (field[2] as string[])[1]!]
      : [(field as string[])[1]!, (field as string[])[1]!];
  return map
    .queryRenderedFeatures({ layers: [layer] })
    .map((f) => String(f.properties[own] ?? f.properties[fallback]));
}
