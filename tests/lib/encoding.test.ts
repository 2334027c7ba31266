import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import { Atlas } from '../../src/model/atlas.ts';
import { atlasLooks, legend, regionFill, regionLook } from '../../src/outputs/legend.ts';
import { describeSnapshot } from '../../src/outputs/snapshot.ts';
import { dayMapSvg } from '../../src/outputs/svgMap.ts';
import { LAYERS } from '../../src/outputs/style.ts';
import { unitFeatureState } from '../../src/page/map/dayUpdate.ts';
import { validateDataset } from '../../src/model/validate.ts';
import { readGeo } from '../../src/node/data.ts';
import { atlas, dataset, rawCopy, units, type Loose } from '../helpers.ts';
import { encodingFixture, FIXTURE_DAY, FIXTURE_POINTS } from '../fixtures/encoding.ts';

const DAY = FIXTURE_DAY;
const fixture = encodingFixture(dataset);
const fixtureAtlas = new Atlas(fixture);
const unitOn = (a: Atlas, id: string, day = DAY) => a.state(day).units.find((u) => u.id === id)!;

/** What each renderer draws a region with: the fill's colour and whether it is hatched. */
function drawn(a: Atlas, id: string, day = DAY) {
  const u = unitOn(a, id, day);
  const featureState = unitFeatureState(u, a.changes(day), new Set());
  const evaluate = (layer: keyof typeof LAYERS, property: string) => {
    const spec = (latest as unknown as Record<string, Record<string, unknown>>)['paint_fill']![
      property
    ];
    const value = (LAYERS[layer] as { paint: Record<string, unknown> }).paint[property];
    const expr = createPropertyExpression(value, property, spec as never);
    if (expr.result === 'error') throw new Error(String(expr.value));
    return (expr.value as unknown as { evaluate: (...a: unknown[]) => unknown }).evaluate(
      { zoom: 4 },
      { type: 'Polygon', properties: {}, geometry: [] },
      featureState,
    );
  };
  const colour = evaluate('units-fill', 'fill-color') as { r: number; g: number; b: number };
  const hex = `#${[colour.r, colour.g, colour.b]
    .map((c) =>
      Math.round(c * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
  const svg = dayMapSvg(
    a.data,
    { units, neighbours: readGeo('geo/neighbours.geojson') },
    a.state(day),
    a.changes(day),
    describeSnapshot(a, day),
    { width: 800, height: 600, bounds: [46.4, 40.4, 87.4, 55.5], fontFaces: '' },
  );
  const doc = new new Window().DOMParser().parseFromString(svg, 'image/svg+xml');
  return {
    map: { fill: hex, hatched: evaluate('units-unrecorded', 'fill-opacity') === 1 },
    svg: {
      fill: doc.querySelector(`path[data-unit="${id}"]`)!.getAttribute('fill'),
      hatched: doc.querySelector(`path[data-unrecorded="${id}"]`) !== null,
    },
  };
}

describe('the encoding: nothing unrecorded looks absent', () => {
  it('draws "none", "lifted" and "not recorded" three ways, alike on the map and in the SVG', () => {
    const none = drawn(fixtureAtlas, FIXTURE_POINTS.none.unit);
    const lifted = drawn(fixtureAtlas, FIXTURE_POINTS.lifted.unit);
    const unrecorded = drawn(fixtureAtlas, FIXTURE_POINTS.unrecorded.unit);
    for (const d of [none, lifted, unrecorded]) expect(d.map).toEqual(d.svg);
    const looks = [none, lifted, unrecorded].map((d) => JSON.stringify(d.map));
    expect(new Set(looks).size).toBe(3);
    expect([none.map.hatched, lifted.map.hatched, unrecorded.map.hatched]).toEqual([
      false,
      false,
      true,
    ]);
    expect(lifted.map.fill).not.toBe(unrecorded.map.fill);
  });

  it('hatches a recorded "none" where the state of emergency is not recorded', () => {
    const a = new Atlas({ ...fixture, statuses: fixture.statuses.slice(0, 2) });
    expect(regionLook(unitOn(a, 'akmola'))).toEqual({
      regime: 'none',
      attested: false,
      unrecorded: true,
    });
  });

  it('on the real 14 and 15 January: red, then the threat level unrecorded, never "lifted" or "none"', () => {
    const on14 = drawn(atlas, 'zhambyl', '2022-01-14');
    const on15 = drawn(atlas, 'zhambyl', '2022-01-15');
    expect(on14.map).toEqual({
      fill: regionFill(regionLook(unitOn(atlas, 'zhambyl', '2022-01-14'))),
      hatched: false,
    });
    expect(on15.map.hatched).toBe(true);
    expect(on15.svg.hatched).toBe(true);
    expect(regionLook(unitOn(atlas, 'zhambyl', '2022-01-15')).regime).toBe('emergency');
    // 20 January: nothing recorded anywhere, every region hatched.
    for (const u of atlas.state('2022-01-20').units) expect(regionLook(u).unrecorded).toBe(true);
  });

  it('separates the days an article attests from the days carried between', () => {
    expect(regionLook(unitOn(atlas, 'zhambyl', '2022-01-13')).attested).toBe(true);
    expect(regionLook(unitOn(atlas, 'zhambyl', '2022-01-14')).attested).toBe(false);
    expect(regionLook(unitOn(atlas, 'zhambyl', '2022-01-12')).attested).toBe(false);
  });

  it('names in the legend only what the data draws, each look it draws named', () => {
    const ids = (a: Atlas) => legend('en', atlasLooks(a)).flatMap((s) => s.items.map((i) => i.id));
    const real = ids(atlas);
    expect(real).toEqual(
      expect.arrayContaining(['red', 'lifted', 'emergency', 'attested', 'unrecorded']),
    );
    // The fixture has no red, no state of emergency, nothing attested and no protests.
    const fixtureIds = ids(fixtureAtlas);
    expect(fixtureIds).toEqual(expect.arrayContaining(['lifted', 'unrecorded']));
    for (const absent of ['red', 'emergency', 'attested', 'emergency-border', 'protest'])
      expect(fixtureIds).not.toContain(absent);
    // Emergency is only ever carried in the real data: one pale swatch, no strong half.
    const emergency = legend('en', atlasLooks(atlas))[0]!.items.find((i) => i.id === 'emergency')!;
    expect(emergency.swatch).toEqual({ kind: 'fill', color: '#cdb9e6' });
  });

  it('validate accepts an attested day only where a cited article was published that day', () => {
    const withAttested = (days: string[]) => {
      const raw = rawCopy() as Loose;
      const r = raw['data/statuses.json'].units.find((x: Loose) => x.id === 'red-remains-3');
      r.attested = days;
      return validateDataset(raw);
    };
    expect(withAttested(['2022-01-13']).ok).toBe(true);
    const wrongDay = withAttested(['2022-01-14']);
    expect(wrongDay.ok).toBe(false);
    if (!wrongDay.ok)
      expect(wrongDay.errors).toEqual([
        expect.objectContaining({
          id: 'red-remains-3',
          field: 'attested[0]',
          expected: 'the stated date of an article the record cites',
        }),
      ]);
    const outside = withAttested(['2022-01-11']);
    expect(!outside.ok && outside.errors[0]!.expected).toBe('a day from 2022-01-13 to 2022-01-14');
  });
});
