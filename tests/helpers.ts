import { Atlas } from '../src/model/atlas.ts';
import {
  articlesDir,
  loadDataset,
  readArticleTexts,
  readRawData,
  readTour,
  readUnits,
} from '../src/node/data.ts';
import { format } from 'node:util';
import { vi } from 'vitest';
import type { Command } from '../src/cli/common.ts';
import type { RawDataFiles } from '../src/model/schema.ts';

export const dataset = loadDataset();
export const atlas = new Atlas(dataset);
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

/**
 * Runs a command-line tool's `main` in this process, as `npm run` would with `args`: its exit
 * status and everything it printed. `env` is set for the call only.
 */
export async function runCommand(
  main: Command,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const print =
    (to: keyof typeof out) =>
    (...xs: unknown[]) =>
      void (out[to] += format(...xs) + '\n');
  const write = (to: keyof typeof out) => (chunk: string | Uint8Array) => {
    out[to] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  };
  const spies = [
    vi.spyOn(console, 'log').mockImplementation(print('stdout')),
    vi.spyOn(console, 'error').mockImplementation(print('stderr')),
    vi.spyOn(process.stdout, 'write').mockImplementation(write('stdout') as never),
    vi.spyOn(process.stderr, 'write').mockImplementation(write('stderr') as never),
  ];
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  try {
    return { status: await main(args), ...out };
  } finally {
    for (const s of spies) s.mockRestore();
    vi.unstubAllEnvs();
  }
}
