/**
 * The country-wide gazetteer in the page: loaded on first use (the place search, the drafts),
 * checked against its schema, and merged under the atlas's own places.
 */
import * as v from 'valibot';
import { CountryGazetteerSchema, mergeGazetteers } from '../model/countryGazetteer.ts';
import { schemaProblem } from '../model/jsonText.ts';
import type { Place } from '../model/schema.ts';

let loading: Promise<Place[]> | null = null;

/** Every place: the atlas's own, then the country's; a problem names the file and field. */
export function loadAllPlaces(atlasPlaces: Place[]): Promise<Place[]> {
  return (loading ??= import('../../geo/places-kz.json').then((json) => {
    const parsed = v.safeParse(CountryGazetteerSchema, json.default);
    if (!parsed.success) throw new Error(schemaProblem('geo/places-kz.json', parsed.issues[0]));
    return mergeGazetteers(atlasPlaces, parsed.output);
  }));
}
