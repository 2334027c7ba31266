/**
 * Validates the data files: shape (valibot) first, then the cross-checks a schema cannot express
 * (ids that must exist, dates inside the period, quotes that must be in their article,
 * intervals that must not contradict each other). Returns every problem, not just the first.
 */
import * as v from 'valibot';
import {
  ArticlesFileSchema,
  EventsFileSchema,
  FiguresFileSchema,
  GazetteerFileSchema,
  StatusesFileSchema,
  type Article,
  type AtlasEvent,
  type Citation,
  type CstoRecord,
  type Dataset,
  type Figure,
  type Place,
  type RawDataFiles,
  type StatusRecord,
} from './schema.ts';
import { UNIT_IDS } from './units.ts';
import { normaliseSpace } from './text.ts';
import { indexById } from './indexById.ts';

export interface DataError {
  file: string;
  /** The record's id, or its index when it has none. */
  id: string;
  field: string;
  expected: string;
  actual: string;
}

export function formatError(e: DataError): string {
  return `${e.file}#${e.id} ${e.field}: expected ${e.expected}, got ${e.actual}`;
}

export type ValidationResult = { ok: true; data: Dataset } | { ok: false; errors: DataError[] };

/** Article texts by article id, for checking quotes; omit to skip that check. */
export type ArticleTexts = Record<string, string>;

function describe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 80 ? value.slice(0, 77) + '…' : value);
  if (value === undefined) return 'nothing';
  const s = JSON.stringify(value);
  return s.length > 80 ? s.slice(0, 77) + '…' : s;
}

function shapeErrors(file: string, issues: v.BaseIssue<unknown>[], input: unknown): DataError[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => p.key as string | number);
    // The id is that of the record the problem lies in: the first object in the path with an id.
    let id = '(file)';
    let node: unknown = input;
    let recordDepth = -1;
    for (let i = 0; i < keys.length; i++) {
      node = (node as Record<string | number, unknown> | undefined)?.[keys[i]!];
      if (
        recordDepth < 0 &&
        node &&
        typeof node === 'object' &&
        typeof (node as { id?: unknown }).id === 'string'
      ) {
        id = (node as { id: string }).id;
        recordDepth = i;
      }
    }
    if (recordDepth < 0 && keys.length >= 2) id = `${keys[0]}[${keys[1]}]`;
    const field = keys.slice(recordDepth + 1).join('.') || keys.join('.') || '(root)';
    // Our schemas carry plain-English messages; valibot's own start with "Invalid".
    const expected = issue.message.startsWith('Invalid')
      ? (issue.expected ?? issue.message)
      : issue.message;
    return { file, id, field, expected, actual: describe(issue.input) };
  });
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The closest known id, if one is close enough to be a likely typo. */
export function didYouMean(wrong: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const w = wrong.toLowerCase();
  for (const k of known) {
    const score = levenshtein(w, k.toLowerCase());
    if (score < bestScore) [best, bestScore] = [k, score];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(wrong.length / 3))
    ? best
    : undefined;
}

/** What every rule may look up: the ids in the data, the period and the articles' texts. */
interface Known {
  articleIds: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
  period: { start: string; end: string };
  /** The articles' texts with white space folded, when they are at hand. */
  texts?: Record<string, string>;
}

/**
 * The checks shared by the rules, for the records of one file: each says what it expected and
 * what it found, against the record's id and field.
 */
const UNIT_ID_SET: ReadonlySet<string> = new Set(UNIT_IDS);

