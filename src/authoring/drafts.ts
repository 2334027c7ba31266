/**
 * Drafts of new records from a new article: one candidate per sentence that names a place in
 * Kazakhstan and an activity, and one figure per count with a measure, in the data's own schema. Each quote is
 * the sentence itself, so the support checker can hold a draft to what its sentence states.
 *
 * The day: a day the sentence states is reported; a relative day ("yesterday", "on Monday" in
 * an article whose date is not stated) is worked out from the publication date and is an
 * inference with its reasoning; a sentence with no day happened by the publication date.
 */
import * as chrono from 'chrono-node';
import type { Day } from '../model/days.ts';
import type { Geoparser } from './geoparser.ts';
import { indexById } from '../model/indexById.ts';
import { quantitiesIn } from './quantity.ts';
import type { DraftsFile } from '../model/drafts.ts';
import {
  type Activity,
  type Article,
  type AtlasEvent,
  type Figure,
  type Measure,
  type Place,
} from '../model/schema.ts';
import { sentences } from './statements.ts';
import { statedDays } from './statedDays.ts';
import { ACTIVITY_WORDS, MEASURE_WORDS } from './support.ts';

export interface DraftInput {
  id: string;
  file: string;
  published: Day;
  text: string;
}

export interface Drafts {
  article: Article;
  events: AtlasEvent[];
  figures: Figure[];
  /** Sentences that name a place but gave no draft, and why. */
  skipped: { sentence: string; why: string }[];
}

/** The most specific activity first: a sentence about CSTO troops is "csto", not "security". */
const ACTIVITY_ORDER: Activity[] = [
  'csto',
  'clashes',
  'protest',
  'political',
  'security',
  'recovery',
];
const MEASURE_ORDER = Object.keys(MEASURE_WORDS) as Measure[];
const OFFICIAL =
  /\b(?:said|says|according to|ministry|police|officials?|government|prosecutor|president|spokes(?:man|woman|person))\b/i;
const MAX_QUOTE = 400;
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M}\s.'-]*,[^-–—\n]{0,60}?\d[^-–—\n]{0,40}[-–—]\s+/u;

/** The opening words of a quote, at most about 60 characters, cut at a word's end. */
function opening(quote: string): string {
  if (quote.length <= 60) return quote;
  const cut = quote.lastIndexOf(' ', 60);
  return quote.slice(0, cut > 20 ? cut : 60);
}

/** The article's record: its date stated where a sentence near the top states it. */
function articleRecord(input: DraftInput): Article {
  const lines = input.text.split('\n').map((l) => l.trim());
  const title = lines.find((l) => l.length >= 8) ?? input.id;
  const head = sentences(input.text.slice(0, 1500));
  const dateline = head.find(
    (s) =>
      s.text.length <= MAX_QUOTE &&
      statedDays(s.text, { date: input.published, stated: true }).includes(input.published),
  );
  const published: Article['published'] = dateline
    ? { date: input.published, certainty: 'stated', quote: dateline.text }
    : {
        date: input.published,
        certainty: 'inferred',
        quote: title.slice(0, MAX_QUOTE),
        reasoning: `The text states no date of its own; ${input.published} was given when the article was added (--published). Its first line: "${opening(title)}".`,
      };
  return {
    id: input.id,
    file: input.file,
    outlet: null,
    title: title.slice(0, 300),
    author: null,
    published,
    note: 'Added from drafts: check the title, outlet and author.',
  };
}

const casual = chrono.en.casual;

/** The day of one sentence, with its precision, certainty and, when worked out, why. */
function dayOf(
  text: string,
  article: Article,
  quote = text,
): Pick<AtlasEvent, 'date' | 'dateCertainty' | 'reasoning'> {
  const published = article.published.date;
  const stated = [
    ...new Set(
      statedDays(text, { date: published, stated: article.published.certainty === 'stated' }),
    ),
  ].sort();
  if (stated.length === 1)
    return {
      date: { start: stated[0]!, end: stated[0]!, precision: 'day' },
      dateCertainty: 'reported',
    };
  if (stated.length > 1)
    return {
      date: { start: stated[0]!, end: stated.at(-1)!, precision: 'range' },
      dateCertainty: 'reported',
    };
  const [y, m, d] = published.split('-').map(Number) as [number, number, number];
  const reference = new Date(Date.UTC(y, m - 1, d, 12));
  const relative = casual
    .parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })
    .find((r) => r.start.isCertain('day') || r.start.isCertain('weekday'));
  if (relative) {
    const day = relative.start.date().toISOString().slice(0, 10);
    return {
      date: { start: day, end: day, precision: 'day' },
      dateCertainty: 'inferred',
      reasoning: `"${relative.text}" read against the article's date, ${published}: the sentence names no calendar day.`,
    };
  }
  return {
    date: { start: published, end: published, precision: 'by' },
    dateCertainty: 'inferred',
    reasoning: `The sentence gives no day; it happened by the article's date, ${published}: "${opening(quote)}".`,
  };
}

