/** All events with their citations as CSV: one row per citation, so every row has a source. */
import { indexById } from './indexById.ts';
import Papa from 'papaparse';
import type { Dataset } from './schema.ts';

export const CSV_COLUMNS = [
  'event_id',
  'date_start',
  'date_end',
  'date_precision',
  'date_certainty',
  'date_reasoning',
  'activity',
  'planned',
  'places',
  'summary',
  'article',
  'article_title',
  'article_date',
  'quote',
] as const;

export function eventsCsv(data: Dataset): string {
  const articles = indexById(data.articles);
  const places = new Map(data.places.map((p) => [p.id, p.name]));
  const rows = data.events.flatMap((e) =>
    e.citations.map((c) => {
      const a = articles.get(c.article);
      return [
        e.id,
        e.date.start,
        e.date.end,
        e.date.precision,
        e.dateCertainty,
        e.reasoning ?? '',
        e.activity,
        e.planned ? 'yes' : '',
        e.places.length
          ? e.places.map((id) => places.get(id) ?? id).join('; ')
          : `(${e.noPlace === 'nationwide' ? 'nationwide' : 'place not stated'})`,
        e.summary,
        c.article,
        a?.title ?? '',
        a ? `${a.published.date}${a.published.certainty === 'inferred' ? ' (inferred)' : ''}` : '',
        c.quote,
      ];
    }),
  );
  // escapeFormulae: a cell starting with = + - @ (or a tab or return) gets a leading ' so that
  // a spreadsheet shows it as text instead of running it as a formula.
  return Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { newline: '\n', escapeFormulae: true },
  );
}
