/** The geoparser over a stream of articles as JSON lines (npm run geoparse -- --jsonl, the benchmark). */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Geoparser } from '../authoring/geoparser.ts';

/** Reads articles as JSON lines and writes their mentions as JSON lines; returns the lines skipped. */
export async function geoparseLines(
  parser: Geoparser,
  input: Readable,
  output: Writable,
  report: (message: string) => void,
): Promise<number> {
  let n = 0;
  let skipped = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let article: { id?: unknown; text?: unknown };
    try {
      article = JSON.parse(line) as typeof article;
    } catch (e) {
      report(`line ${n}: not JSON (${(e as Error).message})`);
      skipped++;
      continue;
    }
    if (typeof article !== 'object' || article === null || typeof article.text !== 'string') {
      report(`line ${n}: expected an object with a string "text" (and an "id")`);
      skipped++;
      continue;
    }
    const out = JSON.stringify({ id: article.id ?? n, mentions: parser.parse(article.text) });
    // Wait while the reader is behind, so memory stays flat however long the stream.
    if (!output.write(out + '\n')) await new Promise((ok) => output.once('drain', ok));
  }
  return skipped;
}
