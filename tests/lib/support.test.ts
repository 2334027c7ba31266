import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/schema.ts';
import { checkSupport } from '../../src/authoring/support.ts';
import { formatError } from '../../src/model/validate.ts';
import { articleTexts, dataset } from '../helpers.ts';

/** The support errors once `mutate` has broken one thing in a copy of the real dataset. */
function errorsAfter(mutate: (d: Dataset) => void) {
  const d = structuredClone(dataset);
  mutate(d);
  return checkSupport(d, articleTexts!);
}
const find = <T extends { id: string }>(list: T[], id: string) => list.find((r) => r.id === id)!;

describe.skipIf(!articleTexts)('support checker', () => {
  it('finds every claim of the real data stated by its quotes', () => {
    expect(checkSupport(dataset, articleTexts!).map(formatError)).toEqual([]);
  });

  it('catches a place the quotes do not name, and lists the quotes searched', () => {
    const errors = errorsAfter((d) => {
      find(d.events, 'protests-begin-mangystau').places[1] = 'atyrau';
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'data/events.json',
      id: 'protests-begin-mangystau',
      field: 'places[1]',
      expected: 'a quote that names "atyrau"',
    });
    expect(errors[0]!.actual).toContain('places named: kazakhstan, zhanaozen, aktau;');
    expect(errors[0]!.actual).toContain('"People took to the streets in Kazakhstan on January 2nd');
  });

  it('catches a unit the quotes do not name, and a nationwide status with no nationwide quote', () => {
    const errors = errorsAfter((d) => {
      find(d.statuses, 'protest-almaty').units = ['almaty-region'];
      // "People took to the streets in Kazakhstan ..." names two towns, not the whole country.
      find(d.statuses, 'protest-mangystau-begins').units = 'all';
    });
    expect(errors.map((e) => [e.id, e.field])).toEqual([
      ['protest-mangystau-begins', 'units'],
      ['protest-almaty', 'units[0]'],
    ]);
  });

  it('catches a figure changed by one, or its qualifier dropped', () => {
    const errors = errorsAfter((d) => {
      const f = find(d.figures, 'detained-almaty-001');
      f.value = { min: 1926, max: 1926 };
      f.text = '1,926';
      const g = find(d.figures, 'injured-security-000');
      g.value = { min: 1300, max: 1300 };
      g.text = '1,300';
    });
    expect(errors.map((e) => [e.id, e.field])).toEqual([
      ['injured-security-000', 'value'],
      ['detained-almaty-001', 'value'],
    ]);
    expect(errors[1]!.actual).toContain('1925 = {"min":1925,"max":1925}');
  });

  it('catches a text that says something other than the value', () => {
    const errors = errorsAfter((d) => (find(d.figures, 'troops-000').text = 'more than 2,500'));
    expect(errors).toEqual([expect.objectContaining({ id: 'troops-000', field: 'text' })]);
  });

  it('catches a reported date moved by a day', () => {
    const errors = errorsAfter((d) => {
      find(d.events, 'protests-begin-mangystau').date = {
        start: '2022-01-03',
        end: '2022-01-03',
        precision: 'day',
      };
    });
    expect(errors).toHaveLength(1);
    expect(formatError(errors[0]!)).toBe(
      'data/events.json#protests-begin-mangystau date: expected a quote that states 2022-01-03 ' +
        '(a reported day is stated, not worked out), got days stated: 2022-01-02; its quote: ' +
        '"People took to the streets in Kazakhstan on January 2nd against a h…"',
    );
  });

  it('does not take arithmetic, or a weekday of an article whose date is inferred, as stated', () => {
    const errors = errorsAfter((d) => {
      find(d.events, 'protests-spread-almaty').dateCertainty = 'reported'; // "two days later"
      find(d.events, 'cabinet-resigns').dateCertainty = 'reported'; // "on Wednesday"
      find(d.statuses, 'red-lifted-14').certainty = 'reported'; // no day in the quote
    });
    expect(errors.map((e) => [e.id, e.field])).toEqual([
      ['protests-spread-almaty', 'date'],
      ['cabinet-resigns', 'date'],
      ['red-lifted-14', 'from'],
    ]);
  });

  it('reads a weekday against the article date when the article states it', () => {
    const errors = errorsAfter((d) => {
      find(d.events, 'cabinet-resigns').dateCertainty = 'reported';
      find(d.articles, '003_cebad738d18729a2').published.certainty = 'stated';
    });
    expect(errors).toEqual([]);
  });

  it('catches a flipped status or CSTO phase', () => {
    const errors = errorsAfter((d) => {
      find(d.statuses, 'protest-mangystau-begins').value = false;
      find(d.csto, 'csto-withdrawal-starts').phase = 'deployed';
    });
    expect(errors.map((e) => [e.id, e.field])).toEqual([
      ['protest-mangystau-begins', 'value'],
      ['csto-withdrawal-starts', 'phase'],
    ]);
  });

  it('catches an activity or measure the quotes do not name', () => {
    const errors = errorsAfter((d) => {
      // Ambulance calls are neither clashes nor in a place their quote names.
      d.events.push({
        ...structuredClone(find(d.events, 'almaty-looting')),
        id: 'ambulance-calls',
        citations: [
          {
            article: '001_c4298f99d6d48eae',
            quote: 'From the 4th to the 7th, 11.5 thousand calls were received.',
          },
        ],
        reasoning: 'Article 001 says "From the 4th to the 7th".',
      });
      find(d.figures, 'detained-002').measure = 'killed';
    });
    expect(errors.map((e) => [e.id, e.field])).toEqual([
      ['ambulance-calls', 'places[0]'],
      ['ambulance-calls', 'activity'],
      ['detained-002', 'measure'],
    ]);
  });

  it('requires a reasoning to quote only its own citations', () => {
    const errors = errorsAfter((d) => {
      // "as of midday Thursday" is another sentence of article 003, not this figure's quote.
      find(d.figures, 'injured-all-003').reasoning =
        'The figure is "As of midday Thursday", read as 6 January.';
      find(d.events, 'cabinet-resigns').reasoning = 'Read as 5 January.';
    });
    expect(errors.map((e) => [e.id, e.field, e.actual.slice(0, 40)])).toEqual([
      ['cabinet-resigns', 'reasoning', 'no quoted passage'],
      ['injured-all-003', 'reasoning', '"As of midday Thursday", which none of t'],
    ]);
  });

  it('keeps figures off days before their article, and undated ones off every day', () => {
    const errors = errorsAfter((d) => {
      find(d.figures, 'detained-002').asOf = '2022-01-10';
      const undated = find(d.figures, 'killed-all-004');
      undated.asOf = '2022-01-13';
      undated.asOfCertainty = 'inferred';
      // A stated article date makes a figure's day reported; an inferred one does not.
      find(d.figures, 'injured-all-003').asOfCertainty = 'reported';
    });
    expect(errors.map((e) => [e.id, e.field])).toEqual([
      ['injured-all-003', 'asOfCertainty'],
      ['detained-002', 'asOf'],
      ['killed-all-004', 'asOf'],
    ]);
  });
});
