/**
 * The URL hash holds the day, the map view and the selection, so a link reopens what its
 * sender saw: #date=2022-01-06&map=5.2/45.1000/70.2000&select=unit:mangystau; or a stop of the
 * guided tour, which sets its own day and view: #story=3
 * Parsing never throws: anything it cannot use is reported as a problem and left out.
 */
import { ZOOM_RANGE } from '../outputs/drawing.ts';
import { dayProblem } from '../model/days.ts';
import { LANGS, type Lang } from '../words/i18n.ts';
import type { Selection } from '../model/selection.ts';
import {
  layersFromParams,
  layersToParams,
  showsEverything,
  type MapLayers,
} from '../outputs/layers.ts';

export { LANGS, type Lang, type Selection };

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export interface HashState {
  date?: string;
  view?: MapView;
  select?: Selection;
  /** A stop of the guided tour, from 1. */
  story?: number;
  /** The interface language, when not English. */
  lang?: Lang;
  /** What the reader chose to see, when not everything. */
  layers?: MapLayers;
}

export interface HashContext {
  period: { start: string; end: string };
  /** How many stops the tour has. */
  stops: number;
  /** Ids that may be selected, by kind. */
  ids: Record<Selection['kind'], Set<string>>;
}

export interface ParsedHash {
  state: HashState;
  problems: string[];
}

/** At most this many notices about a link; the rest are counted. */
const MAX_NOTICES = 3;

/** A piece of the link as the notices quote it: at most 40 characters. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export function parseHash(hash: string, ctx: HashContext): ParsedHash {
  const { state, problems } = readHash(hash, ctx);
  return {
    state,
    problems:
      problems.length > MAX_NOTICES
        ? [
            ...problems.slice(0, MAX_NOTICES),
            `and ${problems.length - MAX_NOTICES} more ${problems.length - MAX_NOTICES === 1 ? 'problem' : 'problems'} with the link`,
          ]
        : problems,
  };
}

function readHash(hash: string, ctx: HashContext): ParsedHash {
  const state: HashState = {};
  const problems: string[] = [];
  const raw = hash.replace(/^#/, '');
  if (!raw) return { state, problems };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { state, problems: ['the link could not be read; showing the first day'] };
  }
  const known = new Set(['date', 'map', 'select', 'story', 'lang', 'hide', 'only']);
  // Each key is reported once, however often it stands in the link.
  for (const key of new Set(params.keys())) {
    if (!known.has(key)) problems.push(`"${clip(key)}" in the link is not understood; ignored`);
    else if (params.getAll(key).length > 1)
      problems.push(`"${key}" stands more than once in the link; the first is used`);
  }

  const date = params.get('date');
  if (date !== null) {
    const problem = dayProblem(clip(date), ctx.period);
    if (problem) problems.push(`the date in the link: ${problem}`);
    else state.date = date;
  }

  const map = params.get('map');
  if (map !== null) {
    const parts = map.split('/');
    const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
    const ok =
      parts.length === 3 &&
      parts.every((p) => p.trim() !== '' && Number.isFinite(Number(p))) &&
      zoom >= 0 &&
      zoom <= 22 &&
      lat >= -85 &&
      lat <= 85 &&
      lon >= -180 &&
      lon <= 180;
    if (ok) {
      // The map goes no closer (or farther) than its range: the view is shown at its edge.
      const shown = Math.min(ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, zoom));
      if (shown !== zoom)
        problems.push(
          `map zoom ${zoom} in the link is outside the map's range, ${ZOOM_RANGE.min} to ${ZOOM_RANGE.max}; shown at ${shown}`,
        );
      state.view = { zoom: shown, lat, lon };
    } else
      problems.push(
        `map view "${clip(map)}" in the link is not zoom/latitude/longitude; showing the whole country`,
      );
  }

  const select = params.get('select');
  if (select !== null) {
    const [kind, id] = select.split(':', 2) as [string, string | undefined];
    if ((kind === 'unit' || kind === 'place' || kind === 'event') && id && ctx.ids[kind].has(id))
      state.select = { kind, id };
    else
      problems.push(
        `"${clip(select)}" in the link is not a known unit, place or event; nothing selected`,
      );
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
    else
      problems.push(
        `language "${clip(lang)}" in the link is not one of ${LANGS.join(', ')}; showing English`,
      );
  }

  if (params.has('hide') || params.has('only')) {
    const read = layersFromParams(params.get('hide'), params.get('only'));
    problems.push(...read.problems);
    if (!showsEverything(read.layers)) state.layers = read.layers;
  }

  const story = params.get('story');
  if (story !== null) {
    const n = Number(story);
    if (/^\d+$/.test(story) && n >= 1 && n <= ctx.stops) state.story = n;
    else
      problems.push(
        `tour stop "${clip(story)}" in the link is not a number from 1 to ${ctx.stops}; the tour is not opened`,
      );
    // The stop sets its own day and view: say so rather than drop the rest in silence.
    const overruled = (['date', 'map', 'select'] as const).filter((k) => params.has(k));
    if (state.story && overruled.length)
      problems.push(
        `tour stop ${state.story} sets its own day and view; ${overruled.join(', ')} in the link ${overruled.length > 1 ? 'are' : 'is'} not used`,
      );
  }
  return { state, problems };
}

export function formatHash(state: HashState): string {
  const parts: string[] = [];
  const lang = state.lang && state.lang !== 'en' ? `&lang=${state.lang}` : '';
  // A tour stop carries its own day and view; the layers stay the reader's.
  const layers = state.layers
    ? layersToParams(state.layers)
        .map((p) => `&${p}`)
        .join('')
    : '';
  if (state.story) return `#story=${state.story}${layers}${lang}`;
  if (state.date) parts.push(`date=${state.date}`);
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    parts.push(`map=${zoom.toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
  }
  if (state.select)
    parts.push(`select=${state.select.kind}:${encodeURIComponent(state.select.id)}`);
  if (state.layers) parts.push(...layersToParams(state.layers));
  if (lang) parts.push(lang.slice(1));
  return parts.length ? `#${parts.join('&')}` : '';
}

/** What a link may select: the units, places and events of the dataset. */
export function hashContext(data: {
  period: { start: string; end: string };
  places: { id: string }[];
  events: { id: string }[];
  unitIds: readonly string[];
  stops?: number;
}): HashContext {
  return {
    period: data.period,
    stops: data.stops ?? 0,
    ids: {
      unit: new Set(data.unitIds),
      place: new Set(data.places.map((p) => p.id)),
      event: new Set(data.events.map((e) => e.id)),
    },
  };
}

/**
 * `?lang=ru` in the query, as people type it, moved into the hash where the page reads it
 * (`#…&lang=ru`); a language the hash already names wins. Null when there is nothing to move.
 */
export function langFromQuery(
  search: string,
  hash: string,
): { search: string; hash: string } | null {
  const query = new URLSearchParams(search);
  const lang = query.get('lang');
  if (lang === null) return null;
  query.delete('lang');
  // "?embed&autoplay" stays as typed: URLSearchParams would write "embed=&autoplay=".
  const rest = query.toString().replace(/=(&|$)/g, '$1');
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const moved = params.has('lang')
    ? hash
    : `#${[hash.replace(/^#/, ''), `lang=${encodeURIComponent(lang)}`].filter(Boolean).join('&')}`;
  return { search: rest ? `?${rest}` : '', hash: moved };
}
