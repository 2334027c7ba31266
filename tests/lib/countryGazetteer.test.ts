import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import {
  NOT_PLACE_NAMES,
  fold,
  isUsableAlias,
  mergeGazetteers,
} from '../../src/model/countryGazetteer.ts';
import { readCountryGazetteer } from '../../src/node/data.ts';
import { buildCountryGazetteer } from '../../scripts/build-gazetteer.ts';
import { dataset, units } from '../helpers.ts';

const country = readCountryGazetteer();
const merged = mergeGazetteers(dataset.places, country);
const byId = new Map(merged.map((p) => [p.id, p]));

describe('country-wide gazetteer', () => {
  it('is what the build script writes from the installed GeoNames package', () => {
    const committed = readFileSync(new URL('../../geo/places-kz.json', import.meta.url), 'utf8');
    expect(buildCountryGazetteer().text).toBe(committed);
  });

  it('holds every populated place of Kazakhstan in cities500, with its origin and licence', () => {
    expect(country.places.length).toBeGreaterThan(290);
    expect(country.about).toMatchObject({ source: { licence: 'CC BY 4.0' } });
    const aliases = country.places.reduce((n, p) => n + p.aliases.length, 0);
    expect(aliases).toBeGreaterThan(1500);
  });

  it('places each in its unit of January 2022', () => {
    const unitIds = new Set(units.features.map((f) => f.properties.id));
    for (const p of country.places) {
      expect(unitIds.has(p.unit), p.id).toBe(true);
      const unit = units.features.find((f) => f.properties.id === p.unit)!;
      if (!p.unitBy) expect(booleanPointInPolygon(p.coordinates, unit), p.id).toBe(true);
    }
    expect(country.places.find((p) => p.name === 'Semey')?.unit).toBe('east-kazakhstan');
    expect(country.places.find((p) => p.name === 'Zhezqazghan')?.unit).toBe('karaganda-region');
  });

  it('keeps only names usable in Latin or Cyrillic text', () => {
    for (const p of country.places)
      for (const a of p.aliases) {
        expect(isUsableAlias(a), `${p.id}: ${a}`).toBe(true);
        expect(NOT_PLACE_NAMES.has(fold(a)), `${p.id}: ${a}`).toBe(false);
      }
    expect(isUsableAlias('URA')).toBe(false); // an airport code
    expect(isUsableAlias('awral qazqstan')).toBe(false); // a romanisation, in lower case
    expect(isUsableAlias('Zhaңaөzen')).toBe(false); // two scripts
    expect(isUsableAlias('Οράλ')).toBe(false);
    expect(isUsableAlias('Уральск')).toBe(true);
    expect(isUsableAlias("Kul'sary")).toBe(true);
  });

  it('gives no place a name of a larger city abroad, or of a person it was named after', () => {
    const all = new Set(country.places.flatMap((p) => p.aliases.map(fold)));
    for (const name of ['Samarkand', 'Kirov', 'Lenin', 'Aral Sea', 'Roma'])
      expect(all.has(fold(name)), name).toBe(false);
  });

  it('marks names that are common English words, and plain spellings of GeoNames names', () => {
    const common = merged.filter((p) => p.commonNames?.length).map((p) => p.commonNames![0]);
    expect(common).toEqual(expect.arrayContaining(['Oral', 'Alga']));
    const names = (id: string) => byId.get(id)!.aliases;
    expect(names('gn-1519843')).toEqual(expect.arrayContaining(['Rudnyy', 'Rudny']));
    expect(names('gn-609123')).toEqual(expect.arrayContaining(["Kul'sary", 'Kulsary']));
  });

  it('merges under the curated gazetteer, which keeps its ids, names and coordinates', () => {
    expect(merged.length).toBe(
      dataset.places.length + country.places.filter((p) => !p.curated).length,
    );
    const almaty = byId.get('almaty')!;
    const curated = dataset.places.find((p) => p.id === 'almaty')!;
    expect(almaty.coordinates).toEqual(curated.coordinates);
    expect(almaty.name).toBe(curated.name);
    expect(almaty.aliases.slice(0, curated.aliases.length)).toEqual(curated.aliases);
    expect(almaty.aliases.length).toBeGreaterThan(curated.aliases.length);
    expect(byId.get('kostanay')!.aliases).toContain('Kustanai');
    for (const p of country.places.filter((c) => c.curated))
      expect(byId.has(p.curated!), p.curated).toBe(true);
    // Every curated town and city of Kazakhstan is found in GeoNames.
    const matched = new Set(country.places.map((p) => p.curated));
    const towns = dataset.places.filter(
      (p) => p.country === 'KZ' && (p.kind === 'town' || p.kind === 'city'),
    );
    expect(towns.filter((p) => !matched.has(p.id)).map((p) => p.id)).toEqual([]);
  });
});
