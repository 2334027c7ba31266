/**
 * The drafts file on disk, and its check: drafts are validated together with the atlas's data
 * and the country-wide gazetteer, by the same checks and the same support checker, and each
 * problem with a draft is reported against data/drafts.json.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { DRAFTS_FILE, DraftsFileSchema, type DraftsFile } from '../model/drafts.ts';
import { schemaProblem } from '../model/jsonText.ts';
import type { Dataset, RawDataFiles } from '../model/schema.ts';
import type { ArticleTexts, DataError } from '../model/validate.ts';
import { allPlaces, DataFileError, readJson, ROOT, validateWithSources } from './data.ts';

/** The drafts file, or an empty one when there is none. */
export function readDrafts(path = join(ROOT, DRAFTS_FILE)): DraftsFile {
  if (!existsSync(path)) return { articles: [], events: [], figures: [] };
  const result = v.safeParse(DraftsFileSchema, readJson(path, DRAFTS_FILE));
  if (!result.success)
    throw new DataFileError(result.issues.map((i) => schemaProblem(DRAFTS_FILE, i)).join('\n'));
  return result.output;
}

/**
 * Problems with the drafts: the data files as they are, with the drafts' articles, events and
 * figures added and every place of the country-wide gazetteer known, through the same checks.
 */
export function checkDrafts(
  data: Dataset,
  raw: RawDataFiles,
  drafts: DraftsFile,
  texts: ArticleTexts | undefined,
  root = ROOT,
): DataError[] {
  if (!drafts.articles.length && !drafts.events.length && !drafts.figures.length) return [];
  const places = allPlaces(data.places, root);
  const combined: RawDataFiles = {
    ...raw,
    'data/articles.json': { articles: [...data.articles, ...drafts.articles] },
    'data/gazetteer.json': { places },
    'data/events.json': { period: data.period, events: drafts.events },
    'data/figures.json': { figures: drafts.figures },
  };
  const result = validateWithSources(combined, texts);
  // One id, one record, across the data and the drafts.
  const taken = new Set(
    [...data.articles, ...data.events, ...data.figures, ...data.statuses, ...data.csto].map(
      (r) => r.id,
    ),
  );
  const clashes = [...drafts.articles, ...drafts.events, ...drafts.figures]
    .filter((r) => taken.has(r.id))
    .map((r): DataError => ({
      file: DRAFTS_FILE,
      id: r.id,
      field: 'id',
      expected: 'an id no record of the data has',
      actual: `"${r.id}", already the id of a record of the data`,
    }));
  if (result.ok) return clashes;
  const draftIds = new Set([
    ...drafts.articles.map((a) => a.id),
    ...drafts.events.map((e) => e.id),
    ...drafts.figures.map((f) => f.id),
  ]);
  // Every record checked here but the drafts passed on its own: a problem is a draft's.
  return [
    ...clashes,
    ...result.errors.map((e) => (draftIds.has(e.id) ? { ...e, file: DRAFTS_FILE } : e)),
  ];
}
