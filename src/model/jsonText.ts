/**
 * Parses the text of a JSON data file, the same way in Node, in the build and in the page: a
 * leading byte-order mark is allowed, and a syntax error names the file, line and column.
 */
export class JsonTextError extends Error {
  override name = 'JsonTextError';
}

/** Line and column (from 1) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

export function parseJsonText(text: string, name: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : body.length;
    const { line, column } = lineColumn(body, offset);
    // V8 quotes a stretch of the text in its message; the line and column say where instead.
    const reason = message
      .replace(/,? ?"(?:[^"\\]|\\.)*"(?: is not valid JSON)?/, '')
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .trim();
    throw new JsonTextError(`${name}: not valid JSON at line ${line}, column ${column}: ${reason}`);
  }
}

/** A schema problem as one line that names the file and the field: "file: places.3.id: …". */
export function schemaProblem(file: string, issue: { message: string; path?: unknown }): string {
  const path = (issue.path as { key: unknown }[] | undefined)?.map((p) => String(p.key)).join('.');
  return `${file}: ${path || '(top)'}: ${issue.message}`;
}
