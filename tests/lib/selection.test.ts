import { describe, expect, it } from 'vitest';
import { dayState } from '../../src/model/dayState.ts';
import { eventsAt } from '../../src/model/history.ts';
import { highlighted } from '../../src/model/selection.ts';
import { eventFrame, KAZAKHSTAN_BOUNDS } from '../../src/outputs/drawing.ts';
import { NEAR_ZOOM, placePoints } from '../../src/outputs/mapData.ts';
import { dataset, units } from '../helpers.ts';

const event = (id: string) => dataset.events.find((e) => e.id === id)!;
const ALMATY_5_JANUARY = [
  'almaty-buildings-stormed',
  'almaty-police-department-attacked',
  'almaty-overnight-battles',
];

describe('selecting an event', () => {
  it('frames its place close enough that the sites of a city are drawn apart', () => {
    const [west, south, east, north] = eventFrame(dataset, units, event(ALMATY_5_JANUARY[0]!))!;
    const almaty = dataset.places.find((p) => p.id === 'almaty')!.coordinates;
    expect(west < almaty[0]! && almaty[0]! < east && south < almaty[1]! && almaty[1]! < north).toBe(
      true,
    );
    // 0.24 degrees of latitude over a map 600 px tall is zoom 10 or so, past NEAR_ZOOM.
    const zoom = Math.log2(
      (600 / 256) * (360 / (north - south)) * Math.cos((almaty[1]! * Math.PI) / 180),
    );
    expect(zoom).toBeGreaterThan(NEAR_ZOOM);
    expect(zoom).toBeLessThan(12);
  });

  it('frames the country for a nationwide event, a region whole, and nothing without a place', () => {
    const nationwide = dataset.events.find((e) => e.noPlace === 'nationwide')!;
    expect(eventFrame(dataset, units, nationwide)).toEqual(KAZAKHSTAN_BOUNDS);
    const unplaced = dataset.events.find((e) => e.places.length === 0 && !e.noPlace);
    if (unplaced) expect(eventFrame(dataset, units, unplaced)).toBeNull();
    const regional = dataset.events.find((e) =>
      e.places.some((id) => dataset.places.find((p) => p.id === id)?.kind === 'region'),
    )!;
    const [w, s, e, n] = eventFrame(dataset, units, regional)!;
    expect(e - w).toBeGreaterThan(1);
    expect(n - s).toBeGreaterThan(1);
  });

  it("lights each of 5 January's Almaty events on its own point and dims the others", () => {
    const state = dayState(dataset, '2022-01-05');
    const lit = ALMATY_5_JANUARY.map((id) => {
      const { places } = highlighted(dataset, { kind: 'event', id });
      const members = placePoints(dataset, state, { selected: places }).features.filter(
        (f) => f.properties?.role === 'member',
      );
      return {
        selected: members.filter((f) => f.properties!.selected).map((f) => f.properties!.ids),
        dimmed: members.filter((f) => f.properties!.dimmed).map((f) => f.properties!.ids),
      };
    });
    expect(lit.map((l) => l.selected)).toEqual([
      ['almaty-akimat'],
      ['almaty-police-department'],
      ['almaty'],
    ]);
    for (const l of lit) expect(l.dimmed).toHaveLength(2);
    // With nothing selected nothing is dimmed.
    expect(placePoints(dataset, state).features.some((f) => f.properties?.dimmed === true)).toBe(
      false,
    );
  });

  it("lists every event at a city's point, its sites' too, from a click on that point", () => {
    const ids = eventsAt(dataset, { kind: 'place', id: 'almaty' }).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(ALMATY_5_JANUARY));
    // A site lists only its own.
    expect(eventsAt(dataset, { kind: 'place', id: 'almaty-akimat' }).map((e) => e.id)).toEqual([
      'almaty-buildings-stormed',
    ]);
  });
});
