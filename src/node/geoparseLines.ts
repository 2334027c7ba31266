/** The geoparser over a stream of articles as JSON lines (npm run geoparse -- --jsonl, the benchmark). */
import type { Readable, Writable } from 'node:stream';
import type { Geoparser } from '../authoring/geoparser.ts';

/** The longest line read: an article is far shorter; a stream with no line ends is not JSON lines. */
export const MAX_LINE_BYTES = 50_000_000;

type Line = { n: number; text: string } | { n: number; problem: string };

/**
 * The lines of a byte stream, each decoded as UTF-8 on its own: a line that is not UTF-8, or
 * longer than MAX_LINE_BYTES (read on to its end, unkept), comes back as a problem.
 */
async function* linesOf(input: Readable): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let n = 0;
  let tooLong = false;
  const end = (): Line => {
    n++;
    const bytes = Buffer.concat(parts);
    [parts, size] = [[], 0];
    if (tooLong)
      return ((tooLong = false), { n, problem: `longer than ${MAX_LINE_BYTES / 1e6} MB` });
    try {
      return { n, text: decoder.decode(bytes).replace(/\r$/, '') };
    } catch {
      return { n, problem: 'not UTF-8 text' };
    }
  };
  for await (const chunk of input) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    for (let at = buf.indexOf(10); at >= 0; at = buf.indexOf(10)) {
      if (!tooLong) parts.push(buf.subarray(0, at));
      yield end();
      buf = buf.subarray(at + 1);
    }
    size += buf.length;
    if (size > MAX_LINE_BYTES) [parts, tooLong] = [[], true];
    else if (buf.length) parts.push(buf);
  }
  if (size || parts.length || tooLong) yield end();
}

/** Reads articles as JSON lines and writes their mentions as JSON lines; returns the lines skipped. */
export async function geoparseLines(
  parser: Geoparser,
  input: Readable,
  output: Writable,
  report: (message: string) => void,
): Promise<number> {
  let skipped = 0;
  for await (const read of linesOf(input)) {
    const n = read.n;
    if ('problem' in read) {
      report(`line ${n}: ${read.problem}; skipped`);
      skipped++;
      continue;
    }
    const line = read.text;
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
