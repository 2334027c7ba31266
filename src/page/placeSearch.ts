/**
 * Place search: any alias of any place, Latin or Cyrillic, from its first letters, and where a
 * chosen place leads on the map (its own details, or its region's for a place no article names).
 */
import { fold } from '../model/countryGazetteer.ts';
import type { Place } from '../model/schema.ts';
import type { Selection } from './url.ts';

export interface PlaceHit {
  place: Place;
  /** The name that matched, as the gazetteer writes it. */
  alias: string;
}

export interface PlaceIndex {
  search(query: string, limit?: number): PlaceHit[];
}

const isCurated = (p: Place) => p.source.dataset !== 'geonames';

/**
 * What tells a hit apart from the others of a list that would read the same (two villages of
 * one name in one region): its coordinates, to a tenth of a degree.
 */
export function whereAbouts(hit: PlaceHit, hits: readonly PlaceHit[]): string {
  const same = hits.filter(
    (h) => fold(h.alias) === fold(hit.alias) && h.place.unit === hit.place.unit,
  );
  if (same.length < 2) return '';
  const [lon, lat] = hit.place.coordinates;
  return `${lat!.toFixed(1)}° N, ${lon!.toFixed(1)}° E`;
}

/** Every alias, folded; a query matches an alias that begins with it, or a word in it that does. */
export function createPlaceIndex(places: Place[]): PlaceIndex {
  const entries = places.flatMap((place) =>
    [...new Set([place.name, ...place.aliases])].map((alias) => ({
      place,
      alias,
      key: fold(alias),
    })),
  );
  return {
    search(query, limit = 8) {
      const q = fold(query);
      if (!q) return [];
      // 0: the whole name; 1: its beginning; 2: the beginning of a later word.
      const rank = (key: string) =>
        key === q ? 0 : key.startsWith(q) ? 1 : key.includes(' ' + q) ? 2 : -1;
      const best = new Map<Place, { alias: string; rank: number }>();
      for (const e of entries) {
        const r = rank(e.key);
        if (r < 0) continue;
        const had = best.get(e.place);
        if (!had || r < had.rank) best.set(e.place, { alias: e.alias, rank: r });
      }
      return [...best]
        .sort(
          ([a, x], [b, y]) =>
            x.rank - y.rank ||
            Number(isCurated(b)) - Number(isCurated(a)) ||
            (b.population ?? 0) - (a.population ?? 0) ||
            a.name.localeCompare(b.name),
        )
        .slice(0, limit)
        .map(([place, { alias }]) => ({ place, alias }));
    },
  };
}

export interface PlaceTarget {
  /** What the panel shows: the place's details, or its region's. */
  selection: Selection | null;
  /** The place: the map frames it with its region around (see placeFrame). */
  place: Place;
  /** Where its pin goes. */
  center: [number, number];
  /** The place is not in the atlas's data: no article names it. */
  unnamed: boolean;
}

/** Where a chosen place leads, given the ids of the places the atlas's data holds. */
export function placeTarget(place: Place, atlasPlaces: ReadonlySet<string>): PlaceTarget {
  const view = { place, center: place.coordinates };
  if (atlasPlaces.has(place.id)) {
    if (place.kind === 'region' && place.unit)
      return { ...view, selection: { kind: 'unit', id: place.unit }, unnamed: false };
    if (place.kind === 'country') return { ...view, selection: null, unnamed: false };
    return { ...view, selection: { kind: 'place', id: place.id }, unnamed: false };
  }
  return {
    ...view,
    selection: place.unit ? { kind: 'unit', id: place.unit } : null,
    unnamed: true,
  };
}
