/**
 * The support checker: every claim a record makes must be stated by its own quotes.
 *
 * - Places: each place of an event or status, and each figure's area, is named in one of the
 *   record's quotes, as found by the project's geoparser (aliases and Cyrillic forms count; a
 *   site in a city names the city). A status for all units needs a quote that says
 *   "nationwide" or the like, or quotes that name all 17 units.
 * - Days: a reported date is stated by a quote (see statedDays.ts); arithmetic is not.
 * - Numbers: a figure's value, qualifier included, is a count its quote states, and its text
 *   reads as the same value.
 * - What: a status, CSTO phase, event activity or figure measure is named in the quotes.
 * - Inferences: the reasoning quotes the passages it rests on, each from the record's own
 *   citations (so it cannot borrow a sentence the record does not cite).
 * - A figure is known from its article's date, never earlier; an undated article's figures
 *   carry no day, only the earliest day the article can have been written.
 *
 * It needs the article texts, so it runs in Node (`npm run validate`, the tests), not in
 * the page.
 */
import { indexById } from '../model/indexById.ts';
import { dayRange, type Day } from '../model/days.ts';
import { createGeoparser } from './geoparser.ts';
import { quantitiesIn, quantityOf, sameValue, type QuantityValue } from './quantity.ts';
import type {
  Activity,
  Article,
  AtlasEvent,
  Citation,
  CstoPhase,
  CstoRecord,
  Dataset,
  Figure,
  Measure,
  Place,
  StatusRecord,
} from '../model/schema.ts';
import { statedDays, type ArticleDate } from './statedDays.ts';
import { normaliseSpace } from '../model/text.ts';
import { UNIT_IDS } from '../model/units.ts';
import type { ArticleTexts, DataError } from '../model/validate.ts';

const STATUS_WORDS: Record<string, RegExp> = {
  'stateOfEmergency:true': /state of emergency/i,
  'stateOfEmergency:false': /state of emergency.*\b(?:lifted|ended|cancel+ed|expired)\b/i,
  'terrorThreatLevel:red':
    /\bred\b.{0,4}\s*level.*\b(?:remains?|declared|introduced|in force|continues)\b|counter-terrorist|anti-terrorist/i,
  'terrorThreatLevel:lifted':
    /\bred\b.{0,4}\s*level.*\b(?:cancel+ed|cancel|lifted)\b|cancel the .{0,3}red/i,
  'terrorThreatLevel:none': /\blevel\b/i,
  'protest:true': /protest|took to the streets|demonstrat|\brall(?:y|ies)\b|unrest/i,
  'protest:false': /protests? (?:ended|stopped|dispersed)|no protests?/i,
};

const CSTO_WORDS: Record<CstoPhase, RegExp | null> = {
  none: null,
  requested: /appeal|request|asked/i,
  deploying: /\bsent\b|deploying|arriv|taking off/i,
  deployed: /deployed|guarded|stationed|\bremain\b/i,
  withdrawing: /withdraw|take off|return|leav/i,
  withdrawn: /withdrawn|completed|\bend\b|\bleft\b|return/i,
};

