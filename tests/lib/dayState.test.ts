import { describe, expect, it } from 'vitest';
import { dayState, daysWithEvents } from '../../src/lib/dayState.ts';
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

  it('4 January: Almaty joins; Zhanaozen and Aktau fade as earlier places', () => {
    const s = dayState(dataset, '2022-01-04');
    expect(s.places.map((p) => p.place.id)).toContain('almaty');
    expect(s.earlierPlaces.map((p) => [p.place.id, p.daysAgo])).toEqual([
      ['zhanaozen', 2],
      ['aktau', 2],
    ]);
    expect(unit('2022-01-04', 'almaty-city').protest).toMatchObject({
      value: true,
      certainty: 'reported',
    });
  });

  it('6 January: nationwide emergency, "red" everywhere (inferred), CSTO deploying', () => {
    const s = dayState(dataset, '2022-01-06');
    expect(
      s.units.every((u) => u.stateOfEmergency.value && u.stateOfEmergency.certainty === 'reported'),
    ).toBe(true);
    expect(
      s.units.every(
        (u) => u.terrorThreatLevel.value === 'red' && u.terrorThreatLevel.certainty === 'inferred',
      ),
    ).toBe(true);
    expect(s.csto.phase).toBe('deploying');
    const killed = s.figures
      .filter((g) => g.measure === 'killed')
      .map((g) => g.figures.map((f) => f.text));
    expect(killed).toEqual([['13'], ['dozens']]);
  });

  it('13 January: "red" lifted in 14 units, kept in 3, withdrawal begins (all reported)', () => {
    const s = dayState(dataset, '2022-01-13');
    const red = s.units
      .filter((u) => u.terrorThreatLevel.value === 'red')
      .map((u) => u.id)
      .sort();
    expect(red).toEqual(['almaty-city', 'almaty-region', 'zhambyl']);
    expect(s.units.filter((u) => u.terrorThreatLevel.value === 'lifted')).toHaveLength(14);
    expect(s.units.every((u) => u.terrorThreatLevel.certainty === 'reported')).toBe(true);
    expect(s.csto).toMatchObject({ phase: 'withdrawing', certainty: 'reported' });
    const troops = s.figures.find((g) => g.measure === 'troops')!;
    expect(troops.figures.map((f) => f.text)).toEqual(['more than 2,000', 'two thousand']);
    expect(troops.sourcesDiffer).toBe(true);
  });

  it('14 January: the third troop figure joins, side by side; later status carried forward as inferred', () => {
    const s = dayState(dataset, '2022-01-14');
    expect(s.figures.find((g) => g.measure === 'troops')!.figures.map((f) => f.text)).toEqual([
      'more than 2,000',
      'two thousand',
      'about 2,500',
    ]);
    expect(unit('2022-01-14', 'mangystau').terrorThreatLevel).toMatchObject({
      value: 'lifted',
      certainty: 'inferred',
    });
    const security = s.figures.find(
      (g) => g.measure === 'killed' && g.group === 'security forces',
    )!;
    expect(security.figures.map((f) => f.text)).toEqual(['13', '18']);
  });

  it('19 to 20 January: the emergency ends on schedule; the withdrawal date is disputed', () => {
    expect(unit('2022-01-19', 'pavlodar-region').stateOfEmergency.value).toBe(true);
    expect(unit('2022-01-20', 'pavlodar-region').stateOfEmergency).toMatchObject({
      value: false,
      certainty: 'unrecorded',
    });
    const csto = dayState(dataset, '2022-01-20').csto;
    expect(csto).toMatchObject({ phase: 'withdrawn', certainty: 'inferred' });
    expect(csto.disputed[0]).toMatchObject({ value: 'withdrawing', until: '2022-01-23' });
  });

  it('shows a "by" event only on its last day, a night on both days', () => {
    const ids = (d: string) => dayState(dataset, d).events.map((e) => e.id);
    expect(ids('2022-01-13')).toContain('red-level-lifted-14');
    expect(ids('2022-01-12')).not.toContain('red-level-lifted-14');
    expect(ids('2022-01-05')).toContain('almaty-police-department-attacked');
    expect(ids('2022-01-06')).toContain('almaty-police-department-attacked');
  });

  it('marks the days that have events', () => {
    const days = daysWithEvents(dataset);
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
