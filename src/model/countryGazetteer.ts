/**
 * The country-wide gazetteer: Kazakhstan's populated places from GeoNames (geo/places-kz.json,
 * written by `npm run build:gazetteer`), merged under the curated gazetteer, which wins.
 */
import * as v from 'valibot';
import type { Place } from './schema.ts';

/** Folds a name for comparison: case, ё/е, and the apostrophes and dashes names are written with. */
export function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\-'’‘ʼʹ`]+/gu, ' ')
    .trim();
}

/**
 * Whether a GeoNames alternate name can be an alias: Latin or Cyrillic letters, not both (with spaces,
 * hyphens and apostrophes between them), beginning with a capital, not all capitals (airport
 * codes such as "URA"), at least three letters. Lower-case alternate names in GeoNames are
 * romanisations of other scripts ("awral qazqstan"), not names used in text.
 */
export function isUsableAlias(alias: string): boolean {
  const latin = /^\p{Script=Latin}[\p{Script=Latin}\s\-'’ʼ]*$/u;
  const cyrillic = /^\p{Script=Cyrillic}[\p{Script=Cyrillic}\s\-'’ʼ]*$/u;
  if (!latin.test(alias) && !cyrillic.test(alias)) return false;
  if (!/^\p{Lu}/u.test(alias)) return false;
  if (/^[\p{Lu}\s-]+$/u.test(alias)) return false;
  return alias.replace(/[^\p{L}]/gu, '').length >= 3;
}

/**
 * Alternate names in GeoNames that are not names of the place in English or Russian text:
 * peoples and countries, people the place was named after (Lenin, Kirov, Panfilov, Temirlan,
 * a common given name), and features that are not the town (the Aral Sea, the Talas river
 * and the Kyrgyz town of Talas).
 */
export const NOT_PLACE_NAMES: ReadonlySet<string> = new Set(
  [
    'Roma',
    'Kazakh',
    'Kazakhstan',
    'Kazakstan',
    'Qazaqstan',
    'Казахстан',
    'Қазақстан',
    'Russia',
    'Asia',
    'Lenin',
    'Kirov',
    'Panfilov',
    'Temirlan',
    'Aral Sea',
    "Aral'skoye More",
    'Talas',
  ].map(fold),
);

export const CountryPlaceSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^gn-\d+$/, 'an id gn-<GeoNames id>')),
  name: v.string(),
  geonameId: v.number(),
  feature: v.string(),
  population: v.number(),
  coordinates: v.tuple([v.number(), v.number()]),
  unit: v.string(),
  unitBy: v.optional(v.literal('nearest')),
  curated: v.optional(v.string()),
  aliases: v.array(v.string()),
  common: v.optional(v.array(v.string())),
});
export const CountryGazetteerSchema = v.object({
  about: v.record(v.string(), v.unknown()),
  places: v.array(CountryPlaceSchema),
});
export type CountryPlace = v.InferOutput<typeof CountryPlaceSchema>;
export type CountryGazetteer = v.InferOutput<typeof CountryGazetteerSchema>;
export type Centre = 'capital' | 'region' | 'district';

/** GeoNames feature codes of administrative seats. */
export function centreOf(feature: string): Centre | undefined {
  if (feature === 'PPLC') return 'capital';
  if (feature === 'PPLA') return 'region';
  if (feature === 'PPLA2') return 'district';
  return undefined;
}

/**
 * The curated places, each with the aliases GeoNames adds, followed by every GeoNames place the
 * curated gazetteer does not hold. A curated place keeps its id, name and coordinates.
 */
export function mergeGazetteers(curated: Place[], country: CountryGazetteer): Place[] {
  const extra = new Map<string, CountryPlace>();
  for (const p of country.places) if (p.curated) extra.set(p.curated, p);
  const merged = curated.map((p): Place => {
    const gn = extra.get(p.id);
    if (!gn) return p;
    const have = new Set([p.name, ...p.aliases].map(fold));
    const added = gn.aliases.filter((a) => !have.has(fold(a)) && !!have.add(fold(a)));
    const common = gn.common?.filter((c) => [p.name, ...p.aliases, ...added].includes(c));
    return {
      ...p,
      aliases: [...p.aliases, ...added],
      population: gn.population,
      centre: centreOf(gn.feature),
      ...(common?.length ? { commonNames: common } : {}),
    };
  });
  for (const gn of country.places) {
    if (gn.curated) continue;
    const centre = centreOf(gn.feature);
    merged.push({
      id: gn.id,
      name: gn.name,
      kind:
        centre === 'capital' || centre === 'region' || gn.population >= 100_000 ? 'city' : 'town',
      coordinates: gn.coordinates,
      source: { dataset: 'geonames', record: { geonameid: String(gn.geonameId) } },
      precision: 'point',
      country: 'KZ',
      unit: gn.unit,
      aliases: gn.aliases,
      population: gn.population,
      ...(centre ? { centre } : {}),
      ...(gn.common ? { commonNames: gn.common } : {}),
    });
  }
  return merged;
}