export const ACTIVITY_WORDS: Record<Activity, RegExp> = {
  protest:
    /protest|streets|demonstrat|\brall(?:y|ies)\b|unrest|\bstrik(?:e|es|ers?|ing)\b|walked out|\bmarch(?:ed|es)?\b|\bcrowds?\b|\bgathered\b|\bpicket|митинг|протест|забастов|бастова|демонстра|шестви|вышли на улиц|собрал[иа]сь|наразылық|ереуіл|шеру|жиналды|жиын/i,
  clashes:
    /attack|assault|storm|battle|clash|loot|pillag|gunfire|ransack|killed|riot|molotov|beaten|set fire|set on fire|arson|torched|burn(?:ed|t|ing)|opened fire|fired (?:on|at|into)|shot|shooting|штурм|захват|подожг|сожгл|сгорел|поджог|мародер|мародёр|погром|беспоряд|столкновен|напад|напал|стрельб|перестрелк|разграб|погиб|өрт|тона|талан|шабуыл|қақтығыс|тәртіпсіздік|атыс|басып ал|қаза тап/i,
  security:
    /state of emergency|curfew|troops|soldiers?|deploy|checkpoints?|detain|arrest|military|forces|operation|guard|police|level|communications|internet|shutdown|блокпост|чрезвычайн|комендантск|войск|силовик|полици|военн|спецназ|контртеррорист|задерж|төтенше|коменданттық|әскер|құқық қорғау|ұстал/i,
  csto: /CSTO|peacekeep|Collective Security|alliance|contingent|ОДКБ|миротвор|ҰҚШҰ|бітімгер/i,
  political:
    /president|Tokayev|cabinet|government|parliament|council|petition|mayor|akim|resignation|prosecutor|президент|Токаев|Тоқаев|правительств|парламент|аким|отставк|прокурор|үкімет|әкім/i,
  recovery: /resum|flight|arrived|reopen|operat|возобнов|аэропорт|рейс|қалпына|әуежай/i,
};

export const MEASURE_WORDS: Record<Measure, RegExp> = {
  killed:
    /kill|dead|died|death|eliminat|погиб|убит|скончал|жертв|гибел|қаза тап|қаза бол|мерт бол|өлтіріл/i,
  injured: /injur|wound|ранен|пострадал|травм|жарақат|жаралан/i,
  hospitalised: /hospitali|госпитализ|ауруханаға жатқыз/i,
  'intensive-care': /intensive care/i,
  detained: /detain|arrest|custody|задерж|арестов|под стражей|ұстал|қамауға|тұтқын/i,
  troops: /peacekeep|troops|soldier|servicem[ae]n|force|миротвор|военнослуж|бітімгер|әскер/i,
  'weapons-seized': /confiscat|seiz|изъя|тәркіле/i,
  'businesses-affected': /compan|business|enterprise|предприяти|компани|бизнес|кәсіпорын/i,
  looted: /loot|pillag|ransack|разграб|мародёр|мародер|тонал|талан/i,
  'vehicles-damaged': /vehicle|truck|ambulance|\bcars?\b|автомобил|машин|көлік/i,
  attacks: /attack|assault|surround|нападени|атак|шабуыл/i,
  'emergency-calls': /\bcalls?\b/i,
  flights: /plane|flight/i,
};

const NATIONWIDE =
  /nationwide|throughout the country|across the (?:country|nation)|in the country|whole country|all regions/i;

/** Double-quoted passages of a reasoning ("…" or “…”). */
const QUOTED = /"([^"]+)"|“([^”]+)”/g;

const fold = (s: string) => normaliseSpace(s).replace(/[’‘]/g, "'").toLowerCase();

function short(quote: string): string {
  return JSON.stringify(quote.length > 70 ? quote.slice(0, 67) + '…' : quote);
}
function searched(citations: Citation[]): string {
  return `${citations.length === 1 ? 'its quote' : `its ${citations.length} quotes`}: ${citations.map((c) => short(c.quote)).join(', ')}`;
}

/**
 * What the rules share: the geoparser over the gazetteer, the articles' dates, and the checks
 * that hold a record's days, names and reasoning to its quotes.
 */
