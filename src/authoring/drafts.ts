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
import { addDays, type Day } from '../model/days.ts';
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
import { sentences, type Sentence } from './statements.ts';
import { shiftIn } from './narrativeTime.ts';
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
  /\b(?:said|says|according to|ministry|police|officials?|government|prosecutor|president|spokes(?:man|woman|person))\b|МВД|министерств|сообщили|заявил|по данным|полици|ІІМ|министрлі|мәлімдеді|хабарлады/i;
const MAX_QUOTE = 400;
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M}\s.'-]*,[^-–—\n]{0,60}?\d[^-–—\n]{0,40}[-–—]\s+/u;

/** The opening words of a quote, at most about 60 characters, cut at a word's end. */
function opening(quote: string): string {
  if (quote.length <= 60) return quote;
  const cut = quote.lastIndexOf(' ', 60);
  return quote.slice(0, cut > 20 ? cut : 60);
}

/** A passage of a sentence fit to quote in a reasoning: its longest stretch free of quotation marks. */
function excerpt(sentence: string): string {
  const longest = sentence
    .split(/["“”]/)
    .map((p) => p.trim())
    .sort((a, b) => b.length - a.length)[0]!;
  return opening(longest);
}

/** A heading: a first sentence that ends no sentence and stands on its own line(s). */
function headingOf(text: string, all: Sentence[]): string | undefined {
  const [first, next] = all;
  if (!first || first.text.length > 200 || /[.!?…]["”»’)]*$/u.test(first.text)) return undefined;
  return !next || text.slice(first.end, next.start).includes('\n') ? first.text : undefined;
}

/** The article's record: its date stated where a sentence near the top states it. */
function articleRecord(input: DraftInput, all: Sentence[]): Article {
  const heading = headingOf(input.text, all);
  const head = all.filter((s) => s.start < 1500);
  const dateline = head.find(
    (s) =>
      s.text.length <= MAX_QUOTE &&
      statedDays(s.text, { date: input.published, stated: true }).includes(input.published),
  );
  const first = heading ?? all[0]?.text ?? input.id;
  const published: Article['published'] = dateline
    ? { date: input.published, certainty: 'stated', quote: dateline.text }
    : {
        date: input.published,
        certainty: 'inferred',
        quote: first.slice(0, MAX_QUOTE),
        reasoning: `The text states no date of its own; ${input.published} was given when the article was added (--published). It begins: "${excerpt(first)}".`,
      };
  return {
    id: input.id,
    file: input.file,
    outlet: null,
    title: (heading ?? input.id).slice(0, 300),
    author: null,
    published,
    note: heading
      ? 'Added from drafts: check the title, outlet and author.'
      : 'Added from drafts: the text has no headline; give the title, outlet and author.',
  };
}

const casual = chrono.en.casual;

/** The last day the story gave, and the sentence that gave it: what "the next day" counts from. */
interface Anchor {
  day: Day;
  quote: string;
  /** The article's own date (a dateline), a day a sentence states, or one worked out. */
  kind: 'article' | 'stated' | 'worked out';
}

type When = Pick<AtlasEvent, 'date' | 'dateCertainty' | 'reasoning'> & {
  /** The sentence a worked-out day counts from, which the record must cite too. */
  anchor?: string;
  /** A look back ("the day before", "накануне"): the story's own day stays where it was. */
  back?: boolean;
};

/** Words that may give a day: only sentences with one are read with chrono (it is slow). */
const MAY_GIVE_DAY =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|night|morning|evening|afternoon|day|week)|январ|феврал|декабр|днём|днем|день|дня|дней|накануне|наутро|назавтра|вчера|сегодня|понедельн|вторник|сред|четверг|пятниц|суббот|воскресен|қаңтар|ақпан|желтоқсан|күн|кеше|бүгін|ертес|ертең/i;

/** The day of one sentence, with its precision, certainty and, when worked out, why. */
function dayOf(text: string, article: Article, anchor: Anchor, quote = text): When {
  const published = article.published.date;
  const byPublication = (why: string): When => ({
    date: { start: published, end: published, precision: 'by' },
    dateCertainty: 'inferred',
    reasoning: `${why}; it happened by the article's date, ${published}: "${excerpt(quote)}".`,
  });
  if (!MAY_GIVE_DAY.test(text)) return byPublication('The sentence gives no day');
  const all = [
    ...new Set(
      statedDays(text, { date: published, stated: article.published.certainty === 'stated' }),
    ),
  ].sort();
  // A day after the article is a plan or a deadline, not something that happened.
  const stated = all.filter((d) => d <= published);
  if (stated.length)
    return {
      date: {
        start: stated[0]!,
        end: stated.at(-1)!,
        precision: stated.length === 1 ? 'day' : 'range',
      },
      dateCertainty: 'reported',
    };
  if (all.length)
    return byPublication(`The days it names (${all.join(', ')}) are after the article`);
  const shift = shiftIn(text);
  if (shift) {
    const from = shift.from === 'story' ? anchor : null;
    const base = from?.day ?? published;
    const day = addDays(base, shift.days);
    if (day > published)
      return byPublication(`"${shift.text}" would fall after the article, on ${day}`);
    const counted =
      !from || from.kind === 'article'
        ? `read against the article's date, ${published}`
        : `counted from ${from.day}, the day of "${excerpt(from.quote)}"` +
          (from.kind === 'worked out' ? ' (itself worked out)' : '');
    return {
      date: { start: day, end: day, precision: 'day' },
      dateCertainty: 'inferred',
      reasoning: `"${shift.text}" ${counted}: the sentence names no calendar day.`,
      ...(from && from.kind !== 'article' ? { anchor: from.quote } : {}),
      ...(shift.days < 0 ? { back: true } : {}),
    };
  }
  // A weekday in an article whose date is not stated: the nearest such day before it.
  const [y, m, d] = published.split('-').map(Number) as [number, number, number];
  const reference = new Date(Date.UTC(y, m - 1, d, 12));
  const relative = casual
    .parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })
    .find((r) => r.start.isCertain('day') || r.start.isCertain('weekday'));
  if (relative) {
    const day = relative.start.date().toISOString().slice(0, 10);
    if (day <= published)
      return {
        date: { start: day, end: day, precision: 'day' },
        dateCertainty: 'inferred',
        reasoning: `"${relative.text}" read against the article's date, ${published}: the sentence names no calendar day.`,
      };
  }
  return byPublication('The sentence gives no day');
}

/** The measure a count is of: the measure word nearest to it, after it or before it in its clause. */
function measureNear(quote: string, start: number, end: number): Measure | undefined {
  let best: { measure: Measure; distance: number } | undefined;
  const look = (window: string, distanceOf: (index: number, length: number) => number) => {
    for (const measure of MEASURE_ORDER)
      for (const m of window.matchAll(new RegExp(MEASURE_WORDS[measure].source, 'gi'))) {
        const distance = distanceOf(m.index, m[0].length);
        if (!best || distance < best.distance) best = { measure, distance };
      }
  };
  look(quote.slice(end, end + 60), (i) => i);
  const before = quote.slice(Math.max(0, start - 40), start);
  const clause = before.slice(before.search(/[^,;:]*$/));
  // A word before the count is taken only where it is nearer than any after it.
  look(clause, (i, n) => clause.length - i - n + 1);
  return best?.measure;
}

/** Words that point back to a place the story named before ("the city", "в городе", "облыста"). */
const POINTS_BACK = {
  town: /\b(?:the|that)\s+(?:city|town)\b|в\s+городе|в\s+городе|қалада|қаланың|қалаға/i,
  region:
    /\b(?:the|that)\s+(?:region|oblast|province)\b|\bregional\b|в\s+(?:регионе|области)|облыста|облыстың|облысқа|аймақта/i,
};

/** The sentence that last named places, to which "the city" and "the region" point back. */
interface PlaceAnchor {
  ids: string[];
  quote: string;
}

/** Words after a number that make it a span of time ("two days later", "for 24 hours"). */
const TIME_SPAN =
  /^\s*(?:-\s*)?(?:days?|hours?|minutes?|weeks?|months?|years?|nights?|дн(?:я|ей|ём|ем)|день|час\p{L}*|недел\p{L}*|месяц\p{L}*|лет|года?|сут\p{L}*|күн\p{L}*|сағат\p{L}*|апта\p{L}*|ай\p{L}*|жыл\p{L}*)(?![\p{L}])/iu;
/** "including", "of whom": what follows is a part of the count before. */
const PART_OF = /\b(?:including|of whom|of them|among them)\b|в том числе|из них|оның ішінде/i;

/** The stretch of a sentence around a position up to the nearest commas, semicolons or dashes. */
function clauseAround(sentence: string, at: number): { start: number; end: number } {
  const before = sentence.slice(0, at).search(/[,;:–—][^,;:–—]*$/);
  const after = sentence.slice(at).search(/[,;:–—]/);
  return { start: before < 0 ? 0 : before + 1, end: after < 0 ? sentence.length : at + after };
}

/** The whole country, in the three languages. */
const NATIONWIDE_WORDS =
  /\b(?:nationwide|throughout the country|across the (?:country|nation)|the whole country|all regions)\b|по всей стране|во всех регионах|по всему Казахстану|бүкіл ел|барлық өңір/i;
/** What will happen: a plan or a forecast, not an event. */
const FUTURE =
  /\b(?:will|shall|is (?:due|expected|set|scheduled|to be)|are (?:due|expected|set|scheduled|to be)|plans? to|planned)\b|\bбуд(?:ет|ут)\b|планиру|намерен|\bболады\b|жоспарла/i;

/** Parts of a sentence that may each give their own day: "…on Jan. 4; the day before, …". */
function clauses(text: string): string[] {
  return text.split(/;\s+/).filter((c) => c.trim());
}

export function draftArticle(input: DraftInput, geoparser: Geoparser, places: Place[]): Drafts {
  const all = sentences(input.text);
  const article = articleRecord(input, all);
  const byId = indexById(places);
  const events: AtlasEvent[] = [];
  const figures: Figure[] = [];
  const skipped: Drafts['skipped'] = [];
  const prefix = `draft-${input.id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  let anchor: Anchor = {
    day: article.published.date,
    quote: article.published.quote,
    kind: 'article',
  };
  const named: { town?: PlaceAnchor; last?: PlaceAnchor } = {};
  const isRegion = (id: string) => byId.get(id)?.kind === 'region';
  for (const s of all) {
    const quote = s.text;
    if (quote === article.title) continue;
    // A dateline ("ALMATY, Jan 10 (Reuters) -") names where the story was filed, not where
    // anything happened; its day is the day the story was filed.
    const dateline = DATELINE.exec(quote)?.[0].length ?? 0;
    const body = quote.slice(dateline);
    // Each clause's day, counted on from the one before.
    const days = clauses(body).map((clause) => {
      const when = dayOf(clause, article, anchor, quote);
      if (when.date.precision !== 'by' && !when.back)
        anchor = {
          day: when.date.end,
          quote,
          kind: when.dateCertainty === 'reported' ? 'stated' : 'worked out',
        };
      return { clause, when };
    });
    // The atlas maps what happened in Kazakhstan's towns and regions: a sentence that names
    // only the country, or places abroad, gives no event.
    const found = geoparser.parse(quote).filter((m) => {
      const p = byId.get(m.placeId);
      return m.start >= dateline && p?.country === 'KZ' && p.kind !== 'country';
    });
    let ids = [...new Set(found.map((m) => m.placeId))];
    // No place named, but "the city" or "the region": the place the story named last.
    let pointsBack: { ids: string[]; quote: string; words: string } | null = null;
    // For an event, "the city" is the town named last, "the region" the region named last if
    // nothing was named since; a count's area is the region of whatever was named last.
    let areaBack: { ids: string[]; quote: string; words: string } | null = null;
    if (!ids.length) {
      const town = POINTS_BACK.town.exec(body);
      const region = town ? null : POINTS_BACK.region.exec(body);
      const words = (town ?? region)?.[0];
      const last = named.last;
      const to = town ? named.town : region && last && isRegion(last.ids[0]!) ? last : undefined;
      if (to && words) pointsBack = { ...to, words };
      if (last && words) areaBack = { ...last, words };
    }
    // What "the city" and "the region" will point back to.
    const town = ids.find((id) => !isRegion(id));
    if (town) named.town = { ids: [town], quote };
    if (ids.length) named.last = { ids, quote };
    if (!ids.length && pointsBack) ids = pointsBack.ids;
    const counts = quantitiesIn(quote);
    // The whole country, said in so many words ("nationwide"; not a sentence that merely names
    // Kazakhstan, as most sentences of a story about it do).
    const nationwide = !ids.length && NATIONWIDE_WORDS.test(body);
    if (!ids.length && !counts.length && !nationwide) continue;
    if (quote.length > MAX_QUOTE || quote.length < 8) {
      if (ids.length)
        skipped.push({
          sentence: quote,
          why: `longer than ${MAX_QUOTE} characters: quote a part of it by hand`,
        });
      continue;
    }
    const cite = (...quotes: (string | undefined)[]) =>
      [...new Set([quote, ...quotes.filter((q): q is string => !!q)])].map((q) => ({
        article: input.id,
        quote: q,
      }));
    const placeReason = pointsBack
      ? ` "${pointsBack.words}" is ${pointsBack.ids.map((id) => byId.get(id)!.name).join(', ')}, named before: "${excerpt(pointsBack.quote)}".`
      : '';
    const activity = ACTIVITY_ORDER.find((a) => ACTIVITY_WORDS[a].test(quote));
    // One event per day the sentence gives: its clauses may give different days.
    const dated = days.filter((d) => d.when.date.precision !== 'by');
    const distinct = [...new Map(dated.map((d) => [d.when.date.start, d])).values()];
    const each = distinct.length > 1 ? distinct : [dated[0] ?? days[0]!];
    /** One event of this sentence, on a day one of its clauses gives. */
    const draftEvent = (
      when: When,
      what: Pick<AtlasEvent, 'places' | 'activity' | 'noPlace'>,
      reasoningTail: string,
      citations: AtlasEvent['citations'],
    ) => {
      const reasoning = (when.reasoning ?? '') + reasoningTail;
      events.push({
        id: `${prefix}-${events.length + 1}`,
        date: when.date,
        dateCertainty: when.dateCertainty,
        ...(reasoning ? { reasoning } : {}),
        ...what,
        summary: quote.length > 200 ? opening(quote) + '…' : quote,
        citations,
      });
    };
    if ((ids.length || nationwide) && FUTURE.test(body))
      skipped.push({ sentence: quote, why: 'speaks of what will happen, not of what happened' });
    else if (nationwide && activity) {
      const when = each[0]!.when;
      draftEvent(when, { places: [], noPlace: 'nationwide', activity }, '', cite(when.anchor));
    } else if (ids.length && activity)
      for (const { clause, when } of each) {
        // A clause's own place where it names one, else the sentence's.
        const own =
          distinct.length > 1
            ? ids.filter((id) => found.some((m) => m.placeId === id && clause.includes(m.text)))
            : [];
        draftEvent(
          when,
          {
            places: own.length ? own : ids,
            activity: ACTIVITY_ORDER.find((a) => ACTIVITY_WORDS[a].test(clause)) ?? activity,
          },
          placeReason,
          cite(when.anchor, pointsBack?.quote),
        );
      }
    else if (ids.length) skipped.push({ sentence: quote, why: 'names a place but no activity' });

    // Counts: one figure each, with the measure word next to it, in the place its own clause
    // names, or the place the sentence is about ("In Kyzylorda, …"), or the one place it names.
    const topic = found.find((m) => m.start <= dateline + 4 && /^(?:in|в|во)\s/i.test(body));
    const units = new Set(found.map((m) => byId.get(m.placeId)?.unit).filter(Boolean));
    let searchFrom = 0;
    let previous: { measure: Measure; group: string } | null = null;
    for (const q of counts) {
      const at = quote.indexOf(q.text, searchFrom);
      if (at < 0) continue;
      searchFrom = at + q.text.length;
      const after = quote.slice(at + q.text.length);
      // "Two days later", "for 24 hours": a span of time, not a count of anything.
      if (TIME_SPAN.test(after)) continue;
      // "…, including 103 in Almaty": a part of the count before, of the same measure.
      const part: boolean = !!previous && PART_OF.test(quote.slice(Math.max(0, at - 20), at));
      const measure: Measure | undefined =
        measureNear(quote, at, at + q.text.length) ?? (part ? previous!.measure : undefined);
      if (!measure) continue;
      const word = /^\s+(?:of\s+)?(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
      // "317 wounded": the word after is what happened to them, not who they were.
      const group: string =
        word && !Object.values(MEASURE_WORDS).some((re) => re.test(word))
          ? word
          : (previous?.group ?? 'people');
      previous = { measure, group };
      const clause = clauseAround(quote, at);
      const inClause = found.filter((m) => m.start >= clause.start && m.end <= clause.end);
      const clauseUnits = new Set(inClause.map((m) => byId.get(m.placeId)?.unit));
      const totalBefore = PART_OF.test(quote.slice(at + q.text.length, clause.end + 12));
      const placeId =
        clauseUnits.size === 1
          ? inClause[0]!.placeId
          : clauseUnits.size > 1
            ? undefined
            : (topic?.placeId ??
              (!totalBefore && units.size === 1 ? found[0]!.placeId : undefined));
      const fromBefore = !found.length && areaBack ? areaBack : null;
      const area = placeId
        ? byId.get(placeId)?.unit
        : fromBefore
          ? byId.get(fromBefore.ids[0]!)?.unit
          : undefined;
      const reasons = [
        article.published.certainty === 'stated'
          ? ''
          : `Known from the article's date, ${article.published.date}, given when it was added: "${excerpt(quote)}".`,
        fromBefore
          ? `"${fromBefore.words}": the area of ${byId.get(fromBefore.ids[0]!)!.name}, named before: "${excerpt(fromBefore.quote)}".`
          : '',
      ].filter(Boolean);
      figures.push({
        id: `${prefix}-f${figures.length + 1}`,
        measure,
        group,
        area: area ?? 'kazakhstan',
        value: q.value,
        text: q.text,
        asOf: article.published.date,
        asOfCertainty: article.published.certainty === 'stated' ? 'reported' : 'inferred',
        ...(reasons.length ? { reasoning: reasons.join(' ') } : {}),
        sourceType: OFFICIAL.test(quote) ? 'official' : 'press',
        citations: fromBefore ? cite(fromBefore.quote) : cite(),
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
