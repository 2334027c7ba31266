/**
 * The map's style, built in code from the project's own data: no tile server, no glyph server,
 * no sprite. Layers are data, and LAYER_ORDER alone decides what is drawn over what.
 */
import { FONT, FONT_BOLD, FONT_SUBSETS, type FontFiles } from './fonts.ts';
import type {
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { COLORS } from './legend.ts';
import { ARCS, CHANGED_GLOW, EMERGENCY_BORDER, HATCH, LABELS } from './drawing.ts';
import { mapLabels, originLabels } from './drawing.ts';
import type { Lang } from '../words/i18n.ts';
import { NEAR_ZOOM } from './mapData.ts';
import { labelTexts } from './labelTexts.ts';
import type { Dataset } from '../model/schema.ts';

/** The GeoJSON source of the day's places and arcs, replaced on every day step. */
export const DAY_SOURCE = 'day';

/** From this zoom on the finer neighbours replace the coarse world. */
const DETAIL_ZOOM = 4;

export interface StyleInputs {
  data: Dataset;
  units: FeatureCollection;
  neighbours: FeatureCollection;
  /** The world's countries, coarse, for the map zoomed out. */
  world: FeatureCollection;
  /** Absolute URLs of the woff2 files (latin, latin-ext, cyrillic, cyrillic-ext). */
  fonts: FontFiles;
  /** The language of the labels; English when left out. */
  lang?: Lang;
}

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

const state = (name: string) => ['feature-state', name] as const;
const isState = (name: string, value: string | boolean): FilterSpecification =>
  ['==', ['coalesce', state(name), false], value] as unknown as FilterSpecification;

export function buildSources(inputs: StyleInputs): Record<string, SourceSpecification> {
  const labels = mapLabels(inputs.data);
  return {
    world: { type: 'geojson', data: inputs.world },
    neighbours: { type: 'geojson', data: inputs.neighbours },
    units: { type: 'geojson', data: inputs.units, promoteId: 'id' },
    'oblast-labels': { type: 'geojson', data: labels.oblasts },
    'city-labels': { type: 'geojson', data: labels.cities },
    'country-labels': { type: 'geojson', data: labels.countries },
    origins: { type: 'geojson', data: originLabels(inputs.data) },
    // Everything that changes from day to day, in one source so that a day step is one update.
    [DAY_SOURCE]: { type: 'geojson', data: empty, lineMetrics: true },
  };
}

/** Which of the day's feature sets (see dayFeatures in lib/mapData.ts) a feature belongs to. */
const ofSet = (set: 'places' | 'spread' | 'csto') => ['==', ['get', 'set'], set];
const isPoint = ['==', ['geometry-type'], 'Point'];

/**
 * A place layer in two: zoomed out it draws the shared point of a city and its sites, zoomed in
 * each of them apart (see placePoints in lib/mapData.ts).
 */
function farAndNear(layer: Record<string, unknown> & { id: string; filter: unknown[] }) {
  return {
    [layer.id]: {
      ...layer,
      maxzoom: NEAR_ZOOM,
      filter: ['all', layer.filter, isPoint, ['!=', ['get', 'role'], 'member']],
    },
    [`${layer.id}-near`]: {
      ...layer,
      id: `${layer.id}-near`,
      minzoom: NEAR_ZOOM,
      filter: ['all', layer.filter, isPoint, ['!=', ['get', 'role'], 'group']],
    },
  };
}

/** An opacity, faint for a place that is not selected while another is. */
const undimmed = (opacity: unknown) => ['case', ['get', 'dimmed'], ['*', 0.25, opacity], opacity];

const text = (size: number | unknown[], font = FONT) => ({
  'text-font': [font],
  'text-size': size,
});
const halo = { 'text-color': COLORS.text, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.4 };

/** Every layer by id. */
// Typed loosely here: the assembled style is checked against the style spec by a test.
export const LAYERS = {
  background: { id: 'background', type: 'background', paint: { 'background-color': COLORS.water } },
  // Zoomed out, the whole world, coarse; zoomed in, the finer neighbours around Kazakhstan,
  // whose clipped box then reaches past the edges of the screen.
  'world-fill': {
    id: 'world-fill',
    type: 'fill',
    source: 'world',
    maxzoom: DETAIL_ZOOM,
    paint: { 'fill-color': COLORS.land },
  },
  'world-line': {
    id: 'world-line',
    type: 'line',
    source: 'world',
    maxzoom: DETAIL_ZOOM,
    paint: { 'line-color': COLORS.neighbourLine, 'line-width': 0.5 },
  },
  'neighbours-fill': {
    id: 'neighbours-fill',
    type: 'fill',
    source: 'neighbours',
    minzoom: DETAIL_ZOOM,
    paint: { 'fill-color': COLORS.land },
  },
  'neighbours-line': {
    id: 'neighbours-line',
    type: 'line',
    source: 'neighbours',
    minzoom: DETAIL_ZOOM,
    paint: { 'line-color': COLORS.neighbourLine, 'line-width': 0.7 },
  },
  'units-fill': {
    id: 'units-fill',
    type: 'fill',
    source: 'units',
    paint: {
      'fill-color': [
        'match',
        ['coalesce', state('regime'), 'none'],
        ...(['red', 'lifted', 'emergency'] as const).flatMap((r) => [
          r,
          ['case', isState('attested', true), COLORS.regime[r].attested, COLORS.regime[r].carried],
        ]),
        COLORS.regime.none.carried,
      ],
    },
  },
  // Hatched where no record covers a region's measures: never drawn as "none".
  'units-unrecorded': {
    id: 'units-unrecorded',
    type: 'fill',
    source: 'units',
    paint: {
      'fill-pattern': HATCH.image,
      'fill-opacity': ['case', isState('unrecorded', true), 1, 0],
    },
  },
  // Under the boundaries: a glow inside each region whose statuses changed on the day.
  'units-changed': {
    id: 'units-changed',
    type: 'line',
    source: 'units',
    paint: {
      'line-color': COLORS.changed,
      'line-width': CHANGED_GLOW.width,
      'line-offset': CHANGED_GLOW.width / 2,
      'line-blur': CHANGED_GLOW.blur,
      'line-opacity': ['case', isState('changed', true), CHANGED_GLOW.opacity, 0],
    },
  },
  'units-line': {
    id: 'units-line',
    type: 'line',
    source: 'units',
    paint: { 'line-color': COLORS.unitLine, 'line-width': 0.8 },
  },
  'units-protest': {
    id: 'units-protest',
    type: 'line',
    source: 'units',
    paint: {
      'line-color': COLORS.protestOutline,
      'line-width': 3,
      'line-offset': 1.5,
      'line-opacity': ['case', isState('protest', true), 0.95, 0],
    },
  },
  'units-emergency': {
    id: 'units-emergency',
    type: 'line',
    source: 'units',
    paint: {
      'line-color': COLORS.emergency,
      'line-width': EMERGENCY_BORDER.width,
      'line-opacity': ['case', isState('emergency', 'attested'), 1, 0],
    },
  },
  'units-emergency-carried': {
    id: 'units-emergency-carried',
    type: 'line',
    source: 'units',
    paint: {
      'line-color': COLORS.emergency,
      'line-width': EMERGENCY_BORDER.width,
      'line-dasharray': [...EMERGENCY_BORDER.dash],
      'line-opacity': ['case', isState('emergency', 'carried'), 1, 0],
    },
  },
  'units-selected': {
    id: 'units-selected',
    type: 'line',
    source: 'units',
    paint: {
      'line-color': '#111111',
      'line-width': 3,
      'line-opacity': ['case', isState('selected', true), 1, 0],
    },
  },
  'spread-arcs': {
    id: 'spread-arcs',
    type: 'line',
    source: DAY_SOURCE,
    filter: ofSet('spread'),
    layout: { 'line-cap': 'round' },
    paint: {
      'line-width': ['case', ['get', 'fresh'], ARCS.width.fresh, ARCS.width.other],
      'line-opacity': [
        'interpolate',
        ['linear'],
        ['get', 'age'],
        0,
        1,
        ARCS.spread.fade.days,
        ARCS.spread.fade.floor,
      ],
      'line-gradient': [
        'interpolate',
        ['linear'],
        ['line-progress'],
        0,
        ARCS.spread.start,
        1,
        ARCS.spread.color,
      ],
    },
  },
  'csto-arcs': {
    id: 'csto-arcs',
    type: 'line',
    source: DAY_SOURCE,
    filter: ofSet('csto'),
    layout: { 'line-cap': 'round' },
    paint: {
      'line-width': ['case', ['get', 'fresh'], ARCS.width.fresh, ARCS.width.other],
      'line-gradient': [
        'interpolate',
        ['linear'],
        ['line-progress'],
        0,
        ARCS.csto.start,
        1,
        ARCS.csto.color,
      ],
    },
  },
  'city-dots': {
    id: 'city-dots',
    type: 'circle',
    source: 'city-labels',
    paint: { 'circle-radius': LABELS.city.dot, 'circle-color': LABELS.city.color },
  },
  'place-legs': {
    id: 'place-legs',
    type: 'line',
    source: DAY_SOURCE,
    minzoom: NEAR_ZOOM,
    filter: ['all', ofSet('places'), ['==', ['get', 'role'], 'leg']],
    paint: { 'line-color': '#4a463f', 'line-width': 1, 'line-opacity': ['get', 'weight'] },
  },
  ...farAndNear({
    id: 'places-earlier',
    type: 'circle',
    source: DAY_SOURCE,
    filter: ['all', ofSet('places'), ['==', ['get', 'status'], 'earlier']],
    paint: {
      'circle-radius': ['case', ['get', 'selected'], 8, 5],
      'circle-color': COLORS.earlier,
      'circle-opacity': ['case', ['get', 'selected'], 1, undimmed(['*', 0.8, ['get', 'weight']])],
      'circle-stroke-color': ['case', ['get', 'selected'], '#111111', '#ffffff'],
      'circle-stroke-width': ['case', ['get', 'selected'], 3, 1],
      'circle-stroke-opacity': ['case', ['get', 'selected'], 1, undimmed(['get', 'weight'])],
    },
  }),
  // A glow behind each place that is new on the day, like the regions that changed.
  ...farAndNear({
    id: 'places-new',
    type: 'circle',
    source: DAY_SOURCE,
    filter: ['all', ofSet('places'), ['==', ['get', 'status'], 'active'], ['get', 'fresh']],
    paint: {
      'circle-radius': 16,
      'circle-color': COLORS.changed,
      'circle-opacity': undimmed(0.95),
      'circle-blur': 0.2,
    },
  }),
  ...farAndNear({
    id: 'places-active',
    type: 'circle',
    source: DAY_SOURCE,
    filter: ['all', ofSet('places'), ['==', ['get', 'status'], 'active']],
    paint: {
      'circle-radius': ['case', ['get', 'selected'], 10, 7],
      'circle-color': [
        'case',
        ['==', ['get', 'certainty'], 'inferred'],
        '#ffffff',
        activityColor(),
      ],
      'circle-stroke-color': [
        'case',
        ['get', 'selected'],
        '#111111',
        ['==', ['get', 'certainty'], 'inferred'],
        activityColor(),
        '#ffffff',
      ],
      'circle-stroke-width': [
        'case',
        ['get', 'selected'],
        3,
        ['==', ['get', 'certainty'], 'inferred'],
        3,
        1.5,
      ],
      'circle-opacity': undimmed(1),
      'circle-stroke-opacity': undimmed(1),
    },
  }),
  'origin-dots': {
    id: 'origin-dots',
    type: 'circle',
    source: 'origins',
    paint: {
      'circle-radius': 3,
      'circle-color': COLORS.text,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  },
  'oblast-labels': {
    id: 'oblast-labels',
    type: 'symbol',
    source: 'oblast-labels',
    layout: {
      ...text(['interpolate', ['linear'], ['zoom'], 3, 10, 7, 14]),
      'text-max-width': LABELS.oblast.maxWidth,
    },
    paint: {
      'text-color': LABELS.oblast.color,
      'text-halo-color': LABELS.oblast.halo,
      'text-halo-width': 1.2,
    },
  },
  'country-labels': {
    id: 'country-labels',
    type: 'symbol',
    source: 'country-labels',
    layout: { ...text(LABELS.country.size), 'text-letter-spacing': LABELS.country.letterSpacing },
    paint: {
      'text-color': LABELS.country.color,
      'text-halo-color': LABELS.country.halo,
      'text-halo-width': 1,
    },
  },
  'city-labels': {
    id: 'city-labels',
    type: 'symbol',
    source: 'city-labels',
    layout: {
      ...text(LABELS.city.size, FONT_BOLD),
      'text-anchor': 'top',
      'text-offset': [0, 0.5],
    },
    paint: halo,
  },
  // Where the protests began keeps its label every day.
  'origin-labels': {
    id: 'origin-labels',
    type: 'symbol',
    source: 'origins',
    layout: {
      ...text(12, FONT_BOLD),
      'text-anchor': ['get', 'anchor'],
      'text-offset': [
        'match',
        ['get', 'anchor'],
        'bottom-left',
        ['literal', [-0.5, -1]],
        ['literal', [0.6, 0]],
      ],
      'text-justify': 'auto',
      'text-allow-overlap': true,
    },
    paint: halo,
  },
  ...farAndNear({
    id: 'place-labels',
    type: 'symbol',
    source: DAY_SOURCE,
    filter: ['all', ofSet('places'), ['==', ['get', 'status'], 'active'], ['!', ['get', 'origin']]],
    layout: {
      ...text(['interpolate', ['linear'], ['zoom'], 3, 11, 8, 14], FONT_BOLD),
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.9,
      'text-justify': 'auto',
      'text-max-width': 14,
    },
    paint: { ...halo, 'text-opacity': undimmed(1) },
  }),
} as unknown as Record<string, LayerSpecification>;

function activityColor(): unknown[] {
  return [
    'match',
    ['get', 'activity'],
    ...Object.entries(COLORS.activity).flat(),
    COLORS.activity.political,
  ];
}

/** Bottom to top. */
export const LAYER_ORDER = [
  'background',
  'world-fill',
  'world-line',
  'neighbours-fill',
  'neighbours-line',
  'units-fill',
  'units-unrecorded',
  'units-changed',
  'units-line',
  'units-protest',
  'units-emergency',
  'units-emergency-carried',
  'units-selected',
  'spread-arcs',
  'csto-arcs',
  'city-dots',
  'origin-dots',
  'place-legs',
  'places-earlier',
  'places-earlier-near',
  'places-new',
  'places-new-near',
  'places-active',
  'places-active-near',
  'oblast-labels',
  'country-labels',
  'city-labels',
  'origin-labels',
  'place-labels',
  'place-labels-near',
] as const;

/** Layers a click can select something in. */
export const INTERACTIVE_LAYERS = [
  'places-active',
  'places-active-near',
  'places-earlier-near',
  'units-fill',
] as const;

export function buildStyle(inputs: StyleInputs): StyleSpecification {
  const texts = labelTexts(inputs.lang ?? 'en');
  const face = (urls: string[]) =>
    urls.map((url, i) => ({ url, 'unicode-range': [...FONT_SUBSETS[i]!.unicodeRange] }));
  return {
    version: 8,
    name: 'Kazakhstan, January 2022',
    sources: buildSources(inputs),
    'font-faces': { [FONT]: face(inputs.fonts.regular), [FONT_BOLD]: face(inputs.fonts.bold) },
    // Label layers get their text in the page's language (see labelTexts).
    layers: LAYER_ORDER.map((id) => {
      const layer = LAYERS[id]!;
      const field = texts[id];
      return field && 'layout' in layer
        ? ({ ...layer, layout: { ...layer.layout, 'text-field': field } } as LayerSpecification)
        : layer;
    }),
  } as StyleSpecification;
}