function supportChecks(data: Dataset, errors: DataError[]) {
  const err = (file: string, id: string, field: string, expected: string, actual: string) =>
    errors.push({ file, id, field, expected, actual });

  const geoparser = createGeoparser(data.places);
  const placeById = indexById(data.places);
  const articleById = indexById(data.articles);
  const dateOf = (a: Article): ArticleDate => ({
    date: a.published.date,
    stated: a.published.certainty === 'stated',
  });

  /** Places a set of quotes names; a site placed at its city names the city too. */
  const namedPlaces = (citations: Citation[]): Set<string> => {
    const out = new Set<string>();
    for (const c of citations)
      for (const m of geoparser.parse(c.quote)) {
        out.add(m.placeId);
        const place = placeById.get(m.placeId);
        if (place?.source.dataset === 'city-centre' && place.source.record.place)
          out.add(place.source.record.place);
      }
    return out;
  };
  const unitsOf = (placeIds: Set<string>): Set<string> => {
    const out = new Set<string>();
    for (const id of placeIds) {
      const p: Place | undefined = placeById.get(id);
      if (p?.unit) out.add(p.unit);
    }
    return out;
  };
  const daysStated = (citations: Citation[]): Set<Day> => {
    const out = new Set<Day>();
    for (const c of citations) {
      const a = articleById.get(c.article);
      if (a) for (const day of statedDays(c.quote, dateOf(a))) out.add(day);
    }
    return out;
  };
  const anyQuote = (citations: Citation[], re: RegExp) => citations.some((c) => re.test(c.quote));

  const checkDays = (
    file: string,
    id: string,
    field: string,
    days: Day[],
    citations: Citation[],
  ) => {
    const stated = daysStated(citations);
    const missing = days.filter((day) => !stated.has(day));
    if (missing.length)
      err(
        file,
        id,
        field,
        `a quote that states ${missing.join(' and ')} (a reported day is stated, not worked out)`,
        `${stated.size ? `days stated: ${[...stated].join(', ')}` : 'no day stated'}; ${searched(citations)}`,
      );
  };

  const checkReasoning = (
    file: string,
    id: string,
    reasoning: string | undefined,
    citations: Citation[],
    field = 'reasoning',
  ) => {
    if (reasoning === undefined) return;
    const quoted = [...reasoning.matchAll(QUOTED)].map((m) => m[1] ?? m[2]!);
    if (!quoted.length) {
      err(
        file,
        id,
        field,
        'reasoning that quotes (in double quotes) the passages it rests on',
        'no quoted passage',
      );
      return;
    }
    const own = citations.map((c) => fold(c.quote));
    for (const q of quoted)
      if (!own.some((c) => c.includes(fold(q))))
        err(
          file,
          id,
          field,
          `every passage the reasoning quotes to stand in one of the record's own quotes`,
          `${short(q)}, which none of them holds; ${searched(citations)}`,
        );
  };

  const checkNamed = (
    file: string,
    id: string,
    field: string,
    wanted: string,
    re: RegExp | null,
    citations: Citation[],
  ) => {
    if (re && !anyQuote(citations, re))
      err(file, id, field, `a quote that names ${wanted}`, `none does; ${searched(citations)}`);
  };

  return {
    err,
    namedPlaces,
    unitsOf,
    daysStated,
    anyQuote,
    checkDays,
    checkReasoning,
    checkNamed,
    articleById,
  };
}
type SupportChecks = ReturnType<typeof supportChecks>;

/** An article's date: every passage its reasoning quotes stands in the article. */
function supportArticle(c: SupportChecks, a: Article, text: string | undefined): void {
  const { err } = c;
  // A stated date is one its quote states.
  if (
    text &&
    a.published.certainty === 'stated' &&
    !statedDays(a.published.quote, { date: a.published.date, stated: true }).includes(
      a.published.date,
    )
  )
    err(
      'data/articles.json',
      a.id,
      'published.date',
      `a date its quote states (or certainty "inferred", with reasoning)`,
      `${a.published.date}; ${short(a.published.quote)}`,
    );
  if (!text || !a.published.reasoning) return;
  const body = fold(text);
  for (const m of a.published.reasoning.matchAll(QUOTED)) {
    const q = m[1] ?? m[2]!;
    if (!body.includes(fold(q)))
      err(
        'data/articles.json',
        a.id,
        'published.reasoning',
        `every passage the reasoning quotes to stand in the article`,
        `${short(q)}, which is not in it`,
      );
  }
}

