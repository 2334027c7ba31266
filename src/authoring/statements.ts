/**
 * Sentences as a reader sees them, and the statements of an article that a dataset must account
 * for: every sentence that names a place, states a day or gives a count. The coverage test maps
 * each one to the record that holds it, or to the reason it is left out.
 */
import type { Geoparser } from './geoparser.ts';
import { quantitiesIn } from './quantity.ts';
import { statedDays, type ArticleDate } from './statedDays.ts';

export interface Sentence {
  /** Offsets in the text (UTF-16 code units): the sentence is text.slice(start, end). */
  start: number;
  end: number;
  /** The sentence with each run of white space (line breaks too) as one space. */
  text: string;
}

/**
 * Words that end with a full stop inside a sentence: titles, months and weekdays, and their
 * Russian and Kazakh kin. A single capital with a full stop is an initial ("K. Tokayev").
 */
const ABBREVIATION = new RegExp(
  String.raw`(?:^|[\s(«"“-])(?:` +
    [
      'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec',
      'Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun',
      'Mr|Mrs|Ms|Dr|St|Mt|Gen|Col|Lt|Maj|Capt|Sgt|Cpl|Gov|Sen|Rep|Prof|Rev|Jr|Sr|Adm|Cmdr|Supt',
      'No|Nos|vs|approx|est|Inc|Co|Corp|Ltd|Dept|Univ|Ave|Blvd|Rd|Sq',
      'ул|пр|просп|пл|им|см|тыс|млн|млрд|руб|чел|обл|ген|полк|подп|ст|т\\.е|т\\.д|т\\.п|т\\.к|др|пер',
      'янв|фев|февр|мар|апр|авг|сен|сент|окт|ноя|нояб|дек|пн|вт|ср|чт|пт|сб|вс',
      // "в г. Талдыкорган": the town, after a preposition (a year's "г." may end a sentence).
      '(?<=(?:^|\\s)(?:в|во|из|до|под|над|у|к)\\s)г',
      '\\p{Lu}',
    ].join('|') +
    String.raw`)\.["”»)]*\s*$`,
  'u',
);

/** Letters that end a sentence, with the quotes and brackets that may close it. */
const TERMINAL = /[.!?…]["”»’)\]]*$/u;

/** A line that ends on a comma, a dash or a little word goes on in the next line. */
const CARRIES_ON =
  /(?:[,;:\-–—(]|(?:^|\s)(?:and|or|but|the|a|an|of|in|on|at|to|for|with|by|from|as|that|и|в|во|на|с|со|по|к|о|об|от|из|за|же|а|но|мен|және|пен|бен|да|де))$/iu;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/**
 * Where the text's line breaks end a block (a paragraph, a heading, a dateline on a line of
 * its own): a blank line, or a short line that does not end a sentence. Every other line
 * break is a hard wrap, read as a space. Returns the text with those wraps made spaces,
 * offsets unchanged.
 */
function unwrap(text: string): string {
  const lines = text.split('\n');
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0);
  // The wrap width: the length most lines come close to (the 90th percentile).
  const width = [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length * 0.9)] ?? 0;
  const short = (line: string) => line.length < width * 0.7;
  let out = '';
  // Whether the line at hand opens a block (the text's first line, or one after a break).
  let opens = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    out += line;
    if (i === lines.length - 1) break;
    const here = line.trim();
    const next = lines[i + 1]!.trim();
    const heading: boolean =
      opens &&
      short(here) &&
      !TERMINAL.test(here) &&
      !CARRIES_ON.test(here) &&
      /^["“«(]?[\p{Lu}\p{N}]/u.test(next);
    const block: boolean =
      !here ||
      !next ||
      heading ||
      /^[-*•–—]\s/.test(next) ||
      // A line that ends a sentence well short of the width ends its paragraph.
      (TERMINAL.test(here) && short(here));
    out += block ? '\n' : ' ';
    opens = block;
  }
  return out;
}

/** A full stop, and the space before a number that starts the next sentence. */
const BEFORE_NUMBER = /(?<=[\p{L}\p{N}][.!?]["”»)]*)\s+(?=\d)/gu;

/**
 * The Unicode rules do not end a sentence before a number ("… set on fire. 2022 was …"):
 * split there too, unless the full stop ends an abbreviation ("Jan. 5", "No. 4").
 */
function atNumbers(flat: string, part: { start: number; end: number }) {
  const out = [{ ...part }];
  const body = flat.slice(part.start, part.end);
  for (const m of body.matchAll(BEFORE_NUMBER)) {
    const at = part.start + m.index;
    if (ABBREVIATION.test(flat.slice(Math.max(part.start, at - 12), at))) continue;
    out.at(-1)!.end = at;
    out.push({ start: at, end: part.end });
  }
  return out;
}

/** Where a window may end: after a sentence's last mark and the space that follows it. */
const WINDOW_END = /[.!?…]["”»’)\]]*\s+/;
const WINDOW = 2000;

/**
 * The Unicode sentence segments of a block, found a window of about 2,000 characters at a
 * time: V8's segmenter takes time quadratic in the length of the string it is given. A window
 * ends after a full stop and a space (or, in text without one, at a space or anywhere), and
 * the joining in sentences() mends a cut that was not a sentence's end.
 */
function* segments(block: string): Generator<{ index: number; segment: string }> {
  for (let at = 0; at < block.length;) {
    let end = block.length;
    if (end - at > WINDOW * 1.5) {
      // Looked for in a bounded stretch, so that text without full stops stays linear.
      const stretch = block.slice(at + WINDOW, at + WINDOW * 4);
      const stop = WINDOW_END.exec(stretch);
      const space = stretch.indexOf(' ');
      end = at + WINDOW + (stop ? stop.index + stop[0].length : space >= 0 ? space + 1 : 0);
    }
    for (const seg of segmenter.segment(block.slice(at, end)))
      yield { index: at + seg.index, segment: seg.segment };
    at = end;
  }
}

/**
 * The sentences of a text, headings and datelines on their own lines included: the Unicode
 * sentence rules (Intl.Segmenter) within each block of unwrapped text, joined again after an
 * abbreviation or an initial, or where the next part starts in lower case.
 */
export function sentences(text: string): Sentence[] {
  const flat = unwrap(text);
  const out: Sentence[] = [];
  let blockStart = 0;
  for (const block of flat.split('\n')) {
    const parts: { start: number; end: number }[] = [];
    for (const seg of segments(block)) {
      const start = blockStart + seg.index;
      const end = start + seg.segment.length;
      const last = parts.at(-1);
      // Only the end of the part so far: testing all of it would make a long run quadratic.
      const before = last ? flat.slice(Math.max(last.start, last.end - 32), last.end) : '';
      const joins =
        last &&
        (ABBREVIATION.test(before) ||
          !TERMINAL.test(before.trimEnd()) ||
          /^\s*["“«(]?\p{Ll}/u.test(seg.segment));
      if (joins) last.end = end;
      else parts.push({ start, end });
    }
    for (const p of parts.flatMap((part) => atNumbers(flat, part))) {
      const raw = text.slice(p.start, p.end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
      const start = p.start + lead;
      out.push({ start, end: start + trimmed.length, text: trimmed.replace(/\s+/g, ' ') });
    }
    blockStart += block.length + 1;
  }
  return out;
}

/** The sentences that name a place, state a day or give a count. */
export function statements(text: string, article: ArticleDate, geoparser: Geoparser): Sentence[] {
  return sentences(text).filter(
    (s) =>
      geoparser.parse(s.text).length > 0 ||
      statedDays(s.text, article).length > 0 ||
      quantitiesIn(s.text).length > 0,
  );
}
