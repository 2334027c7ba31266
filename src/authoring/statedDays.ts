/**
 * The calendar days a sentence states, read with chrono-node against its article's date.
 *
 * Stated: an absolute date ("January 13", "Jan. 19", "on the 4th" of the article's month,
 * "from 5 to 6 January"), or a weekday ("Thursday") when the article's own date is stated, so
 * the weekday resolves against a known day. Not stated: arithmetic from another date ("two
 * days later", "last week", "overnight", "yesterday", "today"), and a weekday in an article whose date is itself
 * inferred: those are inferences, with their reasoning.
 */
import * as chrono from 'chrono-node';
import { dayRange, type Day } from '../model/days.ts';

export interface ArticleDate {
  date: Day;
  /** Whether the article states its date (a weekday then resolves to a known day). */
  stated: boolean;
}

const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)`;
/** "the 4th", "from the 4th to the 7th": a day of the article's month. */
const ordinalDays: chrono.Parser = {
  pattern: () =>
    new RegExp(String.raw`\bthe\s+${ORDINAL}(?:\s+(?:to|until|-|–)\s+the\s+${ORDINAL})?\b`, 'i'),
  extract: (context, match) => {
    const ref = context.reference.instant;
    const at = (d: string) => ({
      day: Number(d),
      month: ref.getUTCMonth() + 1,
      year: ref.getUTCFullYear(),
    });
    const result = context.createParsingResult(match.index ?? 0, match[0], at(match[1]!));
    if (match[2]) result.end = context.createParsingComponents(at(match[2]));
    return result;
  },
};

const parser = chrono.en.casual.clone();
parser.parsers.push(ordinalDays);

function toDay(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

/** Every day a text states, in order; a range ("from the 4th to the 7th") gives each day. */
export function statedDays(text: string, article: ArticleDate): Day[] {
  const [y, m, d] = article.date.split('-').map(Number) as [number, number, number];
  const reference = new Date(Date.UTC(y, m - 1, d, 12));
  const out: Day[] = [];
  for (const r of parser.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })) {
    // "two days later", and "yesterday", "today", "last night": counted from another day.
    const tags = [...r.tags()];
    if (tags.some((t) => t === 'result/relativeDate' || t.startsWith('parser/ENCasualDate')))
      continue;
    const absolute = r.start.isCertain('day') && r.start.isCertain('month');
    const weekday = !absolute && r.start.isCertain('weekday');
    if (!absolute && !(weekday && article.stated)) continue;
    // A count right after a date ("January 13, 1925 rioters") reads as a year: keep the
    // article's year unless the text gives a year near it.
    const year = (c: chrono.ParsedComponents) =>
      c.isCertain('year') && Math.abs((c.get('year') ?? y) - y) <= 1 ? c.get('year')! : y;
    const dayOf = (c: chrono.ParsedComponents) =>
      weekday
        ? toDay(c.date())
        : `${year(c)}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
    const start = dayOf(r.start);
    const end = r.end && r.end.isCertain('day') ? dayOf(r.end) : start;
    out.push(...(end >= start ? dayRange(start, end) : [start]));
  }
  return out;
}
