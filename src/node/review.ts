/**
 * The review screen's work on disk (Node only): drafts of a text with the support checker's
 * verdict on each, and the save of the records a reviewer accepted into data/: checked first,
 * written atomically with a backup, checked again from disk; Undo puts the backup back.
 * Nothing is written outside the data folder, and nothing at all when the records do not hold.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { draftArticle, type Drafts } from '../authoring/drafts.ts';
import { createGeoparser, type Geoparser } from '../authoring/geoparser.ts';
import { quantitiesIn } from '../authoring/quantity.ts';
import { sentences } from '../authoring/statements.ts';
import { statedDays } from '../authoring/statedDays.ts';
import { isDay } from '../model/days.ts';
import { indexById } from '../model/indexById.ts';
import * as v from 'valibot';
import { schemaProblem } from '../model/jsonText.ts';
import {
  ArticleSchema,
  EventSchema,
  FigureSchema,
  type Article,
  type AtlasEvent,
  type Figure,
  type Place,
} from '../model/schema.ts';
import { formatError } from '../model/validate.ts';
import {
  ADDED_TEXTS,
  allPlaces,
  readArticleTexts,
  readRawData,
  ROOT,
  validateWithSources,
} from './data.ts';
import { checkDrafts } from './drafts.ts';

/** The files a save may change, relative to the data root; the backup holds their earlier state. */
const SAVED = [
  'data/articles.json',
  'data/gazetteer.json',
  'data/events.json',
  'data/figures.json',
] as const;
const BACKUP = 'data/.review-backup';

export interface ReviewSource {
  id: string;
  published: string;
  text: string;
}

/** A span of the text the screen highlights: a place, a day or a count. */
export interface Mark {
  start: number;
  end: number;
  kind: 'place' | 'day' | 'count';
  note: string;
}

export interface ReviewDrafts {
  drafts: Drafts;
  /** For each draft's id, the support checker's problems with it; none: it holds. */
  problems: Record<string, string[]>;
  sentences: { start: number; end: number }[];
  marks: Mark[];
  /** Every place the drafts name, with its coordinates, for the preview and the place menus. */
  places: Pick<Place, 'id' | 'name' | 'kind' | 'coordinates' | 'unit'>[];
}

export class ReviewError extends Error {}

/** A text and its details as they came in a request. */
export function asSource(value: unknown): ReviewSource {
  const v = (value ?? {}) as Record<string, unknown>;
  for (const key of ['id', 'published', 'text'] as const)
    if (typeof v[key] !== 'string')
      throw new ReviewError(
        `the request's "${key}" is ${v[key] === undefined ? 'missing' : 'not text'}`,
      );
  // A lone surrogate cannot be written as UTF-8: it is read as the file will hold it.
  const text = (v.text as string).replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
  return { id: v.id as string, published: v.published as string, text };
}

const RecordsSchema = v.object({
  source: v.unknown(),
  article: ArticleSchema,
  events: v.array(EventSchema),
  figures: v.array(FigureSchema),
});

/** The article and records of a request, in the data's schema, or a message naming what is wrong. */
export function asRecords(value: unknown) {
  const result = v.safeParse(RecordsSchema, value);
  if (!result.success)
    throw new ReviewError(result.issues.map((i) => schemaProblem('the request', i)).join('\n'));
  return { ...result.output, source: asSource(result.output.source) };
}

/** What the reviewer's input must be before anything is drafted. */
function checkSource(source: ReviewSource): void {
  if (!/^[a-z0-9][a-z0-9_.-]*$/.test(source.id))
    throw new ReviewError(
      `the id "${source.id.slice(0, 60)}" must start with a lower-case letter or a digit and hold only those, "_", "-" and "."`,
    );
  if (!isDay(source.published))
    throw new ReviewError(
      `the publication date "${source.published}" is not a day written YYYY-MM-DD`,
    );
  if (!/[\p{L}\p{N}]/u.test(source.text))
    throw new ReviewError('the text holds no letter or digit: there is nothing to draft from');
}

export class Review {
  readonly places: Place[];
  private readonly geoparser: Geoparser;

  readonly dataRoot: string;

  /** `dataRoot` holds data/ (the project by default); the geodata is always the project's. */
  constructor(dataRoot = ROOT) {
    this.dataRoot = dataRoot;
    const raw = readRawData(dataRoot);
    const curated = (raw['data/gazetteer.json'] as { places: Place[] }).places;
    this.places = allPlaces(curated);
    this.geoparser = createGeoparser(this.places);
  }

  private texts(extra?: ReviewSource) {
    const texts = readArticleTexts(undefined, this.dataRoot) ?? {};
    return extra ? { ...texts, [extra.id]: extra.text } : texts;
  }

  /** Problems with records of a new article, each by the record's id. */
  check(source: ReviewSource, article: Article, events: AtlasEvent[], figures: Figure[]) {
    const raw = readRawData(this.dataRoot);
    const result = validateWithSources(raw, this.texts());
    if (!result.ok)
      throw new ReviewError(
        `the data does not validate as it is:\n${result.errors.map(formatError).join('\n')}`,
      );
    const errors = checkDrafts(
      result.data,
      raw,
      { articles: [article], events, figures },
      this.texts(source),
    );
    const problems: Record<string, string[]> = {};
    for (const e of errors)
      (problems[e.id] ??= []).push(`${e.field}: ${e.expected}; found ${e.actual}`);
    return problems;
  }

