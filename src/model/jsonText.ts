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
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    // V8 gives no position for a word JSON does not have (NaN, Infinity): find the word.
    const offset = at ? Number(at[1]) : (strayWord(body) ?? body.length);
    const { line, column } = lineColumn(body, offset);
    // V8 quotes a stretch of the text in its message; the line and column say where instead.
    const token = /^Unexpected token '(.)'/.exec(message);
    const reason = token
      ? `unexpected "${token[1]}"`
      : message
          .replace(/,? ?"(?:[^"\\]|\\.)*"(?: is not valid JSON)?/, '')
          .replace(/ in JSON at position \d+.*$/s, '')
          .replace(/\s*\(line \d+ column \d+\)/, '')
          .split('\n')[0]!
          .trim();
    throw new JsonTextError(`${name}: not valid JSON at line ${line}, column ${column}: ${reason}`);
  }
  const twice = duplicateKey(body);
  if (twice) {
    const { line, column } = lineColumn(body, twice.at);
    throw new JsonTextError(
      `${name}: the key "${twice.key.slice(0, 40)}" stands twice in one object, at line ${line}, column ${column}; only the last would count`,
    );
  }
  const bad = prototypeKey(parsed);
  if (bad) throw new JsonTextError(`${name}: ${bad}: the key "__proto__" is not allowed in data`);
  return parsed;
}

/**
 * Where a "__proto__" key stands in parsed JSON, if anywhere (a path such as "events.0"). A
 * loop, not recursion: JSON nested thousands deep must not overflow the stack.
 */
function prototypeKey(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '(top)']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (Object.prototype.hasOwnProperty.call(v, '__proto__')) return path;
    for (const [k, x] of Object.entries(v))
      if (x && typeof x === 'object') stack.push([x, path === '(top)' ? k : `${path}.${k}`]);
  }
  return null;
}

/**
 * The first key that stands twice in one object, and where (JSON.parse keeps the last one
 * without a word, while a reader of the file sees the first). Assumes text that parses.
 */
function duplicateKey(text: string): { key: string; at: number } | null {
  const stack: { keys: Set<string> | null; expectKey: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const top = stack.at(-1);
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (top.keys.has(key)) return { key, at: start };
        top.keys.add(key);
        top.expectKey = false;
      }
    } else if (c === '{') stack.push({ keys: new Set(), expectKey: true });
    else if (c === '[') stack.push({ keys: null, expectKey: false });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && stack.at(-1)?.keys) stack.at(-1)!.expectKey = true;
  }
  return null;
}

/** Where the first word outside strings stands that JSON does not have (NaN, undefined…). */
function strayWord(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (/[A-Za-z_$]/.test(c)) {
      const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40))![0];
      if (!['true', 'false', 'null'].includes(word) && !/^[eE]\d*$/.test(word)) return i;
      i += word.length - 1;
    }
  }
  return undefined;
}

/** A schema problem as one line that names the file and the field: "file: places.3.id: …". */
export function schemaProblem(
  file: string,
  issue: { message: string; path?: unknown; type?: string },
): string {
  // A record in a list is named by its id as well as its place: "events.3 (id "x").date".
  const path = (issue.path as { key: unknown; value?: unknown }[] | undefined)
    ?.map((p) => {
      const id = (p.value as { id?: unknown } | null)?.id;
      return typeof p.key === 'number' && typeof id === 'string'
        ? `${p.key} (id ${JSON.stringify(id.slice(0, 80))})`
        : String(p.key);
    })
    .join('.');
  // A field no record of the kind has: a misspelling, or a field another version added.
  if (issue.type === 'strict_object')
    return `${file}: ${path}: a field this kind of record does not have (misspelt?); remove or correct it`;
  return `${file}: ${path || '(top)'}: ${issue.message}`;
}
