import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkTour } from '../../src/model/tour.ts';
import { highlighted } from '../../src/model/selection.ts';
import { selectionNote } from '../../src/words/selection.ts';
import { UNIT_IDS } from '../../src/model/units.ts';
import { dataset, type Loose } from '../helpers.ts';

const raw = (): Loose => JSON.parse(readFileSync('data/tour.json', 'utf8'));
const problems = (file: Loose) => {
  const r = checkTour(file, dataset);
  return r.ok ? [] : r.errors.map((e) => `${e.id} ${e.field}: ${e.actual}`);
};

describe('the tour file', () => {
  it('is sound: each stop rests on records shown on its day', () => {
    expect(problems(raw())).toEqual([]);
  });

  it('refuses a record that is not shown on the stop’s day, or does not exist', () => {
    const t = raw();
    t.stops[0].records.push('csto-withdrawal-begins', 'no-such-record');
    expect(problems(t)).toEqual([
      'stop 1 records: csto-withdrawal-begins, which is not',
      'stop 1 records: no-such-record',
    ]);
  });

  it('refuses a quote in a caption that none of its records’ citations holds', () => {
    const t = raw();
    t.stops[1].caption = 'Article 004 says protests spread "to every village the same day".';
    expect(problems(t)).toEqual(['stop 2 caption: "to every village the same day"']);
  });

  it('refuses a number in a caption that none of its records states, dates and the 17 regions aside', () => {
    const t = raw();
    t.stops[4].caption = 'By 13 January the "red" level is cancelled in 15 of the 17 regions.';
    expect(problems(t)).toEqual(['stop 5 caption: 15, which none of their quotes states']);
    t.stops[4].caption = 'By 13 January the level stays in three regions.';
    expect(problems(t)).toEqual(['stop 5 caption: 3, which none of their quotes states']);
  });

  it('refuses a day outside the period and bounds turned inside out', () => {
    const t = raw();
    t.stops[0].day = '2022-02-30';
    t.stops[0].bounds = [60, 40, 50, 45];
    expect(problems(t)).toEqual([
      expect.stringMatching(/^stop 1 day: 2022-02-30/),
      'stop 1 bounds: 60, 40, 50, 45',
    ]);
  });
});

describe('what a selected event lights', () => {
  const byId = (id: string) => ({ kind: 'event' as const, id });

  it('every region for a nationwide event, with a word why', () => {
    expect(highlighted(dataset, byId('cabinet-resigns')).units).toEqual(new Set(UNIT_IDS));
    expect(selectionNote(dataset, byId('cabinet-resigns'))).toMatch(/whole country/);
  });

  it('nothing for an event whose place no article gives, and it says so', () => {
    const lit = highlighted(dataset, byId('tokayev-parliament'));
    expect([lit.units.size, lit.places.size]).toEqual([0, 0]);
    expect(selectionNote(dataset, byId('tokayev-parliament'))).toMatch(/do not say where/);
  });

  it('its places, its regions, and a word on places beyond the map', () => {
    expect(highlighted(dataset, byId('red-level-remains-3'))).toEqual({
      places: new Set(['almaty']),
      units: new Set(['almaty-region', 'zhambyl']),
    });
    const flights = highlighted(dataset, byId('almaty-flights-resume'));
    expect(flights.places).toEqual(new Set(['almaty-airport', 'antalya', 'nur-sultan']));
    expect(selectionNote(dataset, byId('almaty-flights-resume'))).toMatch(/Antalya/);
  });
});