  draft(source: ReviewSource): ReviewDrafts {
    checkSource(source);
    if (this.existingArticle(source.id))
      throw new ReviewError(
        `article ${source.id} is already in data/articles.json; give another id`,
      );
    const drafts = draftArticle(
      { ...source, file: `${source.id}.txt` },
      this.geoparser,
      this.places,
    );
    const problems = this.check(source, drafts.article, drafts.events, drafts.figures);
    const marks: Mark[] = [];
    const all = sentences(source.text);
    const byId = indexById(this.places);
    const mentions = this.geoparser.parse(source.text);
    for (const m of mentions)
      marks.push({
        start: m.start,
        end: m.end,
        kind: 'place',
        note: byId.get(m.placeId)?.name ?? m.placeId,
      });
    for (const s of all) {
      const raw = source.text.slice(s.start, s.end);
      const days = statedDays(s.text, { date: source.published, stated: true });
      if (days.length)
        marks.push({
          start: s.start,
          end: s.start,
          kind: 'day',
          note: [...new Set(days)].join(', '),
        });
      let from = 0;
      for (const q of quantitiesIn(raw)) {
        const at = raw.indexOf(q.text, from);
        if (at < 0) continue;
        from = at + q.text.length;
        marks.push({ start: s.start + at, end: s.start + from, kind: 'count', note: q.text });
      }
    }
    const named = new Set([
      ...drafts.events.flatMap((e) => e.places),
      ...mentions.map((m) => m.placeId),
    ]);
    return {
      drafts,
      problems,
      sentences: all.map(({ start, end }) => ({ start, end })),
      marks: marks.sort((a, b) => a.start - b.start),
      places: [...named].flatMap((id) => {
        const p = byId.get(id);
        return p
          ? [{ id: p.id, name: p.name, kind: p.kind, coordinates: p.coordinates, unit: p.unit }]
          : [];
      }),
    };
  }

  private existingArticle(id: string) {
    const raw = readRawData(this.dataRoot);
    return (raw['data/articles.json'] as { articles: Article[] }).articles.some((a) => a.id === id);
  }

  /**
   * Adds an article, its text and the accepted records to data/. The records are checked with
   * the rest of the data first; a problem leaves data/ as it was. The files are then written one
   * by one, each atomically, after a backup of all of them; a write that fails (a full disk)
   * puts every file back. Returns what `validate` says of data/ afterwards.
   */
  save(
    source: ReviewSource,
    article: Article,
    events: AtlasEvent[],
    figures: Figure[],
  ): { ok: true; message: string } | { ok: false; problems: string[] } {
    checkSource(source);
    if (article.id !== source.id) throw new ReviewError(`the article's id is not ${source.id}`);
    if (article.published.date !== source.published)
      throw new ReviewError(
        `the article's date, ${article.published.date}, is not the publication date given, ${source.published}`,
      );
    // Where its text is kept is not the reviewer's to choose.
    article = { ...article, file: `${source.id}.txt` };
    if (this.existingArticle(source.id))
      throw new ReviewError(
        `article ${source.id} is already in data/articles.json; give another id`,
      );
    const root = this.dataRoot;
    const raw = readRawData(root);
    const curated = (raw['data/gazetteer.json'] as { places: Place[] }).places;
    const known = new Set(curated.map((p) => p.id));
    // A place of the country-wide gazetteer joins the curated one, with its source.
    const byId = new Map(this.places.map((p) => [p.id, p]));
    const added = [...new Set(events.flatMap((e) => e.places))]
      .filter((id) => !known.has(id) && byId.has(id))
      .map((id) => byId.get(id)!);
    const next = {
      'data/articles.json': {
        articles: [...(raw['data/articles.json'] as { articles: Article[] }).articles, article],
      },
      'data/gazetteer.json': { places: [...curated, ...added] },
      'data/events.json': {
        ...(raw['data/events.json'] as object),
        events: [...(raw['data/events.json'] as { events: AtlasEvent[] }).events, ...events],
      },
      'data/figures.json': {
        figures: [...(raw['data/figures.json'] as { figures: Figure[] }).figures, ...figures],
      },
    };
    const result = validateWithSources({ ...raw, ...next } as typeof raw, this.texts(source));
    if (!result.ok) return { ok: false, problems: result.errors.map(formatError) };

    const texts = join(root, ADDED_TEXTS);
    const textFile = join(texts, `${source.id}.txt`);
    if (existsSync(textFile))
      throw new ReviewError(`${ADDED_TEXTS}/${source.id}.txt exists already; give another id`);
    const files: [string, string][] = [
      [
        'data/articles.json',
        appendArticle(readFileSync(join(root, 'data/articles.json'), 'utf8'), article),
      ],
      ['data/gazetteer.json', recordsText(next['data/gazetteer.json'], JSON.stringify)],
      ['data/events.json', recordsText(next['data/events.json'], spaced)],
      ['data/figures.json', recordsText(next['data/figures.json'], spaced)],
    ];
    // The earlier state, kept aside until the save holds: a save that fails leaves the last
    // good save's backup (and its Undo) as it was.
    const pending = join(root, `${BACKUP}.new`);
    rmSync(pending, { recursive: true, force: true });
    mkdirSync(pending, { recursive: true });
    for (const f of SAVED) copyFileSync(join(root, f), join(pending, basename(f)));
    const putBack = () => {
      for (const f of SAVED)
        writeAtomic(join(root, f), readFileSync(join(pending, basename(f)), 'utf8'), 'undo');
      rmSync(textFile, { force: true });
      removeIfEmpty(texts);
      rmSync(pending, { recursive: true, force: true });
    };
    try {
      mkdirSync(texts, { recursive: true });
      writeAtomic(textFile, source.text);
      for (const [file, text] of files) writeAtomic(join(root, file), text);
    } catch (e) {
      putBack();
      throw new ReviewError(`${(e as Error).message}; nothing was changed`);
    }
    // Checked again as written: anything short of valid is put back.
    const after = validateWithSources(readRawData(root), this.texts());
    if (!after.ok) {
      putBack();
      return { ok: false, problems: after.errors.map(formatError) };
    }
    // What the save wrote, so that Undo can tell whether anything changed since.
    writeFileSync(
      join(pending, 'saved.json'),
      JSON.stringify({
        text: textFile,
        hashes: Object.fromEntries(SAVED.map((f) => [f, hashOf(join(root, f))])),
      }),
    );
    rmSync(join(root, BACKUP), { recursive: true, force: true });
    renameSync(pending, join(root, BACKUP));
    return {
      ok: true,
      message: `saved ${article.id}: ${events.length} event(s), ${figures.length} figure(s)${added.length ? `, ${added.length} place(s) added to the gazetteer` : ''}; validate: the data is valid, every quote found in its article and every claim stated by its quotes`,
    };
  }

