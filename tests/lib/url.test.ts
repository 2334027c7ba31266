import { describe, expect, it } from 'vitest';
import { formatHash, hashContext, parseHash } from '../../src/lib/url.ts';
import { UNIT_IDS } from '../../src/lib/units.ts';
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
      'date "2022-01-32" in the link is not a calendar day (YYYY-MM-DD)',
      '"event:nope" in the link is not a known unit, place or event; nothing selected',
    ]);
  });

  it('rejects a day outside the period and a view out of range', () => {
    const { state, problems } = parseHash('#date=2022-03-01&map=5/95/70', ctx);
    expect(state).toEqual({});
    expect(problems[0]).toBe(
      'date 2022-03-01 in the link is outside the period covered, 2022-01-02 to 2022-01-23',
    );
    expect(problems[1]).toContain('map view "5/95/70"');
  });

  it('treats an empty hash as no state', () => {
    expect(parseHash('', ctx)).toEqual({ state: {}, problems: [] });
    expect(parseHash('#', ctx)).toEqual({ state: {}, problems: [] });
  });
});
