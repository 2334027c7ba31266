import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { dayState } from '../../src/model/dayState.ts';
import { applyDay } from '../../src/page/map/dayUpdate.ts';
import { changesOn } from '../../src/model/changes.ts';
import { DAY_SOURCE } from '../../src/outputs/style.ts';
import { dataset } from '../helpers.ts';

/**
 * Just enough of a maplibre map to follow a day update: a GeoJSON source whose worker answers
 * when told to, with the events maplibre fires on the way ('metadata', then 'content' while its
 * tiles reload, then one per tile), and a log of the repaints it was asked for.
 */
class FakeMap {
  handlers = new Map<string, Set<(e: unknown) => void>>();
  featureStates = new Map<string, Record<string, unknown>>();
  log: string[] = [];
  dayData: unknown = null;
  tilesLoaded = true;
  pendingData: unknown[] = [];

  on(type: string, f: (e: unknown) => void) {
    if (!this.handlers.has(type)) this.handlers.set(type, new Set());
    this.handlers.get(type)!.add(f);
    return this;
  }
  off(type: string, f: (e: unknown) => void) {
    this.handlers.get(type)?.delete(f);
    return this;
  }
  once(type: string, f: (e: unknown) => void) {
    const g = (e: unknown) => {
      this.off(type, g);
      f(e);
    };
    return this.on(type, g);
  }
  fire(type: string, e: Record<string, unknown> = {}) {
    for (const f of [...(this.handlers.get(type) ?? [])]) f({ type, ...e });
  }
  setFeatureState(target: { id: string }, state: Record<string, unknown>) {
    this.featureStates.set(target.id, state);
    this.triggerRepaint();
  }
  triggerRepaint() {
    this.log.push('repaint');
  }
  isSourceLoaded(id: string) {
    return id === DAY_SOURCE && this.pendingData.length === 0 && this.tilesLoaded;
  }
  getSource(id: string) {
    if (id !== DAY_SOURCE) return undefined;
    return { setData: (d: unknown) => void this.pendingData.push(d) };
  }
  /** The worker answers the oldest setData, and the tiles reload. */
  workerAnswers() {
    this.dayData = this.pendingData.shift();
    this.fire('sourcedata', { sourceId: DAY_SOURCE, sourceDataType: 'metadata' });
    this.triggerRepaint();
    this.tilesLoaded = false;
    this.fire('sourcedata', { sourceId: DAY_SOURCE, sourceDataType: 'content' });
    this.triggerRepaint();
  }
  tilesArrive() {
    this.tilesLoaded = true;
    this.fire('sourcedata', { sourceId: DAY_SOURCE, tile: {} });
    this.triggerRepaint();
  }
}

const asMap = (m: FakeMap) => m as unknown as MapLibreMap;
const threatOf = (m: FakeMap, unit: string) => m.featureStates.get(unit)?.regime;

describe('applyDay', () => {
  it('marks each unit with its fill, its border and whether it changed on the day', () => {
    vi.useFakeTimers();
    const map = new FakeMap();
    const state = dayState(dataset, '2022-01-05');
    applyDay(asMap(map), dataset, state, null, changesOn(dataset, state));
    map.workerAnswers();
    map.tilesArrive();
    // A state of emergency alone fills its regions; beside no threat level there is no border.
    // The threat level is not recorded on 5 January anywhere: every region is hatched.
    expect(map.featureStates.get('mangystau')).toMatchObject({
      regime: 'emergency',
      attested: false,
      unrecorded: true,
      emergency: 'none',
      changed: true,
    });
    expect(map.featureStates.get('akmola')).toMatchObject({
      regime: 'none',
      unrecorded: true,
      changed: false,
    });
    vi.useRealTimers();
  });

  it('draws a state of emergency beside the "red" level as a border', () => {
    vi.useFakeTimers();
    const map = new FakeMap();
    const state = dayState(dataset, '2022-01-08');
    applyDay(asMap(map), dataset, state, null, changesOn(dataset, state));
    map.workerAnswers();
    map.tilesArrive();
    expect(map.featureStates.get('akmola')).toMatchObject({
      regime: 'red',
      attested: false,
      unrecorded: false,
      emergency: 'carried',
      changed: false,
    });
    vi.useRealTimers();
  });

  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("sets the units' statuses only once the day's places are back from the worker", () => {
    const map = new FakeMap();
    const shown = vi.fn(() => {
      // The day is ready, and the frame that will draw it is not asked for yet.
      expect(threatOf(map, 'almaty-city')).toBe('red');
      expect(map.log).toEqual([]);
    });
    applyDay(asMap(map), dataset, dayState(dataset, '2022-01-06'), null, null, shown);
    expect(map.pendingData).toHaveLength(1);
    expect(map.featureStates.size).toBe(0);
    map.workerAnswers();
    expect(map.featureStates.size).toBe(0); // tiles still reloading
    expect(shown).not.toHaveBeenCalled();
    map.tilesArrive();
    expect(shown).toHaveBeenCalledTimes(1);
    expect(map.log).toContain('repaint');
  });

  it('holds back frames while the worker is busy, and asks for one when the day is ready', () => {
    const map = new FakeMap();
    applyDay(asMap(map), dataset, dayState(dataset, '2022-01-06'), null, null);
    map.workerAnswers();
    expect(map.log).toEqual([]);
    map.tilesArrive();
    expect(map.log).toContain('repaint');
    map.log = [];
    map.triggerRepaint(); // the map's own method is back
    expect(map.log).toEqual(['repaint']);
  });

  it('lets the map draw again after a while even if the worker never answers', () => {
    const map = new FakeMap();
    applyDay(asMap(map), dataset, dayState(dataset, '2022-01-06'), null, null);
    map.triggerRepaint();
    expect(map.log).toEqual([]);
    vi.advanceTimersByTime(1000);
    map.triggerRepaint();
    expect(map.log).toContain('repaint');
    expect(map.featureStates.size).toBe(0); // still the old day, whole
  });

  it('drops a day that a newer one replaces before it was ready', () => {
    const map = new FakeMap();
    const first = vi.fn();
    const second = vi.fn();
    applyDay(asMap(map), dataset, dayState(dataset, '2022-01-06'), null, null, first);
    applyDay(asMap(map), dataset, dayState(dataset, '2022-01-13'), null, null, second);
    map.workerAnswers(); // the first setData
    map.tilesArrive();
    expect(map.featureStates.size).toBe(0); // the second is still in the worker
    map.workerAnswers();
    map.tilesArrive();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(threatOf(map, 'mangystau')).toBe('lifted');
    expect(threatOf(map, 'almaty-city')).toBe('red');
  });
});