  /** Whether there is a save to undo. */
  canUndo(): boolean {
    return existsSync(join(this.dataRoot, BACKUP, 'saved.json'));
  }

  /**
   * Puts data/ back as it was before the last save; refused where data/ changed since the save
   * (Undo would lose those changes).
   */
  undo(): string {
    const root = this.dataRoot;
    const dir = join(root, BACKUP);
    if (!this.canUndo()) throw new ReviewError('there is no save to undo');
    const saved = JSON.parse(readFileSync(join(dir, 'saved.json'), 'utf8')) as {
      text: string;
      hashes: Record<string, string>;
    };
    const changed = SAVED.filter((f) => hashOf(join(root, f)) !== saved.hashes[f]);
    if (changed.length)
      throw new ReviewError(
        `${changed.join(', ')} changed since the save; undoing it would lose those changes, so it is not undone`,
      );
    // Under a temporary name of its own: what stopped a save must not stop its undoing.
    for (const f of SAVED)
      writeAtomic(join(root, f), readFileSync(join(dir, basename(f)), 'utf8'), 'undo');
    rmSync(saved.text, { force: true });
    removeIfEmpty(dirname(saved.text));
    rmSync(dir, { recursive: true, force: true });
    return 'the last save is undone: data/ is as it was';
  }
}

function hashOf(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function removeIfEmpty(dir: string): void {
  if (existsSync(dir) && !readdirSync(dir).length) rmSync(dir, { recursive: true, force: true });
}

/** Written beside itself and renamed over, so that a reader never sees half a file. */
function writeAtomic(path: string, text: string, tag = 'tmp'): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${tag}`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Something else stands at the temporary path; it is not ours to remove.
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReviewError(
      `could not write ${path}${code === 'ENOSPC' ? ': the disk is full' : code ? ` (${code})` : ''}`,
    );
  }
}

/** JSON with a space after each colon and comma, as the data files are written. */
function spaced(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(spaced).join(', ')}]`;
  if (v && typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}: ${spaced(x)}`)
      .join(', ')}}`;
  return JSON.stringify(v);
}

/** A data file with one record per line (events, figures, the gazetteer). */
function recordsText(file: object, record: (v: unknown) => string): string {
  const parts = Object.entries(file).map(([k, v]) =>
    Array.isArray(v)
      ? `${JSON.stringify(k)}: [\n${v.map((r) => '  ' + record(r)).join(',\n')}\n]`
      : `${JSON.stringify(k)}: ${record(v)}`,
  );
  return `{\n${parts.join(',\n')}\n}\n`;
}

/** articles.json with one more article at the end, the rest of the file as it stands. */
function appendArticle(text: string, article: Article): string {
  const end = text.lastIndexOf('\n  ]');
  if (end < 0) throw new ReviewError('data/articles.json does not end with its list of articles');
  const block = JSON.stringify(article, null, 2).replace(/^/gm, '    ');
  return `${text.slice(0, end)},\n${block}${text.slice(end)}`;
}
