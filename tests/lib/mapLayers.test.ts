import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {
  ALL_LAYERS,
  layersFromParams,
  shownPlaces,
  type MapLayers,
} from '../../src/outputs/layers.ts';
import { dayFeatures } from '../../src/outputs/mapData.ts';
import { atlasLooks, legend } from '../../src/outputs/legend.ts';
import { dayMapSvg } from '../../src/outputs/svgMap.ts';
import { describeSnapshot } from '../../src/outputs/snapshot.ts';
import { unitFeatureState } from '../../src/page/map/dayUpdate.ts';
import { formatHash, hashContext, parseHash } from '../../src/page/url.ts';
import { readGeo } from '../../src/node/data.ts';
import { atlas, dataset, tour, units } from '../helpers.ts';
import { UNIT_IDS } from '../../src/model/units.ts';

const ctx = hashContext({ ...dataset, unitIds: UNIT_IDS, stops: tour.length });
const clashesOnly: MapLayers = {
  hidden: new Set(['spread', 'csto']),
  activities: new Set(['clashes']),
};

describe('layers and filters', () => {
  it('round-trip through the link, beside the day, the view and the language', () => {
    const state = { date: '2022-01-06', layers: clashesOnly, lang: 'ru' as const };
    const hash = formatHash(state);
    expect(hash).toBe('#date=2022-01-06&hide=spread,csto&only=clashes&lang=ru');
    expect(parseHash(hash, ctx)).toEqual({ state, problems: [] });
    // A tour stop keeps the reader's layers.
    expect(parseHash(formatHash({ story: 2, layers: clashesOnly }), ctx).state.layers).toEqual(
      clashesOnly,
    );
    // Everything shown writes nothing.
    expect(formatHash({ date: '2022-01-06', layers: ALL_LAYERS })).toBe('#date=2022-01-06');
  });

  it('name what they do not know, and never open on a map of nothing', () => {
    const { layers, problems } = layersFromParams('spread,roads', 'riots');
    expect([...layers.hidden]).toEqual(['spread']);
    expect(layers.activities.size).toBe(ALL_LAYERS.activities.size);
    expect(problems).toEqual([
      'layer "roads" in the link is not one of measures, places, spread, csto; ignored',
      expect.stringMatching(/^kind of event "riots" in the link is not one of clashes, /),
    ]);
    const long = layersFromParams('x'.repeat(5000), null).problems[0]!;
    expect(long.length).toBeLessThan(200);
  });

  it('keep the places of the kinds shown, each drawn for the most serious of those', () => {
    const state = atlas.state('2022-01-06');
    const protests = shownPlaces(dataset, state, {
      hidden: new Set(),
      activities: new Set(['protest']),
    });
    expect(protests.places.length).toBeGreaterThan(0);
    expect(protests.places.length).toBeLessThan(state.places.length);
    for (const p of protests.places) expect(p.activity).toBe('protest');
    expect(
      shownPlaces(dataset, state, {
        hidden: new Set(['places']),
        activities: ALL_LAYERS.activities,
      }).places,
    ).toEqual([]);
  });

  it('leave out of the map the groups switched off, and blank the regions without measures', () => {
    const state = atlas.state('2022-01-06');
    const sets = (layers: MapLayers) =>
      new Set(dayFeatures(dataset, state, { layers }).features.map((f) => f.properties!.set));
    expect(sets(ALL_LAYERS)).toEqual(new Set(['places', 'spread', 'csto']));
    expect(sets(clashesOnly)).toEqual(new Set(['places']));
    const noMeasures: MapLayers = {
      hidden: new Set(['measures']),
      activities: ALL_LAYERS.activities,
    };
    const akmola = state.units.find((u) => u.id === 'akmola')!;
    expect(
      unitFeatureState(akmola, atlas.changes('2022-01-06'), new Set(), noMeasures),
    ).toMatchObject({
      regime: 'none',
      unrecorded: false,
      emergency: 'none',
      changed: false,
    });
  });

  it('are honoured by the SVG export and its legend', () => {
    const day = '2022-01-06';
    const svg = dayMapSvg(
      dataset,
      { units, neighbours: readGeo('geo/neighbours.geojson') },
      atlas.state(day),
      atlas.changes(day),
      describeSnapshot(atlas, day, 'en', clashesOnly),
      {
        width: 1000,
        height: 800,
        bounds: [46.4, 40.4, 87.4, 55.5],
        fontFaces: '',
        layers: clashesOnly,
      },
    );
    const doc = new new Window().DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelectorAll('#arcs path').length).toBe(0);
    const legendItems = legend('en', atlasLooks(atlas), clashesOnly).flatMap((s) =>
      s.items.map((i) => i.id),
    );
    expect(legendItems).toContain('clashes');
    for (const off of ['protest-place', 'other', 'spread', 'csto'])
      expect(legendItems).not.toContain(off);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).not.toContain('Spread from Zhanaozen and Aktau (fades with time)');
  });
});
