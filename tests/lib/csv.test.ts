import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { allDaysGeoJson } from '../../src/outputs/allDays.ts';
import {
  EVENT_COLUMNS,
  QUOTE_SEPARATOR,
  STATUS_COLUMNS,
  eventsCsv,
  statusesCsv,
} from '../../src/outputs/csv.ts';
import { dayState } from '../../src/model/dayState.ts';
import { dayRange } from '../../src/model/days.ts';
import { normaliseSpace } from '../../src/model/text.ts';
import { articleTexts, dataset } from '../helpers.ts';

const rowsOf = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, newline: '\n' });
const stateOf = (day: string) => dayState(dataset, day);
const days = dayRange(dataset.period.start, dataset.period.end);

describe('events CSV', () => {
  const parsed = rowsOf(eventsCsv(dataset));

  it('has one row per event and place, or one saying why there is none', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...EVENT_COLUMNS]);
    const expected = dataset.events.reduce((n, e) => n + Math.max(1, e.places.length), 0);
    expect(parsed.data).toHaveLength(expected);
    expect(parsed.data.find((r) => r.event_id === 'cabinet-resigns')).toMatchObject({
      place: '(nationwide)',
      longitude: '',
      location_precision: 'none',
    });
  });

  it('gives each place its coordinates and how precise they are, as the gazetteer has them', () => {
    for (const r of parsed.data.filter((r) => r.place_id)) {
      const p = dataset.places.find((x) => x.id === r.place_id)!;
      expect([Number(r.longitude), Number(r.latitude)]).toEqual(p.coordinates);
      expect(r.location_precision).toBe(p.precision);
    }
    expect(parsed.data.find((r) => r.place_id === 'almaty-akimat')!.location_precision).toBe(
      'city',
    );
  });

  it('carries every quote of the event, each found in its article', () => {
    for (const e of dataset.events) {
      const row = parsed.data.find((r) => r.event_id === e.id)!;
      const quotes = row.quotes!.split(QUOTE_SEPARATOR);
      expect(quotes).toHaveLength(e.citations.length);
      e.citations.forEach((c, i) => {
        expect(quotes[i]!.startsWith(`“${c.quote}”`)).toBe(true);
        if (articleTexts)
          expect(normaliseSpace(articleTexts[c.article]!)).toContain(normaliseSpace(c.quote));
      });
    }
  });

  it('writes text that a spreadsheet would run as a formula as plain text', () => {
    const data = structuredClone(dataset);
    data.events[0]!.summary = '=HYPERLINK("http://example.com","x")';
    data.events[1]!.summary = '+1+1';
    data.events[2]!.summary = '@SUM(A1)';
    const cells = rowsOf(eventsCsv(data)).data.map((r) => r.summary!);
    expect(cells).toContain(`'=HYPERLINK("http://example.com","x")`);
    expect(cells).toContain("'+1+1");
    expect(cells).toContain("'@SUM(A1)");
    expect(cells.some((c) => /^[=+@-]/.test(c))).toBe(false);
  });
});

describe('regions by day CSV', () => {
  const parsed = rowsOf(statusesCsv(dataset, stateOf));

  it('has a row for each of the 17 regions on each of the 22 days', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...STATUS_COLUMNS]);
    expect(parsed.data).toHaveLength(17 * days.length);
    expect(new Set(parsed.data.map((r) => `${r.date}|${r.region_id}`)).size).toBe(17 * 22);
  });

  it('says what the day state says, with unrecorded left blank rather than "no"', () => {
    for (const r of parsed.data) {
      const u = stateOf(r.date!).units.find((x) => x.id === r.region_id)!;
      expect(r.threat_level_certainty).toBe(u.terrorThreatLevel.certainty);
      expect(r.threat_level).toBe(
        u.terrorThreatLevel.certainty === 'unrecorded' ? '' : u.terrorThreatLevel.value,
      );
      expect(r.state_of_emergency).toBe(
        u.stateOfEmergency.certainty === 'unrecorded' ? '' : String(u.stateOfEmergency.value),
      );
    }
    const almaty13 = parsed.data.find(
      (r) => r.date === '2022-01-13' && r.region_id === 'almaty-city',
    )!;
    expect(almaty13).toMatchObject({ threat_level: 'red', csto_phase: 'withdrawing' });
    expect(almaty13.records).toContain('red-remains-3');
  });
});

describe('all days as GeoJSON', () => {
  const fc = allDaysGeoJson(dataset, stateOf);

  it('has a point per place and day, and per region and day, each with its day as a time', () => {
    const placeDays = days.reduce((n, d) => n + stateOf(d).places.length, 0);
    const places = fc.features.filter((f) => f.properties.kind === 'place');
    expect(places).toHaveLength(placeDays);
    expect(fc.features.filter((f) => f.properties.kind === 'region')).toHaveLength(17 * 22);
    for (const f of fc.features) {
      expect(f.properties.time).toBe(`${f.properties.date}T00:00:00`);
      expect(Object.values(f.properties).every((v) => typeof v !== 'object')).toBe(true);
    }
    const almaty5 = places.filter((f) => f.properties.date === '2022-01-05');
    expect(almaty5.map((f) => f.properties.id).sort()).toEqual(
      stateOf('2022-01-05')
        .places.map((p) => p.place.id)
        .sort(),
    );
  });
});
