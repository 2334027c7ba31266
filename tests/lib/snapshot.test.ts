import { describe, expect, it } from 'vitest';
import { describeSnapshot } from '../../src/outputs/snapshot.ts';
import { atlas } from '../helpers.ts';

const snapshotOn = (day: string) => describeSnapshot(atlas, day);

describe('describeSnapshot', () => {
  it('2 January: reported protests only, nothing inferred but the CSTO phase', () => {
    const s = snapshotOn('2022-01-02');
    expect(s.date).toBe('Sunday, 2 January 2022');
    expect(s.statusLines).toEqual([
      'Protests: Mangystau (stated that day)',
      'State of emergency: not recorded',
    ]);
    expect(s.csto).toBe('No CSTO involvement (inferred)');
    expect(s.inferenceNote).toContain('hatched: not recorded');
    expect(s.headline).toBe('New: Protests in Mangystau · 1 new event');
    expect(s.sources).toBe(
      'Sources: “Russia described recent events in Kazakhstan…”, 6 January 2022 (date inferred); ' +
        '“Putin’s Kazakhstan statement: Faced with…”, on or after 13 January 2022 (date inferred) ' +
        '(quotes in the atlas and its CSV export)',
    );
  });

  it("13 January: the split between lifted and red, attested by that day's article", () => {
    const s = snapshotOn('2022-01-13');
    expect(s.statusLines).toEqual([
      'Protests: none reported',
      'State of emergency: all 17 regions (stated that day)',
      '"Red" terrorist threat level: 3 regions (stated that day)',
      '"Red" level lifted: 14 regions (stated that day)',
    ]);
    expect(s.csto).toBe('CSTO troops withdrawing');
    // Carried to the next day, no longer attested.
    expect(snapshotOn('2022-01-14').statusLines).toContain('"Red" level lifted: 14 regions');
  });

  it('6 January: says "inferred" once, in the note, not on each line', () => {
    const s = snapshotOn('2022-01-06');
    expect(s.statusLines).toContain('"Red" terrorist threat level: all 17 regions');
    expect(s.statusLines).toContain('Protests: Mangystau, Almaty');
    expect(s.statusLines.join(' ')).not.toContain('inferred');
    expect(s.inferenceNote).toMatch(/\d+ of \d+ events have an inferred date/);
    expect(s.headline).toMatch(/ · changes inferred, not stated for the day$/);
  });

  it('5 January: a status recorded in some regions is "not recorded" in the others, not "none"', () => {
    expect(snapshotOn('2022-01-05').statusLines).toContain(
      'State of emergency: 2 regions; not recorded in 15 regions',
    );
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
