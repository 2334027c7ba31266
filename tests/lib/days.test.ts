import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayProblem,
  dayRange,
  daysBetween,
  formatDay,
  isDay,
  weekday,
} from '../../src/model/days.ts';
import { indexById } from '../../src/model/indexById.ts';

describe('days', () => {
  it('isDay accepts real calendar days only', () => {
    expect(isDay('2022-01-06')).toBe(true);
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2022-02-29')).toBe(false);
    expect(isDay('2022-13-01')).toBe(false);
    expect(isDay('2022-1-6')).toBe(false);
    expect(isDay('6 January 2022')).toBe(false);
    expect(isDay(20220106)).toBe(false);
  });
  it('addDays crosses months and years', () => {
    expect(addDays('2022-01-31', 1)).toBe('2022-02-01');
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
  it('dayRange includes both ends', () => {
    expect(dayRange('2022-01-30', '2022-02-02')).toEqual([
      '2022-01-30',
      '2022-01-31',
      '2022-02-01',
      '2022-02-02',
    ]);
    expect(daysBetween('2022-01-02', '2022-01-23')).toBe(21);
  });
  it('weekday matches the articles: 13 January 2022 was a Thursday', () => {
    expect(weekday('2022-01-13')).toBe('Thursday');
    expect(weekday('2022-01-06')).toBe('Thursday');
    expect(weekday('2022-01-05')).toBe('Wednesday');
    expect(weekday('2022-01-14')).toBe('Friday');
  });
  it('formats without time zones', () => {
    expect(formatDay('2022-01-06')).toBe('6 January 2022');
  });

  it('agrees with the calendar for any day and any offset', () => {
    const day = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -40000, max: 40000 }), (d, n) => {
        const later = addDays(d, n);
        expect(isDay(later)).toBe(true);
        expect(daysBetween(d, later)).toBe(n);
        const utc = new Date(`${d}T00:00:00Z`);
        utc.setUTCDate(utc.getUTCDate() + n);
        expect(later).toBe(utc.toISOString().slice(0, 10));
      }),
    );
  });

  it('says why a day is not one of the period, in one place for every caller', () => {
    const period = { start: '2022-01-02', end: '2022-01-23' };
    expect(dayProblem('2022-01-13', period)).toBeNull();
    expect(dayProblem('2022-02-30', period)).toBe(
      '"2022-02-30" is not a calendar day written YYYY-MM-DD; valid days run from 2022-01-02 to 2022-01-23',
    );
    expect(dayProblem('2022-01-24', period)).toBe(
      '2022-01-24 is outside the period the articles cover, 2022-01-02 to 2022-01-23',
    );
  });

  it('indexes a list once and finds its records by id', () => {
    const list = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ];
    expect(indexById(list).get('b')).toBe(list[1]);
    expect(indexById(list)).toBe(indexById(list));
    expect(indexById([...list])).not.toBe(indexById(list));
  });
});
