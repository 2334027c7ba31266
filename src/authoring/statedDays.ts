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
import { addDays, dayRange, isDay, KAZAKH_MONTHS, type Day } from '../model/days.ts';

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

const RU_MONTHS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
const NOT_IN_WORD = String.raw`(?<![\p{L}\p{N}])`;

/**
 * Calendar days in Russian ("5 января", "5–6 января 2022 года") and Kazakh ("5 қаңтарда",
 * "2022 жылғы 6 қаңтар"), and "the second day of the year" or "of January": the days and
 * the year when given.
 */
function calendarPhrases(text: string): { from: [number, number, number?]; to?: number }[] {
  const out: { from: [number, number, number?]; to?: number }[] = [];
  const ru = new RegExp(
    String.raw`${NOT_IN_WORD}(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?\s+(${RU_MONTHS.map((m) => (m === 'ма' ? 'мая' : m + '[яеьа]')).join('|')})(?:\s+(\d{4}))?`,
    'giu',
  );
  for (const m of text.matchAll(ru)) {
    const month = RU_MONTHS.findIndex((p) => m[3]!.toLowerCase().startsWith(p)) + 1;
    out.push({
      from: [Number(m[1]), month, m[4] ? Number(m[4]) : undefined],
      to: m[2] ? Number(m[2]) : undefined,
    });
  }
  const kk = new RegExp(
    String.raw`${NOT_IN_WORD}(?:(\d{4})\s+жыл\p{L}*\s+)?(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?(?:-|\s+)?(${KAZAKH_MONTHS.join('|')})`,
    'giu',
  );
  for (const m of text.matchAll(kk)) {
    const month = KAZAKH_MONTHS.indexOf(m[4]!.toLowerCase()) + 1;
    out.push({
      from: [Number(m[2]), month, m[1] ? Number(m[1]) : undefined],
      to: m[3] ? Number(m[3]) : undefined,
    });
  }
  const ofYear = new RegExp(
    String.raw`\bthe\s+(${ORDINAL_WORDS.join('|')}|\d{1,2}(?:st|nd|rd|th))\s+day\s+of\s+(?:the\s+(?:new\s+)?year|January)\b`,
    'gi',
  );
  for (const m of text.matchAll(ofYear)) {
    const n = ORDINAL_WORDS.indexOf(m[1]!.toLowerCase()) + 1 || parseInt(m[1]!, 10);
    out.push({ from: [n, 1] });
  }
  return out;
}

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
  // "the evening of Jan. 4" is Jan. 4 (chrono would take the evening for a time of today).
  const plain = text.replace(/\b(?:morning|afternoon|evening|night)\s+of\s+(?=\p{L})/giu, '');
  for (const r of parser.parse(
    plain,
    { instant: reference, timezone: 0 },
    { forwardDate: false },
  )) {
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
        ? // A weekday in a report is the last such day on or before the article's date.
          addDays(toDay(c.date()), toDay(c.date()) > article.date ? -7 : 0)
        : `${year(c)}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
    const start = dayOf(r.start);
    const end = r.end && r.end.isCertain('day') ? dayOf(r.end) : start;
    out.push(...(end >= start ? dayRange(start, end) : [start]));
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const { from, to } of calendarPhrases(text)) {
    const [day, month, year = y] = from;
    if (!month || day < 1 || day > 31 || Math.abs(year - y) > 1) continue;
    const start = `${year}-${pad(month)}-${pad(day)}`;
    const end = to && to > day && to <= 31 ? `${year}-${pad(month)}-${pad(to)}` : start;
    if (!isDay(start) || !isDay(end)) continue;
    out.push(...dayRange(start, end));
  }
  return out;
}