/** An event: its places, activity and reported days named or stated by its quotes. */
function supportEvent(c: SupportChecks, e: AtlasEvent): void {
  const { err, namedPlaces, checkDays, checkReasoning, checkNamed } = c;
  const f = 'data/events.json';
  const named = namedPlaces(e.citations);
  e.places.forEach((p, i) => {
    if (!named.has(p))
      err(
        f,
        e.id,
        `places[${i}]`,
        `a quote that names "${p}"`,
        `places named: ${[...named].join(', ') || 'none'}; ${searched(e.citations)}`,
      );
  });
  checkNamed(
    f,
    e.id,
    'activity',
    `the activity "${e.activity}"`,
    ACTIVITY_WORDS[e.activity],
    e.citations,
  );
  if (e.dateCertainty === 'reported') {
    const { start, end, precision } = e.date;
    const days =
      precision === 'by' ? [end] : precision === 'day' ? dayRange(start, end) : [start, end];
    checkDays(f, e.id, precision === 'by' ? 'date.end' : 'date', [...new Set(days)], e.citations);
  }
  // Nothing happens after the article that reports it, unless it is planned.
  const latest = e.citations
    .map((cite) => c.articleById.get(cite.article))
    .filter((a): a is Article => !!a && a.published.precision !== 'on-or-after')
    .map((a) => a.published.date)
    .sort()
    .at(-1);
  if (!e.planned && latest && e.date.start > latest)
    err(
      f,
      e.id,
      'date',
      `a day on or before its article's date, ${latest} (or "planned": true)`,
      e.date.start,
    );
  checkReasoning(f, e.id, e.reasoning, e.citations);
}

/** A status: its regions, value and reported days named or stated by its quotes. */
function supportStatus(c: SupportChecks, s: StatusRecord): void {
  const { err, namedPlaces, unitsOf, anyQuote, checkDays, checkReasoning, checkNamed } = c;
  const f = 'data/statuses.json';
  const units = unitsOf(namedPlaces(s.citations));
  if (s.units === 'all') {
    if (!anyQuote(s.citations, NATIONWIDE) && !UNIT_IDS.every((u) => units.has(u)))
      err(
        f,
        s.id,
        'units',
        'a quote that says the status is nationwide, or quotes that name all 17 units',
        `units named: ${[...units].join(', ') || 'none'}; ${searched(s.citations)}`,
      );
  } else
    s.units.forEach((u, i) => {
      if (!units.has(u))
        err(
          f,
          s.id,
          `units[${i}]`,
          `a quote that names "${u}" or a place in it`,
          `units named: ${[...units].join(', ') || 'none'}; ${searched(s.citations)}`,
        );
    });
  checkNamed(
    f,
    s.id,
    'value',
    `the status ${s.status} = ${JSON.stringify(s.value)}`,
    STATUS_WORDS[`${s.status}:${String(s.value)}`] ?? null,
    s.citations,
  );
  if (s.certainty === 'reported')
    checkDays(f, s.id, 'from', [...new Set([s.from, s.to])], s.citations);
  checkReasoning(f, s.id, s.reasoning, s.citations);
}

/** A CSTO phase named by its quotes, its reported days stated. */
function supportCsto(c: SupportChecks, r: CstoRecord): void {
  const { checkDays, checkReasoning, checkNamed } = c;
  const f = 'data/statuses.json';
  checkNamed(f, r.id, 'phase', `the CSTO phase "${r.phase}"`, CSTO_WORDS[r.phase], r.citations);
  if (r.certainty === 'reported')
    checkDays(f, r.id, 'from', [...new Set([r.from, r.to])], r.citations);
  checkReasoning(f, r.id, r.reasoning, r.citations);
}

/** Where the contingents went: the reasoning's passages stand in its quotes. */
function supportContingents(c: SupportChecks, contingents: Dataset['cstoContingents']): void {
  const { checkReasoning } = c;
  checkReasoning(
    'data/statuses.json',
    'cstoContingents',
    contingents.destinationReasoning,
    contingents.destinationCitations,
    'destinationReasoning',
  );
}

