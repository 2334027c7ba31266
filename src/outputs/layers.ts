/**
 * What the reader chose to see: groups of the drawing switched off, and the kinds of event the
 * places show. The page, its link, the embed and every export draw with the same choice.
 */
import { ACTIVITY_RANK, type DayState } from '../model/dayState.ts';
import type { Activity, Dataset } from '../model/schema.ts';

/** measures: the regions' fills, hatching and borders; places; the spread's and CSTO's arcs. */
export const LAYER_GROUPS = ['measures', 'places', 'spread', 'csto'] as const;
export type LayerGroup = (typeof LAYER_GROUPS)[number];

export interface MapLayers {
  hidden: ReadonlySet<LayerGroup>;
  /** The kinds of event the places stand for. */
  activities: ReadonlySet<Activity>;
}

export const ALL_LAYERS: MapLayers = { hidden: new Set(), activities: new Set(ACTIVITY_RANK) };

export const isShown = (layers: MapLayers, group: LayerGroup) => !layers.hidden.has(group);

export const showsEverything = (layers: MapLayers) =>
  layers.hidden.size === 0 && layers.activities.size === ACTIVITY_RANK.length;

/** The layers with a group switched on or off. */
export function withGroup(layers: MapLayers, group: LayerGroup, on: boolean): MapLayers {
  const hidden = new Set(layers.hidden);
  if (on) hidden.delete(group);
  else hidden.add(group);
  return { ...layers, hidden };
}

/** The layers with a kind of event shown or not; never none at all, which shows every kind. */
export function withActivity(layers: MapLayers, activity: Activity, on: boolean): MapLayers {
  const activities = new Set(layers.activities);
  if (on) activities.add(activity);
  else activities.delete(activity);
  return { ...layers, activities: activities.size ? activities : new Set(ACTIVITY_RANK) };
}

/**
 * The day's places as the layers show them: none when places are off; otherwise those with an
 * event of a kind shown, each drawn for the most serious of those kinds.
 */
export function shownPlaces(data: Dataset, state: DayState, layers: MapLayers): DayState {
  if (showsEverything(layers)) return state;
  if (!isShown(layers, 'places')) return { ...state, places: [], earlierPlaces: [] };
  const activityOf = new Map(data.events.map((e) => [e.id, e.activity]));
  const places = state.places.flatMap((p) => {
    const kinds = p.eventIds
      .map((id) => activityOf.get(id)!)
      .filter((a) => layers.activities.has(a))
      .sort((a, b) => ACTIVITY_RANK.indexOf(a) - ACTIVITY_RANK.indexOf(b));
    return kinds.length ? [{ ...p, activity: kinds[0]! }] : [];
  });
  return {
    ...state,
    places,
    earlierPlaces: state.earlierPlaces.filter((p) => layers.activities.has(p.activity)),
  };
}

/** The layers as the link writes them: "hide=spread,csto&only=clashes,protest". */
export function layersToParams(layers: MapLayers): string[] {
  const parts: string[] = [];
  if (layers.hidden.size)
    parts.push(`hide=${LAYER_GROUPS.filter((g) => layers.hidden.has(g)).join(',')}`);
  if (layers.activities.size < ACTIVITY_RANK.length)
    parts.push(`only=${ACTIVITY_RANK.filter((a) => layers.activities.has(a)).join(',')}`);
  return parts;
}

/**
 * The layers a link asks for, with a message for each name it does not know. `only=` with no
 * known kind shows every kind: a link never opens on a map of nothing.
 */
export function layersFromParams(
  hide: string | null,
  only: string | null,
): { layers: MapLayers; problems: string[] } {
  const problems: string[] = [];
  const list = (text: string | null) => (text ?? '').split(',').filter(Boolean);
  const hidden = new Set<LayerGroup>();
  for (const name of list(hide))
    if ((LAYER_GROUPS as readonly string[]).includes(name)) hidden.add(name as LayerGroup);
    else
      problems.push(
        `layer "${clip(name)}" in the link is not one of ${LAYER_GROUPS.join(', ')}; ignored`,
      );
  const activities = new Set<Activity>();
  for (const name of list(only))
    if ((ACTIVITY_RANK as readonly string[]).includes(name)) activities.add(name as Activity);
    else
      problems.push(
        `kind of event "${clip(name)}" in the link is not one of ${ACTIVITY_RANK.join(', ')}; ignored`,
      );
  return {
    layers: { hidden, activities: activities.size ? activities : new Set(ACTIVITY_RANK) },
    problems,
  };
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
