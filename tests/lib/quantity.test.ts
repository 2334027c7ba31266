import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantitiesIn, quantityOf } from '../../src/authoring/quantity.ts';
import { statedDays } from '../../src/authoring/statedDays.ts';

const values = (text: string) => quantitiesIn(text).map((q) => q.value);

describe('quantitiesIn', () => {
  it('reads digits, separators, decimals with a scale word, and number words alike', () => {
    expect(values('1,300 and 1300')).toEqual([
      { min: 1300, max: 1300 },
      { min: 1300, max: 1300 },
    ]);
    expect(values('11.5 thousand calls')).toEqual([{ min: 11500, max: 11500 }]);
    expect(values('two thousand peacekeepers')).toEqual([{ min: 2000, max: 2000 }]);
    expect(values('twenty-five people')).toEqual([{ min: 25, max: 25 }]);
  });

  it('keeps the qualifier as part of the value', () => {
    expect(values('more than 1,300 were injured')).toEqual([
      { min: 1300, max: null, qualifier: 'more than' },
    ]);
    expect(values('about a thousand policemen')).toEqual([
      { min: null, max: null, approx: 1000, qualifier: 'about' },
    ]);
    expect(values('nearly 400 hospitalized')).toEqual([
      { min: null, max: 400, approx: 400, qualifier: 'nearly' },
    ]);
    expect(quantityOf('dozens')).toMatchObject({ value: null, vague: 'dozens' });
  });

  it('does not count days, ordinals or times', () => {
    expect(values('As of January 13, 1925 rioters')).toEqual([{ min: 1925, max: 1925 }]);
    expect(values('from the 4th to the 7th, from 20:00 to 05:00')).toEqual([]);
  });

  it('reads any whole number the same with or without thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        const plain = values(`${n} people`);
        expect(plain).toEqual([{ min: n, max: n }]);
        expect(values(`${n.toLocaleString('en-US')} people`)).toEqual(plain);
        expect(values(`more than ${n.toLocaleString('en-US')}`)).toEqual([
          { min: n, max: null, qualifier: 'more than' },
        ]);
      }),
    );
  });
});

describe('statedDays', () => {
  const dated = { date: '2022-01-13', stated: true };
  const days = (text: string, article = dated) => statedDays(text, article);

  it('reads absolute dates against the article year, and a range day by day', () => {
    expect(days('in effect until Jan. 19')).toEqual(['2022-01-19']);
    expect(days('From the 4th to the 7th, calls were received')).toEqual([
      '2022-01-04',
      '2022-01-05',
      '2022-01-06',
      '2022-01-07',
    ]);
    expect(days('On Friday, January 14, 14 planes')).toEqual(['2022-01-14']);
  });

  it('does not take arithmetic for a stated day', () => {
    expect(days('two days later')).toEqual([]);
    expect(days('Last week, the police')).toEqual([]);
    expect(days('appealed overnight')).toEqual([]);
    expect(days('Police detained protesters yesterday')).toEqual([]);
    expect(days('Flights resume today and tonight')).toEqual([]);
    expect(days('Shots were heard last night')).toEqual([]);
  });

  it('resolves a weekday only against a stated article date', () => {
    expect(days('early on Wednesday', { date: '2022-01-06', stated: true })).toEqual([
      '2022-01-05',
    ]);
    expect(days('early on Wednesday', { date: '2022-01-06', stated: false })).toEqual([]);
  });

  it('states any day of January 2022 written as "January D"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), (d) => {
        const day = `2022-01-${String(d).padStart(2, '0')}`;
        expect(days(`on January ${d}, 1925 people`)).toEqual([day]);
      }),
      { numRuns: 31 },
    );
  });
});
