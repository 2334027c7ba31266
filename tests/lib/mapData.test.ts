import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { dayState } from '../../src/lib/dayState.ts';
import { cstoArcs, dayFeatures, placePoints, spreadArcs } from '../../src/lib/mapData.ts';
import { LAYER_ORDER, buildStyle } from '../../src/map/style.ts';
import { dataset, units } from '../helpers.ts';

describe('map data', () => {
  it('merges a city and its sites into one point, labelled with what is active', () => {
    const pts = placePoints(dayState(dataset, '2022-01-05'));
    const almaty = pts.features.find((f) => f.properties.ids.includes('almaty-akimat'))!;
    expect(almaty.properties).toMatchObject({ status: 'active', activity: 'clashes' });
    expect(almaty.properties.label.split('\n')).toEqual([
      'Almaty',
      'Almaty city police department',
      "Almaty mayor's office (akimat)",
    ]);
  });

  it('labels only the active places of a shared point', () => {
    const pts = placePoints(dayState(dataset, '2022-01-13'));
    const almaty = pts.features.find((f) => f.properties.ids.startsWith('almaty'))!;
    expect(almaty.properties.label).not.toContain('police');
  });

  it('fades earlier places over a week, then drops them', () => {
    const onFifth = placePoints(dayState(dataset, '2022-01-05')).features.find(
      (f) => f.properties.ids === 'zhanaozen',
    )!;
    expect(onFifth.properties).toMatchObject({ status: 'earlier' });
    expect(onFifth.properties.weight).toBeCloseTo(1 - 3 / 8);
    const later = placePoints(dayState(dataset, '2022-01-12')).features.find(
      (f) => f.properties.ids === 'zhanaozen',
    );
    expect(later).toBeUndefined();
  });

  it('draws the spread from Zhanaozen once protests reach Almaty, not to Aktau on the first day', () => {
    expect(spreadArcs(dataset, '2022-01-02').features).toEqual([]);
    const arcs = spreadArcs(dataset, '2022-01-04').features;
    expect(arcs).toHaveLength(1);
    expect(arcs[0]!.properties.fresh).toBe(true);
    const end = arcs[0]!.geometry.coordinates.at(-1)!;
    expect(end[0]).toBeCloseTo(76.9115, 3);
    expect(spreadArcs(dataset, '2022-01-05').features[0]!.properties.fresh).toBe(false);
  });

  it('draws CSTO arcs towards Almaty while deploying, away while withdrawing, none after', () => {
    const arriving = cstoArcs(dataset, dayState(dataset, '2022-01-06')).features;
    expect(arriving).toHaveLength(5);
    expect(arriving[0]!.geometry.coordinates.at(-1)![0]).toBeCloseTo(76.9115, 3);
    const leaving = cstoArcs(dataset, dayState(dataset, '2022-01-13')).features;
    expect(leaving[0]!.geometry.coordinates[0]![0]).toBeCloseTo(76.9115, 3);
    expect(cstoArcs(dataset, dayState(dataset, '2022-01-20')).features).toEqual([]);
    expect(cstoArcs(dataset, dayState(dataset, '2022-01-03')).features).toEqual([]);
  });
});

describe('map style', () => {
  const style = buildStyle({
    data: dataset,
    units,
    neighbours: { type: 'FeatureCollection', features: [] },
    world: { type: 'FeatureCollection', features: [] },
    fonts: {
      regular: ['http://x/a.woff2', 'http://x/b.woff2', 'http://x/c.woff2', 'http://x/d.woff2'],
      bold: ['http://x/e.woff2', 'http://x/f.woff2', 'http://x/g.woff2', 'http://x/h.woff2'],
    },
  });

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('asks no server for tiles, glyphs or sprites', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
  });

  it('draws layers in the one declared order', () => {
    expect(style.layers.map((l) => l.id)).toEqual([...LAYER_ORDER]);
  });

  it("sends each of the day's features to the layers meant for it", () => {
    const state = dayState(dataset, '2022-01-08');
    const features = dayFeatures(dataset, state).features;
    const count = (set: string) => features.filter((f) => f.properties?.set === set).length;
    expect(count('places')).toBe(placePoints(state).features.length);
    expect(count('spread')).toBe(spreadArcs(dataset, state.date).features.length);
    expect(count('csto')).toBe(cstoArcs(dataset, state).features.length);
    expect(count('spread')).toBeGreaterThan(0);
    expect(count('csto')).toBeGreaterThan(0);

    const dayLayers = style.layers.filter((l) => 'source' in l && l.source === 'day');
    const drawnBy = (f: (typeof features)[number]) =>
      dayLayers
        .filter((l) =>
          featureFilter('filter' in l ? l.filter : undefined, `layers.${l.id}.filter`).filter(
            { zoom: 5 },
            {
              type: f.geometry.type === 'Point' ? 1 : 2,
              properties: f.properties ?? {},
            } as never,
          ),
        )
        .map((l) => l.id);
    for (const f of features) {
      const ids = drawnBy(f);
      if (f.properties?.set === 'spread') expect(ids).toEqual(['spread-arcs']);
      else if (f.properties?.set === 'csto') expect(ids).toEqual(['csto-arcs']);
      else if (f.properties?.status === 'active')
        expect(ids).toEqual(['places-active', 'place-labels']);
      else expect(ids).toEqual(['places-earlier']);
    }
  });
});