/** A figure: its count, measure, area and day as its quotes and its article state them. */
function supportFigure(c: SupportChecks, fig: Figure): void {
  const { err, namedPlaces, unitsOf, daysStated, checkReasoning, checkNamed, articleById } = c;
  const f = 'data/figures.json';
  const { id, citations } = fig;
  // The value: one of the counts the quotes state, qualifier and all.
  const stated = citations.flatMap((c) => quantitiesIn(c.quote));
  const show = (v: QuantityValue | null) => JSON.stringify(v);
  if (fig.value === null) {
    const own = quantityOf(fig.text);
    if (!own?.vague || !stated.some((q) => q.vague === own.vague))
      err(
        f,
        id,
        'text',
        `a vague count ("dozens", "hundreds", "thousands") that a quote states`,
        `${short(fig.text)}; counts stated: ${stated.map((q) => q.text).join(', ') || 'none'}`,
      );
  } else {
    if (!stated.some((q) => sameValue(q.value, fig.value)))
      err(
        f,
        id,
        'value',
        `a count a quote states, qualifier included: ${show(fig.value)}`,
        `counts stated: ${stated.map((q) => `${q.text} = ${show(q.value)}`).join('; ') || 'none'}; ${searched(citations)}`,
      );
    const own = quantityOf(fig.text);
    if (!own || !sameValue(own.value, fig.value))
      err(
        f,
        id,
        'text',
        `text that reads as the value ${show(fig.value)}`,
        `${short(fig.text)} = ${show(own?.value ?? null)}`,
      );
  }
  checkNamed(
    f,
    id,
    'measure',
    `the measure "${fig.measure}"`,
    MEASURE_WORDS[fig.measure],
    citations,
  );
  if (fig.area !== 'kazakhstan' && !unitsOf(namedPlaces(citations)).has(fig.area))
    err(
      f,
      id,
      'area',
      `a quote that names "${fig.area}" or a place in it`,
      `none does; ${searched(citations)}`,
    );

  // The day: known from the article's date, never earlier.
  const article = articleById.get(citations[0]!.article);
  if (!article) return;
  const undatedArticle = article.published.precision === 'on-or-after';
  if (fig.asOfCertainty === 'undated' || undatedArticle) {
    if (fig.asOfCertainty !== 'undated' || fig.asOf !== null)
      err(
        f,
        id,
        'asOf',
        `no day (asOf null, asOfCertainty "undated"): article ${article.id} is undated and ${article.published.date} is only a lower bound`,
        `${JSON.stringify(fig.asOf)} (${fig.asOfCertainty})`,
      );
    if (fig.notBefore !== article.published.date)
      err(
        f,
        id,
        'notBefore',
        `the earliest day article ${article.id} can have been written (${article.published.date})`,
        JSON.stringify(fig.notBefore ?? null),
      );
  } else if (fig.asOf === null) err(f, id, 'asOf', `a day: article ${article.id} is dated`, 'null');
  else if (fig.asOf < article.published.date)
    err(
      f,
      id,
      'asOf',
      `a day on or after ${article.published.date}, when article ${article.id} states the figure`,
      fig.asOf,
    );
  else if (
    fig.asOfCertainty === 'reported' &&
    !(fig.asOf === article.published.date && article.published.certainty === 'stated') &&
    !daysStated(citations).has(fig.asOf)
  )
    err(
      f,
      id,
      'asOfCertainty',
      `"inferred": neither the quote nor the article's stated date gives ${fig.asOf}`,
      '"reported"',
    );
  checkReasoning(f, id, fig.reasoning, citations);
}

/**
 * Every claim held to what its quotes state: the places, activities, statuses, counts and
 * reported days of every record, and the passages each reasoning quotes. Returns every problem.
 */
export function checkSupport(data: Dataset, texts: ArticleTexts): DataError[] {
  const errors: DataError[] = [];
  const c = supportChecks(data, errors);
  for (const a of data.articles) supportArticle(c, a, texts[a.id]);
  for (const e of data.events) supportEvent(c, e);
  for (const s of data.statuses) supportStatus(c, s);
  for (const r of data.csto) supportCsto(c, r);
  supportContingents(c, data.cstoContingents);
  for (const fig of data.figures) supportFigure(c, fig);
  return errors;
}
