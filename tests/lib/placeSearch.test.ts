import { describe, expect, it } from 'vitest';
import bbox from '@turf/bbox';
import { createPlaceIndex, placeTarget, whereAbouts } from '../../src/page/placeSearch.ts';
import { placeFrame } from '../../src/outputs/drawing.ts';
import { allPlaces } from '../../src/node/data.ts';
import { dataset, units } from '../helpers.ts';

const places = allPlaces(dataset.places);
const index = createPlaceIndex(places);
const first = (q: string) => index.search(q)[0];
const inAtlas = new Set(dataset.places.map((p) => p.id));

describe('place search', () => {
  it('finds a place by any alias, Latin or Cyrillic, case and ё aside', () => {
    expect(first('Semipalatinsk')).toMatchObject({ place: { id: 'gn-1519422' } });
    expect(first('семей')).toMatchObject({ place: { id: 'gn-1519422' }, alias: 'Семей' });
    expect(first('Alma-Ata')).toMatchObject({ place: { id: 'almaty' } });
    expect(first('alma ata')).toMatchObject({ place: { id: 'almaty' } });
    expect(first('Жанаозен')).toMatchObject({ place: { id: 'zhanaozen' } });
    expect(first('Tselinograd')).toMatchObject({ place: { id: 'nur-sultan' } });
  });

  it('completes from the first letters, the whole name first, then the atlas, then size', () => {
    const hits = index.search('Akt').map((h) => h.place.id);
    expect(hits.slice(0, 2)).toEqual(expect.arrayContaining(['aktau', 'aktobe']));
    expect(first('Oral')!.place.id).toBe('oral');
    expect(index.search('Kazakhstan').map((h) => h.place.id)).toEqual(
      expect.arrayContaining(['kazakhstan', 'east-kazakhstan']),
    );
    expect(index.search('zzzz')).toEqual([]);
    expect(index.search('  ')).toEqual([]);
  });

  it("leads to the place's details, or its region's for a place no article names", () => {
    const at = (id: string) =>
      placeTarget(
        places.find((p) => p.id === id)!,
        inAtlas,
      );
    expect(at('zhanaozen')).toMatchObject({
      selection: { kind: 'place', id: 'zhanaozen' },
      unnamed: false,
    });
    expect(at('mangystau')).toMatchObject({ selection: { kind: 'unit', id: 'mangystau' } });
    expect(at('gn-1519422')).toMatchObject({
      selection: { kind: 'unit', id: 'east-kazakhstan' },
      unnamed: true,
      center: [80.26669, 50.42675],
    });
  });

  it('frames a town with its whole region, a region whole, a site close up', () => {
    const place = (id: string) => places.find((p) => p.id === id)!;
    const [w, s, e, n] = placeFrame(place('gn-1519422'), units);
    const [rw, rs, re, rn] = bbox(
      units.features.find((f) => f.properties!.id === 'east-kazakhstan')!,
    );
    expect([w <= rw!, s <= rs!, e >= re!, n >= rn!]).toEqual([true, true, true, true]);
    const site = placeFrame(place('almaty-akimat'), units);
    expect(site[3] - site[1]).toBeLessThan(0.5);
  });

  it('tells apart two places a list would show alike, and only those', () => {
    const hits = createPlaceIndex(places).search('Aktau');
    const karaganda = hits.filter((h) => h.place.unit === 'karaganda-region');
    expect(karaganda).toHaveLength(2);
    const [a, b] = karaganda.map((h) => whereAbouts(h, hits));
    expect(a).toMatch(/^\d+\.\d° N, \d+\.\d° E$/);
    expect(a).not.toBe(b);
    expect(
      whereAbouts(
        hits.find((h) => h.place.id === 'aktau')!,
        hits,
      ),
    ).toBe('');
  });
});
