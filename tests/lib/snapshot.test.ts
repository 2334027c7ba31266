import { describe, expect, it } from 'vitest';
import { dayState } from '../../src/model/dayState.ts';
import { describeSnapshot } from '../../src/outputs/snapshot.ts';
import { changesOn } from '../../src/model/changes.ts';
import { dataset } from '../helpers.ts';

const snapshotOn = (day: string) => {
  const state = dayState(dataset, day);
  return describeSnapshot(state, changesOn(dataset, state), dataset.articles);
};

describe('describeSnapshot', () => {
  it('2 January: reported protests only, nothing inferred but the CSTO phase', () => {
    const s = snapshotOn('2022-01-02');
    expect(s.date).toBe('Sunday, 2 January 2022');
    expect(s.statusLines).toEqual(['Protests: Mangystau', 'State of emergency: none recorded']);
    expect(s.csto).toBe('No CSTO involvement (inferred)');
    expect(s.inferenceNote).toContain('pale regions');
    expect(s.headline).toBe('New: Protests in Mangystau · 1 new event');
    expect(s.sources).toBe(
      'Sources: “Russia described recent events in Kazakhstan…”, 6 January 2022 (date inferred); ' +
        '“Putin’s Kazakhstan statement: Faced with…”, on or after 13 January 2022 (date inferred) ' +
        '(quotes in the atlas and its CSV export)',
    );
  });

  it("13 January: the split between lifted and red, known only by the article's date", () => {
    const s = snapshotOn('2022-01-13');
    expect(s.statusLines).toEqual([
      'Protests: none reported',
      'State of emergency: all 17 regions (inferred)',
      '"Red" terrorist threat level: 3 regions (inferred)',
      '"Red" level lifted: 14 regions (inferred)',
    ]);
    expect(s.csto).toBe('CSTO troops withdrawing');
  });

  it('6 January: marks the inferred "red" level', () => {
    const s = snapshotOn('2022-01-06');
    expect(s.statusLines).toContain('"Red" terrorist threat level: all 17 regions (inferred)');
    expect(s.statusLines).toContain('Protests: Mangystau, Almaty (inferred)');
    expect(s.inferenceNote).toMatch(/\d+ of \d+ events have an inferred date/);
  });

  it('20 January: says which statuses are no longer recorded, and since when', () => {
    const s = snapshotOn('2022-01-20');
    expect(s.statusLines).toEqual([
      'Protests: none reported',
      'State of emergency: not recorded after 19 January 2022',
      '"Red" terrorist threat level: not recorded after 14 January 2022',
    ]);
  });

  it('credits the data sources', () => {
    const s = snapshotOn('2022-01-20');
    expect(s.credits).toContain('Natural Earth');
    expect(s.credits).toContain('GeoNames (CC BY 4.0)');
    expect(s.credits).toContain('Noto Sans');
  });
});
