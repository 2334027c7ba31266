import {
  articlesDir,
  loadDataset,
  readArticleTexts,
  readRawData,
  readTour,
  readUnits,
} from '../src/node/data.ts';
import type { RawDataFiles } from '../src/model/schema.ts';

export const dataset = loadDataset();
export const units = readUnits();
export const tour = (() => {
  const result = readTour(dataset);
  if (!result.ok) throw new Error(`data/tour.json: ${JSON.stringify(result.errors)}`);
  return result.stops;
})();
export const articleTexts = readArticleTexts();
export const ARTICLES_DIR = articlesDir();

/** A fresh deep copy of the real data files, for tests that break one thing in them. */
export function rawCopy(): RawDataFiles {
  return structuredClone(readRawData());
}

/** The records of one array in a raw file, typed loosely so tests can mutate them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;
