import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHash, hashContext, langFromQuery, parseHash } from '../../src/page/url.ts';
import { UNIT_IDS } from '../../src/model/units.ts';
import { dataset } from '../helpers.ts';

const ctx = hashContext({ ...dataset, unitIds: UNIT_IDS });

describe('URL hash', () => {
  it('round-trips day, view and selection', () => {
    const state = {
      date: '2022-01-06',
      view: { zoom: 6.5, lat: 43.25, lon: 76.9 },
      select: { kind: 'unit' as const, id: 'almaty-city' },
    };
    const hash = formatHash(state);
    expect(hash).toBe('#date=2022-01-06&map=6.50/43.2500/76.9000&select=unit:almaty-city');
    expect(parseHash(hash, ctx)).toEqual({ state, problems: [] });
  });

  it('reports each unusable part and keeps the rest', () => {
    const { state, problems } = parseHash(
      '#date=2022-01-32&map=5/45/70&select=event:nope&zoom=3',
      ctx,
    );
    expect(state).toEqual({ view: { zoom: 5, lat: 45, lon: 70 } });
    expect(problems).toEqual([
      '"zoom" in the link is not understood; ignored',
      'the date in the link: "2022-01-32" is not a calendar day written YYYY-MM-DD; valid days run from 2022-01-02 to 2022-01-23',
      '"event:nope" in the link is not a known unit, place or event; nothing selected',
    ]);
  });

  it('rejects a day outside the period and a view out of range', () => {
    const { state, problems } = parseHash('#date=2022-03-01&map=5/95/70', ctx);
    expect(state).toEqual({});
    expect(problems[0]).toBe(
      'the date in the link: 2022-03-01 is outside the period the articles cover, 2022-01-02 to 2022-01-23',
    );
    expect(problems[1]).toContain('map view "5/95/70"');
  });

  it('treats an empty hash as no state', () => {
    expect(parseHash('', ctx)).toEqual({ state: {}, problems: [] });
    expect(parseHash('#', ctx)).toEqual({ state: {}, problems: [] });
  });

  it('reports a repeated key once, and uses the first of a repeated known key', () => {
    expect(parseHash('#x=1&x=1&a&a', ctx).problems).toEqual([
      '"x" in the link is not understood; ignored',
      '"a" in the link is not understood; ignored',
    ]);
    const { state, problems } = parseHash('#date=2022-01-05&date=2022-01-06', ctx);
    expect(state).toEqual({ date: '2022-01-05' });
    expect(problems).toEqual(['"date" stands more than once in the link; the first is used']);
  });

  it('never throws, and never reports the same problem twice, whatever the link', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (hash) => {
        const { problems } = parseHash(hash, ctx);
        expect(new Set(problems).size).toBe(problems.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips any valid state', () => {
    const days = dataset.events.map((e) => e.date.start);
    const state = fc.record(
      {
        date: fc.constantFrom(...days),
        view: fc.record({
          zoom: fc.integer({ min: 200, max: 1200 }).map((z) => z / 100),
          lat: fc.integer({ min: -850000, max: 850000 }).map((x) => x / 10000),
          lon: fc.integer({ min: -1800000, max: 1800000 }).map((x) => x / 10000),
        }),
        select: fc.constantFrom(
          ...dataset.events.map((e) => ({ kind: 'event' as const, id: e.id })),
          { kind: 'unit' as const, id: 'mangystau' },
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(state, (s) => {
        expect(parseHash(formatHash(s), ctx)).toEqual({ state: s, problems: [] });
      }),
    );
  });
});

describe('notices about a link', () => {
  const stops = hashContext({ ...dataset, unitIds: UNIT_IDS, stops: 6 });

  it("shows a view beyond the map's zoom at its edge, and says so", () => {
    const { state, problems } = parseHash('#map=22/43.2/76.9', ctx);
    expect(state.view).toEqual({ zoom: 12, lat: 43.2, lon: 76.9 });
    expect(problems).toEqual([
      "map zoom 22 in the link is outside the map's range, 2 to 12; shown at 12",
    ]);
  });

  it('says which wins when a tour stop and a day are both in the link', () => {
    const { state, problems } = parseHash('#story=3&date=2022-01-10&map=6/43/76', stops);
    expect(state.story).toBe(3);
    expect(problems).toEqual([
      'tour stop 3 sets its own day and view; date, map in the link are not used',
    ]);
  });

  it('quotes at most 40 characters of what it did not understand, and at most three notices', () => {
    const long = 'x'.repeat(10_000);
    const one = parseHash(`#${long}=1`, ctx).problems;
    expect(one).toHaveLength(1);
    expect(one[0]!.length).toBeLessThan(100);
    const many = parseHash(
      '#' + Array.from({ length: 400 }, (_, i) => `k${i}=1`).join('&'),
      ctx,
    ).problems;
    expect(many).toHaveLength(4);
    expect(many[3]).toBe('and 397 more problems with the link');
  });
});

describe('a language in the query', () => {
  it('moves into the hash, where the page reads it, keeping the rest of the link', () => {
    expect(langFromQuery('?lang=ru', '#date=2022-01-06')).toEqual({
      search: '',
      hash: '#date=2022-01-06&lang=ru',
    });
    expect(langFromQuery('?embed&lang=kk&autoplay', '')).toEqual({
      search: '?embed&autoplay',
      hash: '#lang=kk',
    });
    // The hash's own language wins; an unknown one is left for the hash's notice.
    expect(langFromQuery('?lang=ru', '#lang=kk')?.hash).toBe('#lang=kk');
    expect(langFromQuery('?lang=xx', '')?.hash).toBe('#lang=xx');
    expect(langFromQuery('?embed', '#date=2022-01-06')).toBeNull();
  });
});