function checksIn(file: string, known: Known, errors: DataError[]) {
  const err = (id: string, field: string, expected: string, actual: string) =>
    errors.push({ file, id, field, expected, actual });
  const oneOf = (
    id: string,
    field: string,
    value: string,
    ids: ReadonlySet<string>,
    what: string,
  ) => {
    if (ids.has(value)) return;
    const hint = didYouMean(value, ids);
    err(id, field, `${what}${hint ? ` (did you mean "${hint}"?)` : ''}`, describe(value));
  };
  const { start, end } = known.period;
  return {
    err,
    place: (id: string, field: string, placeId: string) =>
      oneOf(id, field, placeId, known.placeIds, 'a place in the gazetteer'),
    unit: (id: string, field: string, unit: string) =>
      oneOf(id, field, unit, UNIT_ID_SET, 'one of the 17 unit ids'),
    inPeriod(id: string, field: string, day: string) {
      if (day < start || day > end) err(id, field, `a day from ${start} to ${end}`, describe(day));
    },
    /** Two days in order, each in the period. */
    days(id: string, [startField, first]: [string, string], [endField, last]: [string, string]) {
      this.inPeriod(id, startField, first);
      this.inPeriod(id, endField, last);
      if (first > last)
        err(id, endField, `a day on or after ${startField} (${first})`, describe(last));
    },
    reasoning(id: string, certainty: string, reasoning: string | undefined) {
      if (certainty === 'inferred' && !reasoning?.trim())
        err(id, 'reasoning', 'the reasoning behind an inferred record', 'nothing');
    },
    citations: (id: string, field: string, citations: Citation[]) =>
      citations.forEach((c, i) => {
        const at = `${field}[${i}]`;
        if (!known.articleIds.has(c.article))
          return oneOf(id, `${at}.article`, c.article, known.articleIds, 'an article id');
        if (!known.texts) return;
        const text = known.texts[c.article];
        if (text === undefined)
          err(id, `${at}.quote`, `the text of article ${c.article}`, 'no such file');
        else if (!text.includes(normaliseSpace(c.quote)))
          err(
            id,
            `${at}.quote`,
            `a verbatim quote from article ${c.article}`,
            `${describe(c.quote)}, which is not in it`,
          );
      }),
  };
}
type Checks = ReturnType<typeof checksIn>;

/** One id names one record across all the data files. */
function uniqueIds(files: [string, { id: string }[]][], errors: DataError[]): void {
  const seen = new Map<string, string>();
  for (const [file, items] of files)
    items.forEach((item, i) => {
      const other = seen.get(item.id);
      if (other === undefined) return void seen.set(item.id, file);
      errors.push({
        file,
        id: item.id,
        field: `[${i}].id`,
        expected: 'an id used by one record in all the data files',
        actual: `a second "${item.id}"${other === file ? '' : ` (also in ${other})`}`,
      });
    });
}

function checkArticle(c: Checks, a: Article, texts: ArticleTexts | undefined): void {
  if (texts && texts[a.id] === undefined)
    c.err(a.id, 'file', 'an article text in the articles folder', describe(a.file));
  if (a.published.certainty === 'inferred' && !a.published.reasoning)
    c.err(a.id, 'published.reasoning', 'the reasoning behind an inferred date', 'nothing');
  c.citations(a.id, 'published', [{ article: a.id, quote: a.published.quote }]);
}

function checkPlace(c: Checks, p: Place): void {
  if (p.unit !== null) c.unit(p.id, 'unit', p.unit);
  if (p.regionReading !== undefined) c.place(p.id, 'regionReading', p.regionReading);
  if (p.source.dataset === 'city-centre')
    c.place(p.id, 'source.record.place', p.source.record.place ?? '');
  // A name the map shows must also be one the geoparser finds.
  for (const field of ['nameRu', 'nameKk'] as const) {
    const name = p[field];
    if (name !== undefined && !p.aliases.includes(name))
      c.err(p.id, field, "one of the place's aliases", JSON.stringify(name));
  }
}

function checkEvent(c: Checks, e: AtlasEvent): void {
  c.days(e.id, ['date.start', e.date.start], ['date.end', e.date.end]);
  e.places.forEach((p, i) => c.place(e.id, `places[${i}]`, p));
  // An event without a place says why: it concerns the whole country, or no article says where.
  if (e.places.length === 0 && e.noPlace === undefined)
    c.err(e.id, 'noPlace', '"nationwide" or "unstated" for an event with no place', 'nothing');
  if (e.places.length > 0 && e.noPlace !== undefined)
    c.err(e.id, 'noPlace', 'no noPlace on an event with places', describe(e.noPlace));
  // A schedule or plan is never a report of what happened.
  if (e.planned && e.dateCertainty === 'reported')
    c.err(
      e.id,
      'dateCertainty',
      '"inferred" for a planned event (a plan is not a report)',
      '"reported"',
    );
  c.reasoning(e.id, e.dateCertainty, e.reasoning);
  c.citations(e.id, 'citations', e.citations);
}

