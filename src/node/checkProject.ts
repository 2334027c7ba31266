/**
 * Every check of the project's data, for `npm run validate` and for the build, which refuses to
 * write a site from data that fails them: the data files with their quotes and claims, geo/,
 * the tour and the drafts.
 */
import { join } from 'node:path';
import { DRAFTS_FILE } from '../model/drafts.ts';
import type { Dataset } from '../model/schema.ts';
import type { DataError } from '../model/validate.ts';
import { checkDrafts, readDrafts } from './drafts.ts';
import {
  articlesDir,
  readArticleTexts,
  readRawData,
  readTour,
  ROOT,
  validateGeo,
  validateWithSources,
} from './data.ts';

export interface ProjectCheck {
  errors: DataError[];
  /** What could not be checked, and why. */
  notes: string[];
  /** The data, when it holds. */
  data?: Dataset;
  tourStops: number;
  drafts: { articles: number; events: number; figures: number };
  quotesChecked: boolean;
}

/** Throws a DataFileError (naming the file) for a file that cannot be read or parsed. */
export function checkProject(root = ROOT): ProjectCheck {
  const texts = readArticleTexts(undefined, root);
  const notes = texts
    ? []
    : [`no articles at ${articlesDir()} (set ARTICLES_DIR); quotes and claims not checked`];
  const result = validateWithSources(readRawData(root), texts);
  const drafts = readDrafts(join(root, DRAFTS_FILE));
  const counts = {
    articles: drafts.articles.length,
    events: drafts.events.length,
    figures: drafts.figures.length,
  };
  if (!result.ok)
    return { errors: result.errors, notes, tourStops: 0, drafts: counts, quotesChecked: !!texts };
  // geo/ is checked once the data is sound: it needs the gazetteer's places.
  const tour = readTour(result.data, root);
  return {
    errors: [
      ...validateGeo(result.data.places, root),
      ...(tour.ok ? [] : tour.errors),
      ...checkDrafts(result.data, readRawData(root), drafts, texts, root),
    ],
    notes,
    data: result.data,
    tourStops: tour.ok ? tour.stops.length : 0,
    drafts: counts,
    quotesChecked: !!texts,
  };
}
