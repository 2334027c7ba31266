import { describe, expect, it } from 'vitest';
import { Atlas } from '../../src/model/atlas.ts';
import { changesOn } from '../../src/model/changes.ts';
import { dayState } from '../../src/model/dayState.ts';
import { byTheFifth, onTheSecond, overTwoDays, tinyDataset } from '../fixtures/tiny.ts';

describe('Atlas', () => {
  it('has every day of the period, in order', () => {
    expect(new Atlas(tinyDataset()).days).toEqual([
      '2022-01-02',
      '2022-01-03',
      '2022-01-04',
      '2022-01-05',
    ]);
  });

  it('shows an event on each day of its range, and one dated "by" a day on that day only', () => {
    const atlas = new Atlas(tinyDataset());
    const on = (e: typeof onTheSecond) => atlas.days.filter((d) => atlas.isEventOn(e, d));
    expect(on(onTheSecond)).toEqual(['2022-01-02']);
    expect(on(overTwoDays)).toEqual(['2022-01-02', '2022-01-03']);
    expect(on(byTheFifth)).toEqual(['2022-01-05']);
    expect([...atlas.eventDays]).toEqual(['2022-01-02', '2022-01-03', '2022-01-05']);
    expect(atlas.state('2022-01-04').events).toEqual([]);
  });

  it('computes each day once, the same state as dayState', () => {
    const data = tinyDataset();
    const atlas = new Atlas(data);
    const s = atlas.state('2022-01-04');
    expect(atlas.state('2022-01-04')).toBe(s);
    expect(s).toEqual(dayState(data, '2022-01-04'));
    expect(s.units.find((u) => u.id === 'mangystau')!.stateOfEmergency.value).toBe(true);
  });

  it("gives a day's changes since the day before, once", () => {
    const data = tinyDataset();
    const atlas = new Atlas(data);
    const c = atlas.changes('2022-01-04');
    expect(atlas.changes('2022-01-04')).toBe(c);
    expect(c).toEqual(changesOn(data, dayState(data, '2022-01-04')));
    expect(c.statuses).toMatchObject([
      { status: 'stateOfEmergency', kind: 'began', units: ['mangystau'] },
    ]);
  });

  it('indexes places and events by id, and leaves the data as it was', () => {
    const data = tinyDataset();
    const before = JSON.stringify(data);
    const atlas = new Atlas(data);
    atlas.days.forEach((d) => atlas.changes(d));
    expect(atlas.places.get('zhanaozen')?.name).toBe('Zhanaozen');
    expect(atlas.events.get('by-the-fifth')).toBe(byTheFifth);
    expect(JSON.stringify(data)).toBe(before);
  });
});