function checkStatus(c: Checks, s: StatusRecord, articles: ReadonlyMap<string, Article>): void {
  c.days(s.id, ['from', s.from], ['to', s.to]);
  if (s.units !== 'all') s.units.forEach((u, i) => c.unit(s.id, `units[${i}]`, u));
  const wantsBoolean = s.status !== 'terrorThreatLevel';
  if (wantsBoolean !== (typeof s.value === 'boolean'))
    c.err(
      s.id,
      'value',
      wantsBoolean ? 'true or false' : '"red", "lifted" or "none"',
      describe(s.value),
    );
  c.reasoning(s.id, s.certainty, s.reasoning);
  c.citations(s.id, 'citations', s.citations);
  // An attested day is one a cited article was published on, by its own stated date.
  s.attested?.forEach((day, i) => {
    const field = `attested[${i}]`;
    if (day < s.from || day > s.to)
      return c.err(s.id, field, `a day from ${s.from} to ${s.to}`, describe(day));
    const dated = s.citations.some((cit) => {
      const a = articles.get(cit.article);
      return a?.published.certainty === 'stated' && a.published.date === day;
    });
    if (!dated) c.err(s.id, field, 'the stated date of an article the record cites', describe(day));
  });
}

/**
 * Two records of equal certainty that cover the same unit, status and day contradict each
 * other (or say the same thing twice); a reported record may override an inferred one.
 */
function checkStatusOverlaps(c: Checks, records: StatusRecord[]): void {
  records.forEach((b, j) => {
    for (const a of records.slice(0, j)) {
      if (a.status !== b.status || a.certainty !== b.certainty || a.to < b.from || b.to < a.from)
        continue;
      const aUnits = a.units === 'all' ? UNIT_IDS : a.units;
      const shared = aUnits.filter((u) => b.units === 'all' || b.units.includes(u));
      if (shared.length)
        c.err(
          b.id,
          'from',
          `no other ${b.certainty} ${b.status} record for ${shared[0]} on the same days`,
          `an overlap with "${a.id}" (${a.from} to ${a.to})`,
        );
    }
  });
}

/** The CSTO's phases: one a day, each cited, disputes cited too. */
function checkCsto(c: Checks, records: CstoRecord[]): void {
  records.forEach((r, i) => {
    c.days(r.id, ['from', r.from], ['to', r.to]);
    c.reasoning(r.id, r.certainty, r.reasoning);
    c.citations(r.id, 'citations', r.citations);
    r.disputed?.forEach((d, k) => c.citations(r.id, `disputed[${k}].citations`, d.citations));
    for (const other of records.slice(0, i))
      if (!(other.to < r.from || r.to < other.from))
        c.err(
          r.id,
          'from',
          'one CSTO phase a day',
          `an overlap with "${other.id}" (${other.from} to ${other.to})`,
        );
  });
}

function checkContingents(c: Checks, contingents: Dataset['cstoContingents']): void {
  const id = 'cstoContingents';
  c.place(id, 'destination', contingents.destination);
  contingents.members.forEach((m, i) => {
    c.place(id, `members[${i}].country`, m.country);
    c.place(id, `members[${i}].capital`, m.capital);
  });
  c.citations(id, 'citations', contingents.citations);
  c.citations(id, 'destinationCitations', contingents.destinationCitations);
}

function checkFigure(c: Checks, fig: Figure): void {
  if (fig.asOf !== null) c.inPeriod(fig.id, 'asOf', fig.asOf);
  if (fig.notBefore !== undefined) c.inPeriod(fig.id, 'notBefore', fig.notBefore);
  if ((fig.asOf === null) !== (fig.asOfCertainty === 'undated'))
    c.err(
      fig.id,
      'asOf',
      fig.asOf === null ? 'a day, unless asOfCertainty is "undated"' : 'null for an undated figure',
      describe(fig.asOf),
    );
  if (fig.asOfCertainty === 'undated' && fig.notBefore === undefined)
    c.err(fig.id, 'notBefore', 'the earliest day an undated figure can be known', 'nothing');
  if (fig.area !== 'kazakhstan') c.unit(fig.id, 'area', fig.area);
  c.reasoning(fig.id, fig.asOfCertainty === 'reported' ? 'reported' : 'inferred', fig.reasoning);
  c.citations(fig.id, 'citations', fig.citations);
}

