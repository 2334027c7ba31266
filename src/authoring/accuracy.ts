/**
 * A geoparser's accuracy on annotated texts, where `{{as written|id}}` marks each mention a
 * person found: the test texts' format (tests/fixtures/geoparser/README.md).
 */
import type { Geoparser } from './geoparser.ts';

export interface Annotated {
  file: string;
  text: string;
  mentions: { start: number; end: number; placeId: string }[];
}

/** `{{as written|id}}` marks a mention; the text is what remains with the marks taken out. */
export function readAnnotated(raw: string, file: string): Annotated {
  let text = '';
  let last = 0;
  const mentions: Annotated['mentions'] = [];
  for (const m of raw.matchAll(/\{\{([^|}]+)\|([^}]+)\}\}/g)) {
    text += raw.slice(last, m.index);
    const start = text.length;
    text += m[1];
    mentions.push({ start, end: text.length, placeId: m[2]! });
    last = m.index + m[0].length;
  }
  return { file, text: text + raw.slice(last), mentions };
}

export interface Score {
  expected: number;
  found: number;
  correct: number;
  missed: string[];
  wrong: string[];
}

/** A mention is correct when its offsets and its place are both right. */
export function score(parser: Geoparser, { text, mentions }: Annotated): Score {
  const key = (m: { start: number; end: number; placeId: string }) =>
    `${m.start}:${m.end}:${m.placeId}`;
  const show = (m: { start: number; end: number; placeId: string }) =>
    `${text.slice(m.start, m.end)} (${m.placeId}) at ${m.start}`;
  const expected = new Map(mentions.map((m) => [key(m), m]));
  const found = parser.parse(text);
  const got = new Set(found.map(key));
  return {
    expected: mentions.length,
    found: found.length,
    correct: found.filter((m) => expected.has(key(m))).length,
    missed: mentions.filter((m) => !got.has(key(m))).map(show),
    wrong: found.filter((m) => !expected.has(key(m))).map(show),
  };
}
