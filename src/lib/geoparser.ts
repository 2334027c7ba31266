/**
 * Finds every gazetteer place named in a text: case-insensitive, whole words, longest match
 * first, Latin and Cyrillic. Offsets are UTF-16 code-unit offsets (what String.slice takes).
 *
 * The text is scanned once, word by word; each word is looked up in an index of the aliases'
 * first words, so the cost grows with the text, not with the number of aliases.
 */
import { indexById } from './indexById.ts';
import type { Place } from './schema.ts';

export interface Mention {
  start: number;
  end: number;
  text: string;
  placeId: string;
  name: string;
  kind: Place['kind'];
  coordinates: [number, number];
}

interface Alias {
  words: string[];
  place: Place;
  /** Written with a capital ("Oral"), so it matches only capitalised text. */
  capitalised: boolean;
  /** All-capital acronyms such as "US" match only as written, so the pronoun "us" does not. */
  caseSensitive: boolean;
}

function toMention(
  text: string,
  { start, end, place }: { start: number; end: number; place: Place },
): Mention {
  return {
    start,
    end,
    text: text.slice(start, end),
    placeId: place.id,
    name: place.name,
    kind: place.kind,
    coordinates: place.coordinates,
  };
}

export interface Geoparser {
  parse(text: string): Mention[];
}

