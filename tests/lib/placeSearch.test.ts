import { describe, expect, it } from 'vitest';
import { createPlaceIndex, placeTarget } from '../../src/page/placeSearch.ts';
import { allPlaces } from '../../src/node/data.ts';
import { dataset } from '../helpers.ts';

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
      zoom: 6.5,
    });
    expect(at('mangystau')).toMatchObject({ selection: { kind: 'unit', id: 'mangystau' } });
    expect(at('gn-1519422')).toMatchObject({
      selection: { kind: 'unit', id: 'east-kazakhstan' },
      unnamed: true,
      center: [80.26669, 50.42675],
    });
  });
});
