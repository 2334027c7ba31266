import { describe, expect, it } from 'vitest';
import { dayChanges } from '../../src/model/changes.ts';
import { headline, statusChangeText } from '../../src/words/changes.ts';
import { dayState } from '../../src/model/dayState.ts';
import { addDays, dayRange } from '../../src/model/days.ts';
import { dataset } from '../helpers.ts';

const changesOn = (day: string) =>
  dayChanges(
    day === dataset.period.start ? null : dayState(dataset, addDays(day, -1)),
    dayState(dataset, day),
  );

describe('what changed on a day', () => {
  it('5 January: the state of emergency begins in Almaty and Mangystau, inferred', () => {
    const c = changesOn('2022-01-05');
    expect(c.statuses).toEqual([
      expect.objectContaining({
        status: 'stateOfEmergency',
        kind: 'began',
        certainty: 'inferred',
        units: ['mangystau', 'almaty-city'],
      }),
    ]);
    expect(c.csto).toMatchObject({ from: 'none', to: 'requested' });
    expect(c.events.map((e) => e.id)).toContain('almaty-buildings-stormed');
    expect(c.placeIds).toEqual(new Set(['almaty-akimat', 'almaty-police-department']));
    expect(headline(c)).toMatch(/^State of emergency in Mangystau and Almaty · /);
    expect(headline(c)).toMatch(/ · changes inferred, not stated for the day$/);
  });

  it('says the same in Russian and Kazakh, with official names and plural forms', () => {
    expect(headline(changesOn('2022-01-05'), 'ru')).toBe(
      'Чрезвычайное положение: Мангистауская область и Алматы · ' +
        'Запрошена помощь ОДКБ · 6 новых событий · изменения — вывод: за этот день о них не сообщалось',
    );
    expect(headline(changesOn('2022-01-13'), 'kk')).toBe(
      '«Қызыл» деңгей алынды: 14 өңір · ҰҚШҰ әскерлері шығарылуда · ' +
        '12 жаңа оқиға · 11 жаңа сан · 1 өзгеріс — тұжырым (барлығы 2)',
    );
    // Russian counts take one of three forms.
    expect(headline(changesOn('2022-01-11'), 'ru')).toBe('1 новое событие · 1 новая цифра');
    expect(headline(changesOn('2022-01-19'), 'ru')).toBe(
      'Войска ОДКБ выведены · 2 новых события · изменения — вывод: за этот день о них не сообщалось',
    );
  });

  it('13 January: the "red" level lifted in 14 regions; none of the 3 where it stays changes', () => {
    const c = changesOn('2022-01-13');
    const lifted = c.statuses.find((s) => s.status === 'terrorThreatLevel')!;
    expect(lifted).toMatchObject({ kind: 'changed', value: 'lifted' });
    expect(lifted.units).toHaveLength(14);
    expect(c.unitIds.has('almaty-city')).toBe(false);
    expect(c.csto).toMatchObject({ from: 'deployed', to: 'withdrawing', certainty: 'reported' });
    expect(headline(c)).toContain('"Red" level lifted in 14 regions · ');
    // The lifting's day is inferred; the withdrawal's start is stated.
    expect(headline(c)).toMatch(/ · 1 of 2 changes inferred$/);
  });

  it('19 and 20 January: the CSTO gone, then the state of emergency no longer recorded', () => {
    expect(changesOn('2022-01-19').csto).toMatchObject({ to: 'withdrawn' });
    const c = changesOn('2022-01-20');
    expect(c.statuses).toEqual([
      expect.objectContaining({ status: 'stateOfEmergency', kind: 'unrecorded' }),
    ]);
    expect(c.statuses[0]!.units).toHaveLength(17);
    // Not "ended": no article says so.
    expect(headline(c)).toBe('No record after 19 January 2022 for state of emergency');
  });

  it('a quiet day says nothing is new', () => {
    expect(headline(changesOn('2022-01-16'))).toBe('Nothing new in the articles on this day');
  });

  it('applied to the day before, the status changes give the day itself, on every day', () => {
    for (const day of dayRange(dataset.period.start, dataset.period.end)) {
      const c = changesOn(day);
      const today = dayState(dataset, day);
      const before = day === dataset.period.start ? null : dayState(dataset, addDays(day, -1));
      for (const u of today.units)
        for (const status of ['stateOfEmergency', 'terrorThreatLevel', 'protest'] as const) {
          const change = c.statuses.find((s) => s.status === status && s.units.includes(u.id));
          const off = status === 'terrorThreatLevel' ? 'none' : false;
          const prev = before?.units.find((p) => p.id === u.id)![status].value ?? off;
          expect(change ? change.value : prev, `${day} ${u.id} ${status}`).toBe(u[status].value);
        }
      // Every event of the day is either new or was shown the day before.
      for (const e of today.events)
        expect(c.events.includes(e) || before!.events.some((b) => b.id === e.id)).toBe(true);
    }
  });

  it('figures: new on their day, and marked when they update an earlier one', () => {
    const all = dayRange(dataset.period.start, dataset.period.end).flatMap(
      (d) => changesOn(d).figures,
    );
    const dated = dataset.figures.filter((f) => f.asOf !== null);
    expect(all.map((f) => f.figure.id).sort()).toEqual(dated.map((f) => f.id).sort());
    for (const { figure, updates } of all) {
      const earlier = dated.some(
        (o) =>
          o.measure === figure.measure &&
          o.group === figure.group &&
          o.area === figure.area &&
          o.sourceType === figure.sourceType &&
          o.asOf! < figure.asOf!,
      );
      expect(updates, figure.id).toBe(earlier);
    }
  });

  it('words for a status extended to more regions', () => {
    const six = changesOn('2022-01-06');
    const soe = six.statuses.find((s) => s.status === 'stateOfEmergency')!;
    expect(statusChangeText(soe)).toBe(
      'State of emergency extended to 15 more regions, now all 17',
    );
  });
});
