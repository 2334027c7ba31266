import { describe, expect, it } from 'vitest';
import { formatError, validateDataset, type DataError } from '../../src/model/validate.ts';
import { articleTexts, rawCopy, type Loose } from '../helpers.ts';

const texts = articleTexts ?? undefined;

function errorsOf(mutate: (raw: Loose) => void, withTexts = texts): DataError[] {
  const raw = rawCopy() as Loose;
  mutate(raw);
  const result = validateDataset(raw, withTexts);
  if (result.ok) throw new Error('expected the data to be rejected');
  return result.errors;
}

describe('validateDataset', () => {
  it('accepts the real data', () => {
    const r = validateDataset(rawCopy(), texts);
    expect(r.ok ? [] : r.errors.map(formatError)).toEqual([]);
  });

  it('names an unknown place id, and suggests the likely one', () => {
    const [e, ...rest] = errorsOf(
      (raw) => (raw['data/events.json'].events[0].places[0] = 'zhanaozn'),
    );
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      file: 'data/events.json',
      id: 'protests-begin-mangystau',
      field: 'places[0]',
      actual: '"zhanaozn"',
    });
    expect(formatError(e!)).toContain('did you mean "zhanaozen"?');
  });

  it('rejects an impossible date with the field that holds it', () => {
    const errors = errorsOf((raw) => (raw['data/events.json'].events[1].date.start = '2022-02-30'));
    expect(errors[0]).toMatchObject({
      file: 'data/events.json',
      id: 'protests-spread-almaty',
      field: 'date.start',
      actual: '"2022-02-30"',
    });
    expect(errors[0]!.expected).toContain('YYYY-MM-DD');
  });

  it('rejects a day outside the period', () => {
    const errors = errorsOf((raw) => (raw['data/figures.json'].figures[0].asOf = '2021-12-31'));
    expect(formatError(errors[0]!)).toBe(
      'data/figures.json#killed-security-003 asOf: expected a day from 2022-01-02 to 2022-01-23, got "2021-12-31"',
    );
  });

  it.skipIf(!texts)('rejects a quote that is not in its article', () => {
    const errors = errorsOf(
      (raw) =>
        (raw['data/statuses.json'].units[0].citations[0].quote =
          'the state of emergency was lifted everywhere'),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file: 'data/statuses.json',
      id: 'emergency-protest-hit-areas',
      field: 'citations[0].quote',
    });
    expect(errors[0]!.expected).toBe('a verbatim quote from article 003_cebad738d18729a2');
  });

  it('rejects coordinates out of range', () => {
    const errors = errorsOf(
      (raw) => (raw['data/gazetteer.json'].places[0].coordinates = [52.8, 143.3]),
    );
    expect(errors[0]).toMatchObject({
      file: 'data/gazetteer.json',
      id: 'zhanaozen',
      field: 'coordinates.1',
      actual: '143.3',
    });
    expect(errors[0]!.expected).toContain('latitude');
  });

  it('rejects a Russian or Kazakh name that is not among the aliases', () => {
    const [e, ...rest] = errorsOf(
      (raw) => (raw['data/gazetteer.json'].places[0].nameKk = 'Жаңа Өзен'),
    );
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      file: 'data/gazetteer.json',
      id: 'zhanaozen',
      field: 'nameKk',
      actual: '"Жаңа Өзен"',
    });
  });

  it('rejects duplicate ids, in one file or across files', () => {
    const errors = errorsOf((raw) =>
      raw['data/figures.json'].figures.push(structuredClone(raw['data/figures.json'].figures[2])),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'data/figures.json',
        id: 'injured-all-003',
        expected: 'an id used by one record in all the data files',
      }),
    ]);
    const across = errorsOf((raw) => (raw['data/figures.json'].figures[0].id = 'cabinet-resigns'));
    expect(across[0]).toMatchObject({
      file: 'data/figures.json',
      id: 'cabinet-resigns',
      actual: 'a second "cabinet-resigns" (also in data/events.json)',
    });
  });

  it('requires an event without places to say why', () => {
    const errors = errorsOf((raw) => delete raw['data/events.json'].events[3].noPlace);
    expect(errors).toEqual([
      expect.objectContaining({ id: 'cabinet-resigns', field: 'noPlace', actual: 'nothing' }),
    ]);
  });

  it('never lets a plan be reported', () => {
    const errors = errorsOf((raw) => {
      const e = raw['data/events.json'].events.find((x: Loose) => x.id === 'csto-planes-scheduled');
      e.dateCertainty = 'reported';
    });
    expect(errors).toEqual([
      expect.objectContaining({ id: 'csto-planes-scheduled', field: 'dateCertainty' }),
    ]);
  });

  it('rejects contradictory intervals', () => {
    const errors = errorsOf((raw) => {
      raw['data/statuses.json'].units.push({
        ...structuredClone(raw['data/statuses.json'].units[3]),
        id: 'red-lifted-early',
        from: '2022-01-10',
        to: '2022-01-13',
      });
    });
    expect(
      errors.some(
        (e) => e.id === 'red-lifted-early' && e.actual.includes('overlap with "red-lifted-14"'),
      ),
    ).toBe(true);
  });

  it('rejects two CSTO phases on one day', () => {
    const errors = errorsOf((raw) => (raw['data/statuses.json'].csto[1].to = '2022-01-06'));
    expect(errors[0]).toMatchObject({
      id: 'csto-deploying',
      actual: 'an overlap with "csto-requested" (2022-01-05 to 2022-01-06)',
    });
  });

  it('rejects an inferred record without its reasoning', () => {
    const errors = errorsOf((raw) => delete raw['data/statuses.json'].units[2].reasoning);
    expect(errors).toEqual([
      expect.objectContaining({ id: 'red-before-lifting', field: 'reasoning' }),
    ]);
  });

  it('rejects a value of the wrong kind for its status', () => {
    const errors = errorsOf((raw) => (raw['data/statuses.json'].units[0].value = 'red'));
    expect(errors[0]).toMatchObject({
      id: 'emergency-protest-hit-areas',
      field: 'value',
      expected: 'true or false',
    });
  });

  it('lists every problem, not only the first', () => {
    const errors = errorsOf((raw) => {
      raw['data/events.json'].events[0].places[0] = 'nowhere';
      raw['data/events.json'].events[2].places[0] = 'elsewhere';
    });
    expect(errors.map((e) => e.id)).toEqual([
      'protests-begin-mangystau',
      'thousands-almaty-mangystau',
    ]);
  });
});