/** The measure a count is of: the measure word nearest after it in the sentence. */
function measureAfter(quote: string, at: number): Measure | undefined {
  const rest = quote.slice(at, at + 60);
  let best: { measure: Measure; index: number } | undefined;
  for (const measure of MEASURE_ORDER) {
    const m = MEASURE_WORDS[measure].exec(rest);
    if (m && (!best || m.index < best.index)) best = { measure, index: m.index };
  }
  return best?.measure;
}

export function draftArticle(input: DraftInput, geoparser: Geoparser, places: Place[]): Drafts {
  const article = articleRecord(input);
  const byId = indexById(places);
  const events: AtlasEvent[] = [];
  const figures: Figure[] = [];
  const skipped: Drafts['skipped'] = [];
  const prefix = `draft-${input.id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  for (const s of sentences(input.text)) {
    const quote = s.text;
    if (s.text === article.title) continue;
    // The atlas maps what happened in Kazakhstan's towns and regions: a sentence that names
    // only the country, or places abroad, gives no event.
    // A dateline ("ALMATY, Jan 10 (Reuters) -") names where the story was filed, not where
    // anything happened.
    const dateline = DATELINE.exec(quote)?.[0].length ?? 0;
    const found = geoparser.parse(quote).filter((m) => m.start >= dateline);
    const named = [...new Set(found.map((m) => m.placeId))].filter((id) => {
      const p = byId.get(id);
      return p?.country === 'KZ' && p.kind !== 'country';
    });
    const counts = quantitiesIn(quote);
    if (!named.length && !counts.length) continue;
    if (quote.length > MAX_QUOTE || quote.length < 8) {
      if (named.length)
        skipped.push({
          sentence: quote,
          why: `longer than ${MAX_QUOTE} characters: quote a part of it by hand`,
        });
      continue;
    }
    const citations = [{ article: input.id, quote }];
    // The dateline's day is the day the story was filed; the rest says when things happened.
    const when = dayOf(quote.slice(dateline), article, quote);
    const activity = ACTIVITY_ORDER.find((a) => ACTIVITY_WORDS[a].test(quote));
    if (named.length && activity)
      events.push({
        id: `${prefix}-${events.length + 1}`,
        ...when,
        places: named,
        activity,
        summary: quote.length > 200 ? opening(quote) + '…' : quote,
        citations,
      });
    else if (named.length) skipped.push({ sentence: quote, why: 'names a place but no activity' });

    // Counts: one figure each, with the measure word that follows the count.
    const units = named.map((id) => byId.get(id)?.unit).filter((u): u is string => !!u);
    for (const q of counts) {
      const at = quote.indexOf(q.text);
      const measure = at >= 0 ? measureAfter(quote, at + q.text.length) : undefined;
      if (!measure) continue;
      const group = /^\s+([a-z]+)/.exec(quote.slice(at + q.text.length))?.[1] ?? 'people';
      figures.push({
        id: `${prefix}-f${figures.length + 1}`,
        measure,
        group,
        area: units.length === 1 || new Set(units).size === 1 ? units[0]! : 'kazakhstan',
        value: q.value,
        text: q.text,
        asOf: article.published.date,
        asOfCertainty: article.published.certainty === 'stated' ? 'reported' : 'inferred',
        ...(article.published.certainty === 'stated'
          ? {}
          : {
              reasoning: `Known from the article's date, ${article.published.date}, given when it was added: "${opening(quote)}".`,
            }),
        sourceType: OFFICIAL.test(quote) ? 'official' : 'press',
        citations,
      });
    }
  }
  return { article, events, figures, skipped };
}

/** The drafts file with one article's drafts put in, replacing any earlier drafts of it. */
export function withDrafts(file: DraftsFile, drafts: Drafts): DraftsFile {
  const id = drafts.article.id;
  const ofOther = (r: { citations: { article: string }[] }) => r.citations[0]!.article !== id;
  return {
    articles: [...file.articles.filter((a) => a.id !== id), drafts.article],
    events: [...file.events.filter(ofOther), ...drafts.events],
    figures: [...file.figures.filter(ofOther), ...drafts.figures],
  };
}