const WORD = /[\p{L}\p{N}_]+/gu;
/** Words of one name may be joined by spaces, hyphens or apostrophes ("Alma-Ata", "Alma Ata"). */
const JOINER = /^[\s\-'’‘]+$/u;

function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * A name written with a capital matches only where the text has one ("an oral statement" is
 * not Oral), and a name is not part of a longer hyphenated name ("Petropavlovsk-Kamchatsky"
 * is not Petropavlovsk) unless the other part is a name too ("Kazakhstan-Italy"); a
 * lower-case part ("Almaty-based") does not make a longer name.
 */
function standsAlone(
  text: string,
  start: number,
  end: number,
  capitalised: boolean,
  isName: (word: string) => boolean,
): boolean {
  const capital = (c: string | undefined) => !!c && c !== c.toLowerCase();
  if (capitalised && !capital(text[start])) return false;
  if (text[end] === '-' && capital(text[end + 1])) {
    const next = /^[\p{L}\p{N}_]+/u.exec(text.slice(end + 1))![0];
    if (!isName(next)) return false;
  }
  if (text[start - 1] === '-') {
    const prev = /[\p{L}\p{N}_]+$/u.exec(text.slice(Math.max(0, start - 40), start - 1))?.[0];
    if (prev && capital(prev[0]) && !isName(prev)) return false;
  }
  return true;
}

const isAcronym = (alias: string) => /^\p{Lu}{2,}$/u.test(alias);
const fold = (w: string) => w.toLowerCase();

function buildIndex(places: Place[]): Map<string, Alias[]> {
  const index = new Map<string, Alias[]>();
  for (const place of places) {
    for (const alias of new Set([place.name, ...place.aliases])) {
      const caseSensitive = isAcronym(alias);
      const ws = words(alias).map((w) => (caseSensitive ? w.word : fold(w.word)));
      if (!ws.length) continue;
      const key = ws[0]!;
      const list = index.get(key) ?? [];
      const first = alias[0]!;
      list.push({ words: ws, place, caseSensitive, capitalised: first !== first.toLowerCase() });
      index.set(key, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

// Whether each UTF-16 code unit is a word character (\p{L}, \p{N} or _), worked out on first use.
const WORD_CHAR = new Uint8Array(65536);
function isWordChar(code: number): boolean {
  let v = WORD_CHAR[code]!;
  if (v === 0) WORD_CHAR[code] = v = /^[\p{L}\p{N}_]$/u.test(String.fromCharCode(code)) ? 1 : 2;
  return v === 1;
}

/** Start and end offsets of every word: a hand-written scan, several times faster than a regex. */
function wordBounds(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let i = 0, n = text.length; i <= n; i++) {
    const word = i < n && isWordChar(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      starts.push(start);
      ends.push(i);
      start = -1;
    }
  }
  return { starts, ends };
}

export function createGeoparser(places: Place[]): Geoparser {
  const index = buildIndex(places);
  const byId = indexById(places);
  const isName = (word: string) => index.has(fold(word)) || index.has(word);

  function parse(text: string): Mention[] {
    // Lower-case once ("İ" would become two code units, so it is read as "I"); per word only
    // if some other character still changes length.
    const whole = text.replace(/İ/g, 'I').toLowerCase();
    const folded = whole.length === text.length ? whole : null;
    const { starts, ends } = wordBounds(text);
    const wordAt = (i: number, caseSensitive: boolean) => {
      if (caseSensitive) return text.slice(starts[i], ends[i]);
      return folded ? folded.slice(starts[i], ends[i]) : fold(text.slice(starts[i], ends[i]));
    };
    const found: { start: number; end: number; place: Place }[] = [];
    for (let i = 0; i < starts.length;) {
      const lower = wordAt(i, false);
      const insensitive = index.get(lower);
      // Acronyms are indexed as written; only a word with capitals can be one.
      const raw =
        folded && folded.charCodeAt(starts[i]!) === text.charCodeAt(starts[i]!)
          ? lower
          : text.slice(starts[i], ends[i]);
      const sensitive = raw !== lower ? index.get(raw) : undefined;
      let matched = 0;
      let matchedPlace: Place | undefined;
      for (const candidates of [insensitive, sensitive]) {
        if (!candidates) continue;
        for (const alias of candidates) {
          const n = alias.words.length;
          if (n <= matched || i + n > starts.length) continue;
          let ok = alias.caseSensitive ? raw === alias.words[0] : true;
          for (let k = 1; k < n && ok; k++) {
            ok =
              wordAt(i + k, alias.caseSensitive) === alias.words[k] &&
              JOINER.test(text.slice(ends[i + k - 1], starts[i + k]));
          }
          if (ok && standsAlone(text, starts[i]!, ends[i + n - 1]!, alias.capitalised, isName))
            [matched, matchedPlace] = [n, alias.place];
        }
      }
      if (matchedPlace) {
        found.push({ start: starts[i]!, end: ends[i + matched - 1]!, place: matchedPlace });
        i += matched;
      } else i++;
    }
    return readRegionLists(text, found, byId).map((m) => toMention(text, m));
  }
  return { parse };
}

/** Between two names of one list: commas, "and", brackets ("Zhambyl (Dzhambul)"). */
const LIST_GAP = /^(?:[\s,()]|\band\b)*$/u;
const REGIONS_AFTER = /^[\s)]*(?:regions|areas|oblasts|provinces)\b/iu;

/**
 * In "Aktobe, Atyrau and Kostanay regions" the names mean regions, not their cities. When a
 * name stands twice in such a list ("in Almaty, Almaty and Zhambyl regions") the first is
 * the city and the others the region.
 */
export function readRegionLists<T extends { start: number; end: number; place: Place }>(
  text: string,
  found: T[],
  byId: ReadonlyMap<string, Place>,
): T[] {
  const out = [...found];
  let first = 0;
  for (let i = 0; i < out.length; i++) {
    const next = out[i + 1];
    if (next && LIST_GAP.test(text.slice(out[i]!.end, next.start))) continue;
    // out[first..i] is one list; it is a list of regions if "regions"/"areas" follows it.
    if (REGIONS_AFTER.test(text.slice(out[i]!.end, out[i]!.end + 40))) {
      const seen = new Set<string>();
      const repeated = new Set<string>();
      for (let k = first; k <= i; k++) {
        const id = out[k]!.place.id;
        if (seen.has(id)) repeated.add(id);
        seen.add(id);
      }
      const kept = new Set<string>();
      for (let k = first; k <= i; k++) {
        const m = out[k]!;
        const region = m.place.regionReading ? byId.get(m.place.regionReading) : undefined;
        if (!region) continue;
        if (repeated.has(m.place.id) && !kept.has(m.place.id)) {
          kept.add(m.place.id);
          continue;
        }
        out[k] = { ...m, place: region };
      }
    }
    first = i + 1;
  }
  return out;
}

/**
 * The straightforward way: one regular expression per alias, then overlaps resolved by
 * position and length. Kept as a reference for the tests and the benchmark.
 */
export function createNaiveGeoparser(places: Place[]): Geoparser {
  const byId = indexById(places);
  const patterns: { re: RegExp; place: Place; length: number; capitalised: boolean }[] = [];
  const names = new Set<string>();
  for (const place of places) {
    for (const alias of new Set([place.name, ...place.aliases])) {
      const ws = words(alias).map((w) => w.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      if (!ws.length) continue;
      const flags = isAcronym(alias) ? 'gu' : 'giu';
      const re = new RegExp(
        `(?<![\\p{L}\\p{N}_])${ws.join("[\\s\\-'’‘]+")}(?![\\p{L}\\p{N}_])`,
        flags,
      );
      const first = alias[0]!;
      patterns.push({ re, place, length: ws.length, capitalised: first !== first.toLowerCase() });
      names.add(isAcronym(alias) ? ws[0]! : fold(ws[0]!));
    }
  }
  return {
    parse(text) {
      const all: { start: number; end: number; place: Place; length: number }[] = [];
      for (const p of patterns)
        for (const m of text.matchAll(p.re))
          if (
            standsAlone(
              text,
              m.index,
              m.index + m[0].length,
              p.capitalised,
              (w) => names.has(w) || names.has(fold(w)),
            )
          )
            all.push({
              start: m.index,
              end: m.index + m[0].length,
              place: p.place,
              length: p.length,
            });
      all.sort((a, b) => a.start - b.start || b.length - a.length);
      const kept: typeof all = [];
      for (const m of all) if (!kept.length || m.start >= kept[kept.length - 1]!.end) kept.push(m);
      return readRegionLists(text, kept, byId).map((m) => toMention(text, m));
    },
  };
}
