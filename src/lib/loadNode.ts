/**
 * Reading the data files and the articles from disk, for the command-line tools and the tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawDataFiles } from './schema.ts';
import type { UnitsCollection } from './exportDay.ts';
import { checkSupport } from './support.ts';
import {
  formatError,
  validateDataset,
  type ArticleTexts,
  type ValidationResult,
} from './validate.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The articles folder: $ARTICLES_DIR, or ../shared/seeds beside the project. */
export function articlesDir(): string {
  return process.env.ARTICLES_DIR
    ? resolve(process.env.ARTICLES_DIR)
    : resolve(ROOT, '../shared/seeds');
}

/** Article texts by id (the file name without .txt), or undefined when the folder is absent. */
export function readArticleTexts(dir = articlesDir()): ArticleTexts | undefined {
  if (!existsSync(dir)) return undefined;
  const texts: ArticleTexts = {};
  for (const f of readdirSync(dir))
    if (f.endsWith('.txt')) texts[f.slice(0, -4)] = readFileSync(join(dir, f), 'utf8');
  return texts;
}

export const DATA_FILES = [
  'data/articles.json',
  'data/gazetteer.json',
  'data/events.json',
  'data/statuses.json',
  'data/figures.json',
] as const;

export class DataFileError extends Error {}

function readJson(path: string, name: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DataFileError(`${name}: cannot read the file (${path})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataFileError(`${name}: not valid JSON (${(e as Error).message})`);
  }
}

export function readRawData(dataRoot = ROOT): RawDataFiles {
  const out = {} as Record<string, unknown>;
  for (const f of DATA_FILES) out[f] = readJson(join(dataRoot, f), f);
  return out as unknown as RawDataFiles;
}

export function readUnits(root = ROOT): UnitsCollection {
  return readJson(join(root, 'geo/units.geojson'), 'geo/units.geojson') as UnitsCollection;
}

/**
 * Validates the data files and, when the article texts are given, checks that every claim is
 * stated by its quotes (support.ts).
 */
export function validateWithSources(raw: RawDataFiles, texts?: ArticleTexts): ValidationResult {
  const result = validateDataset(raw, texts);
  if (!result.ok || !texts) return result;
  const errors = checkSupport(result.data, texts);
  return errors.length ? { ok: false, errors } : result;
}

/** The validated dataset; throws with every problem listed when the data is invalid. */
export function loadDataset(options: { root?: string; texts?: ArticleTexts } = {}) {
  const result: ValidationResult = validateWithSources(readRawData(options.root), options.texts);
  if (!result.ok) throw new DataFileError(result.errors.map(formatError).join('\n'));
  return result.data;
}
