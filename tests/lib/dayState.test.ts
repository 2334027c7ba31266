import { describe, expect, it } from 'vitest';
import { Atlas } from '../../src/model/atlas.ts';
import { dayState } from '../../src/model/dayState.ts';
import { dataset } from '../helpers.ts';

const unit = (day: string, id: string) => dayState(dataset, day).units.find((u) => u.id === id)!;

describe('dayState golden days', () => {
  it('2 January: protests in Zhanaozen and Aktau, nothing else yet', () => {
    const s = dayState(dataset, '2022-01-02');
    expect(s.places.map((p) => p.place.id).sort()).toEqual(['aktau', 'zhanaozen']);
    expect(s.places.every((p) => p.certainty === 'reported' && p.activity === 'protest')).toBe(
      true,
    );
    expect(unit('2022-01-02', 'mangystau').protest).toMatchObject({
      value: true,
      certainty: 'reported',
    });
    expect(s.units.filter((u) => u.protest.value).map((u) => u.id)).toEqual(['mangystau']);
    expect(
      s.units.every((u) => !u.stateOfEmergency.value && u.terrorThreatLevel.value === 'none'),
    ).toBe(true);
    expect(s.csto).toMatchObject({ phase: 'none', certainty: 'inferred' });
    expect(s.figures).toEqual([]);
  });

  it('4 January: Almaty joins (inferred from "two days later"); Zhanaozen and Aktau fade', () => {
    const s = dayState(dataset, '2022-01-04');
    expect(s.places.find((p) => p.place.id === 'almaty')).toMatchObject({
      certainty: 'inferred',
      activity: 'protest',
    });
    expect(s.earlierPlaces.map((p) => [p.place.id, p.daysAgo])).toEqual([
      ['zhanaozen', 2],
      ['aktau', 2],
    ]);
    expect(unit('2022-01-04', 'almaty-city').protest).toMatchObject({
      value: true,
      certainty: 'inferred',
    });
    // Article 004 puts Almaty's protests two days after 2 January, not on 3 January.
    expect(unit('2022-01-03', 'almaty-city').protest.value).toBe(false);
  });

  it('5 January: the state of emergency only in the protest-hit areas the article names', () => {
    const s = dayState(dataset, '2022-01-05');
    expect(
      s.units
        .filter((u) => u.stateOfEmergency.value)
        .map((u) => u.id)
        .sort(),
    ).toEqual(['almaty-city', 'mangystau']);
    expect(unit('2022-01-05', 'mangystau').stateOfEmergency.certainty).toBe('inferred');
  });

  it('6 January: nationwide emergency and "red" everywhere, both inferred; CSTO deploying', () => {
    const s = dayState(dataset, '2022-01-06');
    expect(
      s.units.every((u) => u.stateOfEmergency.value && u.stateOfEmergency.certainty === 'inferred'),
    ).toBe(true);
    expect(
      s.units.every(
        (u) => u.terrorThreatLevel.value === 'red' && u.terrorThreatLevel.certainty === 'inferred',
      ),
    ).toBe(true);
    expect(unit('2022-01-06', 'akmola').terrorThreatLevel.reasoning).toMatch(/start is unknown/);
    expect(s.csto.phase).toBe('deploying');
    const killed = s.figures
      .filter((g) => g.measure === 'killed')
      .map((g) => [g.group, g.figures.map((f) => f.figure.text)])
      .sort();
    expect(killed).toEqual([
      ['assailants', ['dozens']],
      ['people in overnight battles', ['dozens']],
      ['security forces', ['13']],
    ]);
    expect(s.figures.map((g) => g.measure)).toEqual(
      expect.arrayContaining(['hospitalised', 'intensive-care']),
    );
  });

  it('13 January: "red" lifted in 14 units and kept in 3, by the article\'s date (inferred); withdrawal reported', () => {
    const s = dayState(dataset, '2022-01-13');
    const red = s.units
      .filter((u) => u.terrorThreatLevel.value === 'red')
      .map((u) => u.id)
      .sort();
    expect(red).toEqual(['almaty-city', 'almaty-region', 'zhambyl']);
    expect(s.units.filter((u) => u.terrorThreatLevel.value === 'lifted')).toHaveLength(14);
    expect(s.units.every((u) => u.terrorThreatLevel.certainty === 'inferred')).toBe(true);
    expect(s.csto).toMatchObject({ phase: 'withdrawing', certainty: 'reported' });
    // The only troop figure in a dated article comes on 14 January; article 001's "two
    // thousand" is sarcasm, and article 004's "more than 2,000" is undated.
    expect(s.figures.find((g) => g.measure === 'troops')).toBeUndefined();
    expect(s.undatedFigures.map((f) => f.id).sort()).toEqual([
      'injured-security-004',
      'killed-all-004',
      'troops-004',
    ]);
  });

  it('14 January: later official figures update earlier ones; carried-forward statuses are inferred', () => {
    const s = dayState(dataset, '2022-01-14');
    const group = (measure: string, g: string) =>
      s.figures.find((x) => x.measure === measure && x.group === g)!;
    const killed = group('killed', 'security forces');
    expect(killed.figures.map((f) => [f.figure.text, f.status])).toEqual([
      ['13', 'updated'],
      ['18', 'current'],
    ]);
    expect(killed.sourcesDiffer).toBe(false);
    expect(group('injured', 'security forces').figures.map((f) => f.status)).toEqual([
      'updated',
      'current',
    ]);
    expect(unit('2022-01-14', 'mangystau').terrorThreatLevel).toMatchObject({
      value: 'lifted',
      certainty: 'inferred',
    });
  });

  it('15 January: a carried-forward status stops where its reasoning does', () => {
    expect(unit('2022-01-15', 'mangystau').terrorThreatLevel).toMatchObject({
      value: 'none',
      certainty: 'unrecorded',
    });
    expect(unit('2022-01-15', 'almaty-city').terrorThreatLevel.certainty).toBe('unrecorded');
    expect(dayState(dataset, '2022-01-15').unrecorded).toEqual([
      { status: 'terrorThreatLevel', lastRecorded: '2022-01-14' },
    ]);
  });

  it('19 to 20 January: the emergency is shown to its planned end only; the withdrawal date is disputed', () => {
    expect(unit('2022-01-19', 'pavlodar-region').stateOfEmergency).toMatchObject({
      value: true,
      certainty: 'inferred',
    });
    expect(unit('2022-01-20', 'pavlodar-region').stateOfEmergency).toMatchObject({
      value: false,
      certainty: 'unrecorded',
    });
    const csto = dayState(dataset, '2022-01-20').csto;
    expect(csto).toMatchObject({ phase: 'withdrawn', certainty: 'inferred' });
    expect(csto.disputed[0]).toMatchObject({ value: 'withdrawing', until: '2022-01-23' });
  });

  it('tells "sources differ" from "updated": different kinds of source disagreeing', () => {
    const base = dataset.figures.find((f) => f.id === 'killed-security-000')!;
    const press = {
      ...base,
      id: 'killed-security-press',
      text: '20',
      sourceType: 'press' as const,
    };
    const s = dayState({ ...dataset, figures: [...dataset.figures, press] }, '2022-01-14');
    const g = s.figures.find((x) => x.measure === 'killed' && x.group === 'security forces')!;
    expect(g.sourcesDiffer).toBe(true);
    expect(g.figures.map((f) => [f.figure.id, f.status])).toEqual([
      ['killed-security-003', 'updated'],
      ['killed-security-000', 'differs'],
      ['killed-security-press', 'differs'],
    ]);
  });

  it('shows a "by" event only on its last day, a night on both days', () => {
    const ids = (d: string) => dayState(dataset, d).events.map((e) => e.id);
    expect(ids('2022-01-13')).toContain('red-level-lifted-14');
    expect(ids('2022-01-12')).not.toContain('red-level-lifted-14');
    expect(ids('2022-01-05')).toContain('almaty-police-department-attacked');
    expect(ids('2022-01-06')).toContain('almaty-police-department-attacked');
  });

  it('marks the days that have events', () => {
    const days = new Atlas(dataset).eventDays;
    expect(days.has('2022-01-02')).toBe(true);
    expect(days.has('2022-01-08')).toBe(false);
    expect(days.has('2022-01-23')).toBe(true);
  });

  it('does not change the dataset', () => {
    const before = JSON.stringify(dataset);
    dayState(dataset, '2022-01-13');
    expect(JSON.stringify(dataset)).toBe(before);
  });
});