/**
 * Every data file's shape, then the rules of each kind of record, with the articles' texts
 * when given (every quote must stand in its article). Every problem is returned.
 */
export function validateDataset(raw: RawDataFiles, texts?: ArticleTexts): ValidationResult {
  const errors: DataError[] = [];
  const parse = <S extends v.GenericSchema>(file: keyof RawDataFiles, schema: S) => {
    const r = v.safeParse(schema, raw[file]);
    if (!r.success) errors.push(...shapeErrors(file, r.issues, raw[file]));
    return r.success ? (r.output as v.InferOutput<S>) : undefined;
  };
  const articlesFile = parse('data/articles.json', ArticlesFileSchema);
  const gazetteer = parse('data/gazetteer.json', GazetteerFileSchema);
  const eventsFile = parse('data/events.json', EventsFileSchema);
  const statusesFile = parse('data/statuses.json', StatusesFileSchema);
  const figuresFile = parse('data/figures.json', FiguresFileSchema);
  if (!articlesFile || !gazetteer || !eventsFile || !statusesFile || !figuresFile)
    return { ok: false, errors };

  uniqueIds(
    [
      ['data/articles.json', articlesFile.articles],
      ['data/gazetteer.json', gazetteer.places],
      ['data/events.json', eventsFile.events],
      ['data/statuses.json', [...statusesFile.units, ...statusesFile.csto]],
      ['data/figures.json', figuresFile.figures],
    ],
    errors,
  );
  const { period } = eventsFile;
  const known: Known = {
    articleIds: new Set(articlesFile.articles.map((a) => a.id)),
    placeIds: new Set(gazetteer.places.map((p) => p.id)),
    period,
    texts: texts
      ? Object.fromEntries(Object.entries(texts).map(([k, t]) => [k, normaliseSpace(t)]))
      : undefined,
  };
  const checks = (file: string) => checksIn(file, known, errors);

  if (period.start > period.end)
    checks('data/events.json').err(
      'period',
      'end',
      `a day on or after ${period.start}`,
      describe(period.end),
    );
  const articles = checks('data/articles.json');
  for (const a of articlesFile.articles) checkArticle(articles, a, texts);
  const places = checks('data/gazetteer.json');
  for (const p of gazetteer.places) checkPlace(places, p);
  // One name, one place among the curated places: a name two of them share would be read as
  // either, and the records that cite it would fail for no reason they could show. (GeoNames'
  // places, "gn-", may share names; the geoparser chooses among them by its rules.)
  const owner = new Map<string, string>();
  for (const p of gazetteer.places.filter((p) => !p.id.startsWith('gn-')))
    for (const name of new Set([p.name, ...p.aliases].map((n) => n.toLowerCase()))) {
      const other = owner.get(name);
      if (other && other !== p.id)
        places.err(
          p.id,
          'aliases',
          `a name no other place has`,
          `"${name}", also a name of ${other}`,
        );
      else owner.set(name, p.id);
    }
  const events = checks('data/events.json');
  for (const e of eventsFile.events) checkEvent(events, e);
  const statuses = checks('data/statuses.json');
  const articleById = indexById(articlesFile.articles);
  for (const s of statusesFile.units) checkStatus(statuses, s, articleById);
  checkStatusOverlaps(statuses, statusesFile.units);
  checkCsto(statuses, statusesFile.csto);
  checkContingents(statuses, statusesFile.cstoContingents);
  const figures = checks('data/figures.json');
  for (const f of figuresFile.figures) checkFigure(figures, f);

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    data: {
      articles: articlesFile.articles,
      places: gazetteer.places,
      period,
      events: eventsFile.events,
      statuses: statusesFile.units,
      csto: statusesFile.csto,
      cstoContingents: statusesFile.cstoContingents,
      figures: figuresFile.figures,
    },
  };
}
