/**
 * The guided tour: a handful of stops over the period, each a day, a view and a short caption in
 * our own words. A caption makes no claim of its own: it names the records it rests on, and
 * checkTour makes sure each of them is shown on the stop's day and that every passage the
 * caption quotes stands in one of their citations.
 */
import * as v from 'valibot';
import { dayProblem } from './days.ts';
import { eventCovers } from './dayState.ts';
import type { Citation, Dataset } from './schema.ts';
import type { DataError } from './validate.ts';
import { normaliseSpace } from './text.ts';

const Bounds = v.tuple([v.number(), v.number(), v.number(), v.number()]);

export const TourStopSchema = v.strictObject({
  day: v.string(),
  /** West, south, east, north. */
  bounds: Bounds,
  title: v.pipe(v.string(), v.minLength(3), v.maxLength(60, 'a title of at most 60 characters')),
  caption: v.pipe(
    v.string(),
    v.minLength(20),
    v.maxLength(360, 'a caption of at most 360 characters'),
  ),
  /** Ids of the events, statuses and CSTO records the caption is built from. */
  records: v.pipe(v.array(v.string()), v.minLength(1, 'at least one record')),
});
export const TourFileSchema = v.strictObject({
  stops: v.pipe(v.array(TourStopSchema), v.minLength(1)),
});

export type TourStop = v.InferOutput<typeof TourStopSchema>;
export const TOUR_FILE = 'data/tour.json';

export type TourResult = { ok: true; stops: TourStop[] } | { ok: false; errors: DataError[] };

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/**
 * The numbers a caption states in its own words (quoted passages aside), as digits: not the
 * days of dates ("4 January"), years, article numbers ("Article 004") or the 17 regions of the
 * map itself.
 */
export function captionNumbers(caption: string): string[] {
  const own = caption.replace(/"[^"]*"|“[^”]*”/g, ' ');
  const out: string[] = [];
  const re = new RegExp(
    String.raw`(?<!\b(?:[Aa]rticle|${MONTHS})\s)\b(\d[\d,]*|${NUMBER_WORDS.slice(1).join('|')})\b(?!\s+(?:${MONTHS})\b)(?!\s+(?:regions|units)\b(?<=17\s+\w+))`,
    'gi',
  );
  for (const m of own.matchAll(re)) {
    const word = m[1]!.toLowerCase();
    const n = /\d/.test(word) ? word.replace(/,/g, '') : String(NUMBER_WORDS.indexOf(word));
    if (/^(?:19|20)\d\d$/.test(n)) continue;
    out.push(n);
  }
  return out;
}

/** The days a caption names in its own words ("4 January", "January 13"), in the data's year. */
export function captionDays(caption: string, year: string): string[] {
  const own = caption.replace(/"[^"]*"|“[^”]*”/g, ' ');
  const months = MONTHS.split('|');
  const day = (d: string, month: string) =>
    `${year}-${String(months.indexOf(month) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;
  const out: string[] = [];
  for (const m of own.matchAll(
    new RegExp(String.raw`\b(\d{1,2})\s+(${MONTHS})\b|\b(${MONTHS})\s+(\d{1,2})\b`, 'g'),
  ))
    out.push(m[1] ? day(m[1], m[2]!) : day(m[4]!, m[3]!));
  return out;
}

/** Passages a caption puts in double quotes (straight or curly). */
function quoted(text: string): string[] {
  return [...text.matchAll(/["“]([^"”]+)["”]/g)].map((m) => m[1]!);
}

export function checkTour(raw: unknown, data: Dataset): TourResult {
  const parsed = v.safeParse(TourFileSchema, raw);
  const err = (id: string, field: string, expected: string, actual: string): DataError => ({
    file: TOUR_FILE,
    id,
    field,
    expected,
    actual,
  });
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.issues.map((i) =>
        err(v.getDotPath(i) ?? '(file)', 'shape', i.expected ?? 'a valid value', i.received),
      ),
    };
  const errors: DataError[] = [];
  const records = new Map<string, { covers: (day: string) => boolean; citations: Citation[] }>();
  for (const e of data.events)
    records.set(e.id, { covers: (d) => eventCovers(e, d), citations: e.citations });
  for (const r of [...data.statuses, ...data.csto])
    records.set(r.id, { covers: (d) => d >= r.from && d <= r.to, citations: r.citations });

  parsed.output.stops.forEach((stop, i) => {
    const id = `stop ${i + 1}`;
    const problem = dayProblem(stop.day, data.period);
    if (problem) errors.push(err(id, 'day', 'a day of the period', `${stop.day}: ${problem}`));
    const [w, s, e, n] = stop.bounds;
    if (!(w < e && s < n && w >= -180 && e <= 180 && s >= -85 && n <= 85))
      errors.push(
        err(id, 'bounds', 'west < east and south < north, in degrees', stop.bounds.join(', ')),
      );
    const quotes: string[] = [];
    for (const rid of stop.records) {
      const r = records.get(rid);
      if (!r) {
        errors.push(err(id, 'records', 'the id of an event, status or CSTO record', rid));
        continue;
      }
      if (!problem && !r.covers(stop.day))
        errors.push(err(id, 'records', `a record shown on ${stop.day}`, `${rid}, which is not`));
      quotes.push(...r.citations.map((c) => normaliseSpace(c.quote).toLowerCase()));
    }
    for (const q of quoted(stop.caption)) {
      const needle = normaliseSpace(q).toLowerCase();
      if (!quotes.some((text) => text.includes(needle)))
        errors.push(err(id, 'caption', "a quote from one of the stop's records", `"${q}"`));
    }
    // A day in the caption's own words is the stop's, or one its records are shown on.
    for (const day of captionDays(stop.caption, data.period.start.slice(0, 4)))
      if (day !== stop.day && !stop.records.some((rid) => records.get(rid)?.covers(day)))
        errors.push(
          err(
            id,
            'caption',
            `days that are the stop's or its records'`,
            `${day}, which is neither`,
          ),
        );
    // A number in the caption's own words is a claim too: one of its records' quotes states it.
    for (const n of captionNumbers(stop.caption))
      if (
        !quotes.some((text) =>
          new RegExp(`(?<![\\d.,])${n}(?![\\d])|\\b${NUMBER_WORDS[Number(n)] ?? '\\0'}\\b`).test(
            text,
          ),
        )
      )
        errors.push(
          err(
            id,
            'caption',
            `numbers that the stop's records state`,
            `${n}, which none of their quotes states`,
          ),
        );
  });
  return errors.length ? { ok: false, errors } : { ok: true, stops: parsed.output.stops };
}
