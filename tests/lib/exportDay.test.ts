import { describe, expect, it } from 'vitest';
import { changesOn } from '../../src/model/changes.ts';
import { headline } from '../../src/words/changes.ts';
import { dayState } from '../../src/model/dayState.ts';
import { exportDay } from '../../src/outputs/exportDay.ts';
import { dataset, units } from '../helpers.ts';

describe('the day export', () => {
  it("carries the day's headline and what is new, as ids", () => {
    const state = dayState(dataset, '2022-01-13');
    const changes = changesOn(dataset, state);
    const fc = exportDay(state, units, changes);
    expect(fc.changes.headline).toBe(headline(changes));
    expect(fc.changes.headline).toMatch(/^"Red" level lifted in 14 regions · /);
    expect(fc.changes.newEvents).toHaveLength(12);
    expect(fc.changes.newEvents.every((id) => state.events.some((e) => e.id === id))).toBe(true);
    expect(fc.changes.statuses.map((s) => [s.status, s.kind, s.units.length])).toEqual([
      ['terrorThreatLevel', 'changed', 14],
    ]);
    expect(fc.changes.csto).toEqual({ from: 'deployed', to: 'withdrawing', certainty: 'reported' });
    // It survives JSON, as the file is written.
    expect(JSON.parse(JSON.stringify(fc)).changes).toEqual(fc.changes);
  });
});
