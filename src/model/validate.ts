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
  type Citation,
  type Dataset,
  type RawDataFiles,
} from './schema.ts';
import { UNIT_IDS } from './units.ts';
import { normaliseSpace } from './text.ts';

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

  const err = (file: string, id: string, field: string, expected: string, actual: string) =>
    errors.push({ file, id, field, expected, actual });

  // One id names one record across all the data files.
  const seen = new Map<string, string>();
  const unique = (file: string, items: { id: string }[]) =>
    items.forEach((item, i) => {
      const other = seen.get(item.id);
      if (other !== undefined)
        err(
          file,
          item.id,
          `[${i}].id`,
          'an id used by one record in all the data files',
          `a second "${item.id}"${other === file ? '' : ` (also in ${other})`}`,
        );
      else seen.set(item.id, file);
    });
  unique('data/articles.json', articlesFile.articles);
  unique('data/gazetteer.json', gazetteer.places);
  unique('data/events.json', eventsFile.events);
  unique('data/statuses.json', [...statusesFile.units, ...statusesFile.csto]);
  unique('data/figures.json', figuresFile.figures);

  const articleIds = new Set(articlesFile.articles.map((a) => a.id));
  const placeIds = new Set(gazetteer.places.map((p) => p.id));
  const unitIds = new Set(UNIT_IDS);
  const { start, end } = eventsFile.period;
  if (start > end)
    err('data/events.json', 'period', 'end', `a day on or after ${start}`, describe(end));

  const normalisedTexts = texts
    ? Object.fromEntries(Object.entries(texts).map(([k, t]) => [k, normaliseSpace(t)]))
    : undefined;
  const checkCitations = (file: string, id: string, field: string, citations: Citation[]) =>
    citations.forEach((c, i) => {
      if (!articleIds.has(c.article)) {
        const hint = didYouMean(c.article, articleIds);
        err(
          file,
          id,
          `${field}[${i}].article`,
          `an article id${hint ? ` (did you mean "${hint}"?)` : ''}`,
          describe(c.article),
        );
      } else if (normalisedTexts) {
        const text = normalisedTexts[c.article];
        if (text === undefined)
          err(file, id, `${field}[${i}].quote`, `the text of article ${c.article}`, 'no such file');
        else if (!text.includes(normaliseSpace(c.quote)))
          err(
            file,
            id,
            `${field}[${i}].quote`,
            `a verbatim quote from article ${c.article}`,
            `${describe(c.quote)}, which is not in it`,
          );
      }
    });
  const checkPlace = (file: string, id: string, field: string, placeId: string) => {
    if (placeIds.has(placeId)) return;
    const hint = didYouMean(placeId, placeIds);
    err(
      file,
      id,
      field,
      `a place in the gazetteer${hint ? ` (did you mean "${hint}"?)` : ''}`,
      describe(placeId),
    );
  };
  const checkUnit = (file: string, id: string, field: string, unit: string) => {
    if (unitIds.has(unit)) return;
    const hint = didYouMean(unit, unitIds);
    err(
      file,
      id,
      field,
      `one of the 17 unit ids${hint ? ` (did you mean "${hint}"?)` : ''}`,
      describe(unit),
    );
  };
  const inPeriod = (file: string, id: string, field: string, day: string) => {
    if (day < start || day > end)
      err(file, id, field, `a day from ${start} to ${end}`, describe(day));
  };
  const needsReasoning = (
    file: string,
    id: string,
    certainty: string,
    reasoning: string | undefined,
  ) => {
    if (certainty === 'inferred' && !reasoning?.trim())
      err(file, id, 'reasoning', 'the reasoning behind an inferred record', 'nothing');
  };

  for (const a of articlesFile.articles) {
    if (texts && texts[a.id] === undefined)
      err(
        'data/articles.json',
        a.id,
        'file',
        'an article text in the articles folder',
        describe(a.file),
      );
    if (a.published.certainty === 'inferred' && !a.published.reasoning)
      err(
        'data/articles.json',
        a.id,
        'published.reasoning',
        'the reasoning behind an inferred date',
        'nothing',
      );
    checkCitations('data/articles.json', a.id, 'published', [
      { article: a.id, quote: a.published.quote },
    ]);
  }

  for (const p of gazetteer.places) {
    if (p.unit !== null) checkUnit('data/gazetteer.json', p.id, 'unit', p.unit);
    if (p.regionReading !== undefined)
      checkPlace('data/gazetteer.json', p.id, 'regionReading', p.regionReading);
    if (p.source.dataset === 'city-centre')
      checkPlace('data/gazetteer.json', p.id, 'source.record.place', p.source.record.place ?? '');
    // A name the map shows must also be one the geoparser finds.
    for (const field of ['nameRu', 'nameKk'] as const) {
      const name = p[field];
      if (name !== undefined && !p.aliases.includes(name))
        err('data/gazetteer.json', p.id, field, "one of the place's aliases", JSON.stringify(name));
    }
  }

  for (const e of eventsFile.events) {
    const f = 'data/events.json';
    inPeriod(f, e.id, 'date.start', e.date.start);
    inPeriod(f, e.id, 'date.end', e.date.end);
    if (e.date.start > e.date.end)
      err(
        f,
        e.id,
        'date.end',
        `a day on or after date.start (${e.date.start})`,
        describe(e.date.end),
      );
    e.places.forEach((p, i) => checkPlace(f, e.id, `places[${i}]`, p));
    // An event without a place says why: it concerns the whole country, or no article says where.
    if (e.places.length === 0 && e.noPlace === undefined)
      err(f, e.id, 'noPlace', '"nationwide" or "unstated" for an event with no place', 'nothing');
    if (e.places.length > 0 && e.noPlace !== undefined)
      err(f, e.id, 'noPlace', 'no noPlace on an event with places', describe(e.noPlace));
    // A schedule or plan is never a report of what happened.
    if (e.planned && e.dateCertainty === 'reported')
      err(
        f,
        e.id,
        'dateCertainty',
        '"inferred" for a planned event (a plan is not a report)',
        '"reported"',
      );
    needsReasoning(f, e.id, e.dateCertainty, e.reasoning);
    checkCitations(f, e.id, 'citations', e.citations);
  }

  const f = 'data/statuses.json';
  for (const s of statusesFile.units) {
    inPeriod(f, s.id, 'from', s.from);
    inPeriod(f, s.id, 'to', s.to);
    if (s.from > s.to) err(f, s.id, 'to', `a day on or after from (${s.from})`, describe(s.to));
    if (s.units !== 'all') s.units.forEach((u, i) => checkUnit(f, s.id, `units[${i}]`, u));
    const wantsBoolean = s.status !== 'terrorThreatLevel';
    if (wantsBoolean !== (typeof s.value === 'boolean'))
      err(
        f,
        s.id,
        'value',
        wantsBoolean ? 'true or false' : '"red", "lifted" or "none"',
        describe(s.value),
      );
    needsReasoning(f, s.id, s.certainty, s.reasoning);
    checkCitations(f, s.id, 'citations', s.citations);
  }
  // Two records of equal certainty that cover the same unit, status and day contradict each
  // other (or say the same thing twice); a reported record may override an inferred one.
  const records = statusesFile.units;
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      const a = records[i]!;
      const b = records[j]!;
      if (a.status !== b.status || a.certainty !== b.certainty || a.to < b.from || b.to < a.from)
        continue;
      const aUnits = a.units === 'all' ? UNIT_IDS : a.units;
      const shared = aUnits.filter((u) => b.units === 'all' || b.units.includes(u));
      if (shared.length)
        err(
          f,
          b.id,
          'from',
          `no other ${b.certainty} ${b.status} record for ${shared[0]} on the same days`,
          `an overlap with "${a.id}" (${a.from} to ${a.to})`,
        );
    }
  }
  statusesFile.csto.forEach((c, i) => {
    inPeriod(f, c.id, 'from', c.from);
    inPeriod(f, c.id, 'to', c.to);
    if (c.from > c.to) err(f, c.id, 'to', `a day on or after from (${c.from})`, describe(c.to));
    needsReasoning(f, c.id, c.certainty, c.reasoning);
    checkCitations(f, c.id, 'citations', c.citations);
    c.disputed?.forEach((d, k) => checkCitations(f, c.id, `disputed[${k}].citations`, d.citations));
    for (const other of statusesFile.csto.slice(0, i))
      if (!(other.to < c.from || c.to < other.from))
        err(
          f,
          c.id,
          'from',
          'one CSTO phase a day',
          `an overlap with "${other.id}" (${other.from} to ${other.to})`,
        );
  });
  const contingents = statusesFile.cstoContingents;
  checkPlace(f, 'cstoContingents', 'destination', contingents.destination);
  contingents.members.forEach((m, i) => {
    checkPlace(f, 'cstoContingents', `members[${i}].country`, m.country);
    checkPlace(f, 'cstoContingents', `members[${i}].capital`, m.capital);
  });
  checkCitations(f, 'cstoContingents', 'citations', contingents.citations);
  checkCitations(f, 'cstoContingents', 'destinationCitations', contingents.destinationCitations);

  for (const fig of figuresFile.figures) {
    const ff = 'data/figures.json';
    if (fig.asOf !== null) inPeriod(ff, fig.id, 'asOf', fig.asOf);
    if (fig.notBefore !== undefined) inPeriod(ff, fig.id, 'notBefore', fig.notBefore);
    if ((fig.asOf === null) !== (fig.asOfCertainty === 'undated'))
      err(
        ff,
        fig.id,
        'asOf',
        fig.asOf === null
          ? 'a day, unless asOfCertainty is "undated"'
          : 'null for an undated figure',
        describe(fig.asOf),
      );
    if (fig.asOfCertainty === 'undated' && fig.notBefore === undefined)
      err(ff, fig.id, 'notBefore', 'the earliest day an undated figure can be known', 'nothing');
    if (fig.area !== 'kazakhstan') checkUnit(ff, fig.id, 'area', fig.area);
    needsReasoning(
      ff,
      fig.id,
      fig.asOfCertainty === 'reported' ? 'reported' : 'inferred',
      fig.reasoning,
    );
    checkCitations(ff, fig.id, 'citations', fig.citations);
  }

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    data: {
      articles: articlesFile.articles,
      places: gazetteer.places,
      period: eventsFile.period,
      events: eventsFile.events,
      statuses: statusesFile.units,
      csto: statusesFile.csto,
      cstoContingents: statusesFile.cstoContingents,
      figures: figuresFile.figures,
    },
  };
}
