import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import {
  createPropertyExpression,
  featureFilter,
  isExpression,
  latest,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { Atlas } from '../../src/model/atlas.ts';
import { LANGS } from '../../src/words/i18n.ts';
import { unitFeatureState } from '../../src/page/map/dayUpdate.ts';
import { dayState } from '../../src/model/dayState.ts';
import {
  cstoArcs,
  dayFeatures,
  placePoints,
  spreadArcs,
  spreadOrigins,
} from '../../src/outputs/mapData.ts';
import { LAYER_ORDER, buildStyle } from '../../src/outputs/style.ts';
import { dataset, units } from '../helpers.ts';

type Props = Record<string, unknown>;
const pointsOn = (day: string, fresh?: Set<string>) =>
  placePoints(dataset, dayState(dataset, day), fresh ? { fresh } : {}).features.map(
    (f) => f.properties as Props,
  );

describe('map data', () => {
  it('zoomed out: a city and its sites as one point, labelled with what is active', () => {
    const group = pointsOn('2022-01-05').find((p) => p.role === 'group')!;
    expect(group).toMatchObject({ status: 'active', activity: 'clashes' });
    expect(String(group.label).split('\n')).toEqual([
      'Almaty',
      'Almaty city police department',
      "Almaty mayor's office (akimat)",
    ]);
    // For a narrow map: the city and a count, in each language.
    expect([group.label_short, group.label_short_ru, group.label_short_kk]).toEqual([
      'Almaty +2',
      'Алматы +2',
      'Алматы +2',
    ]);
  });

  it('zoomed in: each of them apart, on a ring around the city, with a leg back to it', () => {
    const features = placePoints(dataset, dayState(dataset, '2022-01-05')).features;
    const members = features.filter((f) => f.properties?.role === 'member');
    expect(members.map((f) => f.properties!.ids).sort()).toEqual([
      'almaty',
      'almaty-akimat',
      'almaty-police-department',
    ]);
    const almaty = dataset.places.find((p) => p.id === 'almaty')!.coordinates;
    const at = (id: string) =>
      members.find((f) => f.properties!.ids === id)!.geometry.coordinates as number[];
    expect(at('almaty')).toEqual(almaty);
    // Sites the articles place only "in Almaty" are drawn apart, and marked as schematic.
    for (const id of ['almaty-akimat', 'almaty-police-department']) {
      const [dx, dy] = [at(id)[0]! - almaty[0]!, at(id)[1]! - almaty[1]!];
      expect(Math.hypot(dx * Math.cos((almaty[1]! * Math.PI) / 180), dy)).toBeCloseTo(0.055, 3);
      expect(members.find((f) => f.properties!.ids === id)!.properties!.schematic).toBe(true);
    }
    expect(features.filter((f) => f.properties?.role === 'leg')).toHaveLength(2);
    // Each keeps its ring position from day to day.
    const later = placePoints(dataset, dayState(dataset, '2022-01-06')).features.find(
      (f) => f.properties?.role === 'member' && f.properties.ids === 'almaty-police-department',
    )!;
    expect(later.geometry.coordinates).toEqual(at('almaty-police-department'));
  });

  it('labels only the active places of a shared point', () => {
    const group = pointsOn('2022-01-13').find((p) => p.role === 'group')!;
    expect(group.label).not.toContain('police');
  });

  it('marks the places new on the day, and the places where it began', () => {
    const points = pointsOn('2022-01-13', new Set(['nur-sultan']));
    expect(points.find((p) => p.ids === 'nur-sultan')).toMatchObject({ fresh: true });
    expect(points.filter((p) => p.fresh)).toHaveLength(1);
    expect(pointsOn('2022-01-02').map((p) => [p.ids, p.origin])).toEqual([
      ['zhanaozen', true],
      ['aktau', true],
    ]);
  });

  it('fades earlier places over a week, then drops them', () => {
    const onFifth = pointsOn('2022-01-05').find((p) => p.ids === 'zhanaozen')!;
    expect(onFifth).toMatchObject({ status: 'earlier' });
    expect(onFifth.weight).toBeCloseTo(1 - 3 / 8);
    expect(pointsOn('2022-01-12').find((p) => p.ids === 'zhanaozen')).toBeUndefined();
  });

  it('finds where it began in the data: the places of the first reported protest', () => {
    expect(spreadOrigins(dataset)).toMatchObject({ day: '2022-01-02' });
    expect(spreadOrigins(dataset)!.places.map((p) => p.id)).toEqual(['zhanaozen', 'aktau']);
  });

  it('draws the spread from Zhanaozen and Aktau once protests reach Almaty, fading with age', () => {
    expect(spreadArcs(dataset, '2022-01-02').features).toEqual([]);
    const arcs = spreadArcs(dataset, '2022-01-04').features;
    expect(arcs).toHaveLength(2);
    const starts = arcs.map((a) => a.geometry.coordinates[0]![0]);
    expect(starts[0]).toBeCloseTo(52.86192, 3); // Zhanaozen
    expect(starts[1]).toBeCloseTo(dataset.places.find((p) => p.id === 'aktau')!.coordinates[0]!, 3);
    for (const a of arcs) {
      expect(a.geometry.coordinates.at(-1)![0]).toBeCloseTo(76.9115, 3);
      expect(a.properties).toMatchObject({ fresh: true, age: 0 });
    }
    expect(spreadArcs(dataset, '2022-01-09').features[0]!.properties).toMatchObject({
      fresh: false,
      age: 5,
    });
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
    expect(count('places')).toBe(placePoints(dataset, state).features.length);
    expect(count('spread')).toBe(spreadArcs(dataset, state.date).features.length);
    expect(count('csto')).toBe(cstoArcs(dataset, state).features.length);
    expect(count('spread')).toBeGreaterThan(0);
    expect(count('csto')).toBeGreaterThan(0);

    const dayLayers = style.layers.filter((l) => 'source' in l && l.source === 'day');
    const drawnBy = (f: (typeof features)[number], zoom: number) =>
      dayLayers
        .filter((l) => (l.minzoom ?? 0) <= zoom && zoom < (l.maxzoom ?? 24))
        .filter((l) =>
          featureFilter('filter' in l ? l.filter : undefined, `layers.${l.id}.filter`).filter(
            { zoom },
            {
              type: f.geometry.type === 'Point' ? 1 : 2,
              properties: f.properties ?? {},
            } as never,
          ),
        )
        .map((l) => l.id);
    for (const zoom of [5, 10]) {
      const near = zoom >= 9 ? '-near' : '';
      for (const f of features) {
        const ids = drawnBy(f, zoom);
        const p = f.properties!;
        if (p.set === 'spread') expect(ids).toEqual(['spread-arcs']);
        else if (p.set === 'csto') expect(ids).toEqual(['csto-arcs']);
        else if (p.role === 'leg') expect(ids).toEqual(zoom >= 9 ? ['place-legs'] : []);
        else if ((p.role === 'group' && zoom >= 9) || (p.role === 'member' && zoom < 9))
          expect(ids).toEqual([]);
        else if (p.status === 'active')
          expect(ids).toEqual([`places-active${near}`, `place-labels${near}`]);
        else expect(ids).toEqual([`places-earlier${near}`]);
      }
    }
  });
});

describe('map style on every day', () => {
  const atlas = new Atlas(dataset);
  const fonts = {
    regular: ['http://x/a.woff2', 'http://x/b.woff2', 'http://x/c.woff2', 'http://x/d.woff2'],
    bold: ['http://x/e.woff2', 'http://x/f.woff2', 'http://x/g.woff2', 'http://x/h.woff2'],
  };
  type Expr = { evaluateWithoutErrorHandling: (...args: unknown[]) => unknown };
  /** Each expression of a layer, compiled as maplibre compiles it. */
  function compiled(layer: LayerSpecification): { where: string; expr: Expr }[] {
    const out: { where: string; expr: Expr }[] = [];
    for (const kind of ['paint', 'layout'] as const) {
      const props = (layer as Record<string, unknown>)[kind] as Record<string, unknown> | undefined;
      for (const [name, value] of Object.entries(props ?? {})) {
        if (!isExpression(value)) continue;
        const spec = (latest as unknown as Record<string, Record<string, unknown>>)[
          `${kind}_${layer.type}`
        ]![name];
        if (!spec) throw new Error(`${layer.id}: no ${kind} property ${name} for ${layer.type}`);
        const result = createPropertyExpression(
          value,
          `layers.${layer.id}.${kind}.${name}`,
          spec as never,
        );
        if (result.result === 'error')
          throw new Error(`${layer.id} ${name}: ${result.value.map((e) => e.message).join('; ')}`);
        out.push({ where: `${layer.id} ${name}`, expr: result.value as unknown as Expr });
      }
    }
    return out;
  }

  it("evaluates every layer's expressions on every day's features, in every language, without a type error", () => {
    const problems = new Set<string>();
    for (const lang of LANGS) {
      const style = buildStyle({
        data: dataset,
        units,
        neighbours: units,
        world: units,
        fonts,
        lang,
      });
      const layers = style.layers.filter((l) => 'source' in l) as (LayerSpecification & {
        source: string;
        filter?: unknown;
      })[];
      const exprs = new Map(layers.map((l) => [l.id, compiled(l)]));
      for (const day of atlas.days) {
        const state = atlas.state(day);
        const changes = atlas.changes(day);
        const unitState = new Map(state.units.map((u) => [u.id, u]));
        const features: Record<string, { f: Feature; state: Props }[]> = {
          units: units.features.map((f) => ({
            f,
            state: unitFeatureState(unitState.get(f.properties.id)!, changes, new Set()),
          })),
          day: dayFeatures(dataset, state, { fresh: changes.placeIds }).features.map((f) => ({
            f,
            state: {},
          })),
        };
        for (const layer of layers) {
          const own =
            features[layer.source] ??
            ((style.sources[layer.source] as { data: FeatureCollection }).data.features ?? []).map(
              (f) => ({ f, state: {} }),
            );
          for (const zoom of [3, 6, 9, 11]) {
            const filter = featureFilter(layer.filter as never, `layers.${layer.id}.filter`);
            for (const { f, state: featureState } of own) {
              const feature = {
                type: f.geometry.type,
                id: f.id,
                properties: f.properties ?? {},
                geometry: [],
              };
              if (!filter.filter({ zoom }, feature as never)) continue;
              for (const { where, expr } of exprs.get(layer.id)!)
                try {
                  expr.evaluateWithoutErrorHandling(
                    { zoom, lineProgress: 0.5 },
                    feature,
                    featureState,
                  );
                } catch (e) {
                  problems.add(`${where} (${lang}, from ${day}): ${(e as Error).message}`);
                }
            }
          }
        }
      }
    }
    expect([...problems]).toEqual([]);
  });
});
