/**
 * The data as tables for other tools (Datawrapper, kepler.gl, QGIS, a spreadsheet). Every row
 * carries its sources. Columns are documented in the README.
 */
import { indexById } from '../model/indexById.ts';
import Papa from 'papaparse';
import { dayRange } from '../model/days.ts';
import type { DayState, StatusOnDay } from '../model/dayState.ts';
import type { Dataset, Place } from '../model/schema.ts';
import { articleCredit } from '../words/summary.ts';
import { unitById } from '../model/units.ts';

/** One row per event and place; an event with no place has one row saying why. */
export const EVENT_COLUMNS = [
  'event_id',
  'date_start',
  'date_end',
  'date_precision',
  'date_certainty',
  'date_reasoning',
  'activity',
  'planned',
  'place_id',
  'place',
  'region',
  'longitude',
  'latitude',
  'location_precision',
  'summary',
  'articles',
  'quotes',
] as const;

/** One row per region and day: 17 regions x 22 days. */
export const STATUS_COLUMNS = [
  'date',
  'region_id',
  'region',
  'region_kk',
  'region_ru',
  'longitude',
  'latitude',
  'state_of_emergency',
  'state_of_emergency_certainty',
  'threat_level',
  'threat_level_certainty',
  'protest',
  'protest_certainty',
  'csto_phase',
  'csto_certainty',
  'records',
  'articles',
] as const;

/** Between the quotes of one cell: " | " (no quote contains it; a test checks). */
export const QUOTE_SEPARATOR = ' | ';

function table(fields: readonly string[], rows: (string | number)[][]): string {
  // escapeFormulae: a cell starting with = + - @ (or a tab or return) gets a leading ' so that
  // a spreadsheet shows it as text instead of running it as a formula.
  return Papa.unparse({ fields: [...fields], data: rows }, { newline: '\n', escapeFormulae: true });
}

const NO_PLACE = { nationwide: '(nationwide)', unstated: '(place not stated)' } as const;

export function eventsCsv(data: Dataset): string {
  const articles = indexById(data.articles);
  const places = indexById(data.places);
  const rows = data.events.flatMap((e) => {
    const quotes = e.citations
      .map((c) => {
        const a = articles.get(c.article);
        return `“${c.quote}” (${a ? articleCredit(a) : c.article})`;
      })
      .join(QUOTE_SEPARATOR);
    const common = (place: Place | null, label: string) => [
      e.id,
      e.date.start,
      e.date.end,
      e.date.precision,
      e.dateCertainty,
      e.reasoning ?? '',
      e.activity,
      e.planned ? 'yes' : '',
      place?.id ?? '',
      label,
      place?.unit ? (unitById(place.unit)?.name ?? '') : '',
      place ? place.coordinates[0]! : '',
      place ? place.coordinates[1]! : '',
      place?.precision ?? 'none',
      e.summary,
      [...new Set(e.citations.map((c) => c.article))].join('; '),
      quotes,
    ];
    if (!e.places.length) return [common(null, NO_PLACE[e.noPlace ?? 'unstated'])];
    return e.places.map((id) => {
      const p = places.get(id) ?? null;
      return common(p, p?.name ?? id);
    });
  });
  return table(EVENT_COLUMNS, rows);
}

function statusCells<T>(s: StatusOnDay<T>): [string, string] {
  return s.certainty === 'unrecorded' ? ['', 'unrecorded'] : [String(s.value), s.certainty];
}

/** Every region on every day, tidy: `states` gives each day's state (see dayState). */
export function statusesCsv(data: Dataset, stateOf: (day: string) => DayState): string {
  const places = indexById(data.places);
  const rows: (string | number)[][] = [];
  for (const day of dayRange(data.period.start, data.period.end)) {
    const state = stateOf(day);
    for (const u of state.units) {
      const info = unitById(u.id)!;
      // An oblast at its label point; a city of republican significance at the city.
      const at = (places.get(u.id) ?? places.get(info.centre))?.coordinates ?? ['', ''];
      const statuses = [u.stateOfEmergency, u.terrorThreatLevel, u.protest];
      const records = [...statuses.map((s) => s.recordId), state.csto.recordId].filter(Boolean);
      const cited = [...statuses, state.csto].flatMap((s) => s.citations.map((c) => c.article));
      rows.push([
        day,
        u.id,
        u.name,
        info.nameKk,
        info.nameRu,
        at[0]!,
        at[1]!,
        ...statusCells(u.stateOfEmergency),
        ...statusCells(u.terrorThreatLevel),
        ...statusCells(u.protest),
        state.csto.phase,
        state.csto.certainty,
        [...new Set(records)].join('; '),
        [...new Set(cited)].sort().join('; '),
      ]);
    }
  }
  return table(STATUS_COLUMNS, rows);
}
