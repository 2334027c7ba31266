/**
 * Finds every gazetteer place named in a text: case-insensitive, whole words, longest match
 * first, Latin and Cyrillic. Offsets are UTF-16 code-unit offsets (what String.slice takes).
 *
 * The scan walks a trie of the folded aliases character by character, allocating nothing per
 * word, so its cost grows with the text and hardly with the number of aliases. What is found
 * then passes the precision rules (see `accept`, `resolve`):
 *  - a capitalised name matches only capitalised text ("an oral briefing" is not Oral); an
 *    acronym only as written ("tell us" is not the US), and not in a line in capitals;
 *  - a name that is also a common word ("Oral") needs a cue: "in", "near", "from", "to"
 *    before it, "city", "region", "oblast", "district" after it, or a list of places it is in;
 *  - a given name is not a place ("Nursultan Nazarbayev" is not Nur-Sultan);
 *  - a name several places share is resolved curated place first, then administrative
 *    centre, then a clearly larger population, then a region already named nearby; the
 *    reason is given with the mention.
 */
import { indexById } from '../model/indexById.ts';
import type { Place } from '../model/schema.ts';
import { caseForms } from './caseForms.ts';

export interface Mention {
  start: number;
  end: number;
  text: string;
  placeId: string;
  name: string;
  kind: Place['kind'];
  coordinates: [number, number];
  /** For a name several places share: why this one was taken. */
  reason?: string;
}

export interface Geoparser {
  parse(text: string): Mention[];
}

interface Alias {
  place: Place;
  /** Written with a capital ("Oral"), so it matches only capitalised text. */
  capitalised: boolean;
  /** All-capital acronyms such as "US" match only as written, so the pronoun "us" does not. */
  acronym: string | null;
  /** Also a common word: matches only with a cue. */
  common: boolean;
}

/** A stretch of text that names one or more places (all sharing the alias found there). */
interface Span {
  start: number;
  end: number;
  aliases: Alias[];
}

// Character classes and case folding, per UTF-16 code unit, worked out on first use.
// FOLDED[c]: 0 not yet known; otherwise the folded code + 1. CLASS[c]: 1 word, 2 joiner, 3 other.
const FOLDED = new Uint16Array(65536);
const KAZAKH_AS_RUSSIAN: Record<string, string> = {
  і: 'и',
  ү: 'у',
  ұ: 'у',
  қ: 'к',
  ғ: 'г',
  ң: 'н',
  ә: 'а',
  ө: 'о',
  һ: 'х',
};
const CLASS = new Uint8Array(65536);
const WORD_RE = /^[\p{L}\p{N}_]$/u;
const JOINER_RE = /^[\s\-'’‘ʼ]$/u;
function classify(code: number): number {
  const ch = String.fromCharCode(code);
  const cls = WORD_RE.test(ch) ? 1 : JOINER_RE.test(ch) ? 2 : 3;
  CLASS[code] = cls;
  let lower = ch === 'İ' ? 'i' : ch.toLowerCase();
  if (lower === 'ё') lower = 'е';
  // Kazakh letters as Russian spells the same names ("Текелі", "Текели"; "Қапшағай", "Капшагай").
  lower = KAZAKH_AS_RUSSIAN[lower] ?? lower;
  FOLDED[code] = (lower.length === 1 ? lower.charCodeAt(0) : code) + 1;
  return cls;
}
const classOf = (code: number) => CLASS[code] || classify(code);
const foldCode = (code: number) => (FOLDED[code] || (classify(code), FOLDED[code]!)) - 1;
const SPACE = 32;
/** Each folded letter and the letters folded to it, as a character class. */
const SAME_LETTER: Record<string, string> = { е: '[её]' };
for (const [kazakh, russian] of Object.entries(KAZAKH_AS_RUSSIAN))
  SAME_LETTER[russian] =
    `[${russian}${kazakh}${SAME_LETTER[russian]?.slice(1, -1).replace(russian, '') ?? ''}]`;

const WORD = /[\p{L}\p{N}_]+/gu;
const isAcronym = (alias: string) => /^\p{Lu}{2,}$/u.test(alias);
function foldWord(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) out += String.fromCharCode(foldCode(w.charCodeAt(i)));
  return out;
}
/** An alias as the trie holds it: folded words joined by single spaces. */
const aliasKey = (alias: string) => (alias.match(WORD) ?? []).map(foldWord).join(' ');

/**
 * The trie: the root's children by code (a direct table), every other node's children as a
 * sorted run of (code, node) pairs. Built from nested maps, then packed into typed arrays.
 */
class Trie {
  readonly root = new Int32Array(65536);
  first!: Int32Array;
  count!: Uint16Array;
  codes!: Uint16Array;
  nodes!: Int32Array;
  /** The aliases ending at each node. */
  readonly ends: (Alias[] | undefined)[] = [undefined];

  constructor(entries: [key: string, alias: Alias][]) {
    const children: Map<number, number>[] = [new Map()];
    for (const [key, alias] of entries) {
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        let next = children[node]!.get(code);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          this.ends.push(undefined);
          children[node]!.set(code, next);
        }
        node = next;
      }
      (this.ends[node] ??= []).push(alias);
    }
    const n = children.length;
    this.first = new Int32Array(n);
    this.count = new Uint16Array(n);
    const total = children.reduce((s, c) => s + c.size, 0);
    this.codes = new Uint16Array(total);
    this.nodes = new Int32Array(total);
    let at = 0;
    children.forEach((c, node) => {
      this.first[node] = at;
      this.count[node] = c.size;
      for (const [code, child] of [...c].sort((a, b) => a[0] - b[0])) {
        this.codes[at] = code;
        this.nodes[at++] = child;
      }
    });
    for (const [code, child] of children[0]!) this.root[code] = child;
  }

  /** The child of a node by code, or 0. */
  child(node: number, code: number): number {
    let lo = this.first[node]!;
    let hi = lo + this.count[node]! - 1;
    const codes = this.codes;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = codes[mid]!;
      if (c === code) return this.nodes[mid]!;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}

function aliasesOf(places: Place[]): [string, Alias][] {
  const out: [string, Alias][] = [];
  for (const place of places) {
    const common = new Set(place.commonNames ?? []);
    for (const alias of new Set([place.name, ...place.aliases])) {
      const first = alias[0]!;
      const entry: Alias = {
        place,
        capitalised: first !== first.toLowerCase(),
        acronym: isAcronym(alias) ? alias : null,
        common: common.has(alias),
      };
      for (const form of caseForms(alias)) {
        const key = aliasKey(form);
        if (key) out.push([key, entry]);
      }
    }
  }
  return out;
}

const capital = (c: string | undefined) => !!c && c !== c.toLowerCase();

/** Whether the line around an offset has letters but none in lower case (a headline in caps). */
function inCapitalsLine(text: string, at: number): boolean {
  let from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  // A long paragraph is not a headline; look at most 200 characters either side.
  from = Math.max(from, at - 200);
  to = Math.min(to, at + 200);
  const line = text.slice(from, to);
  return !/\p{Ll}/u.test(line);
}

/**
 * Whether one alias may be read at [start, end): the case rules, and a name is not part of a
 * longer hyphenated name ("Petropavlovsk-Kamchatsky" is not Petropavlovsk) unless the other
 * part is a name too ("Kazakhstan-Italy"); a lower-case part ("Almaty-based") does not make a
 * longer name.
 */
function accept(
  text: string,
  start: number,
  end: number,
  alias: Alias,
  isName: (word: string) => boolean,
): boolean {
  if (alias.acronym) return text.startsWith(alias.acronym, start) && !inCapitalsLine(text, start);
  if (alias.capitalised && !capital(text[start])) return false;
  if (text[end] === '-' && capital(text[end + 1])) {
    const next = /^[\p{L}\p{N}_]+/u.exec(text.slice(end + 1, end + 41))![0];
    if (!isName(next)) return false;
  }
  if (text[start - 1] === '-') {
    const prev = /[\p{L}\p{N}_]+$/u.exec(text.slice(Math.max(0, start - 40), start - 1))?.[0];
    if (prev && capital(prev[0]) && !isName(prev)) return false;
  }
  return true;
}

/** Cues that a common-word name is a place. */
const CUE_BEFORE = /(?:^|[^\p{L}])(?:in|near|from|to|at|outside|around|в|из|под)\s+$/iu;
const CUE_AFTER = /^\s+(?:city|town|region|oblast|district|province|area)\b/iu;
/** A given name followed by a patronymic or family name: "Nursultan Nazarbayev". */
const SURNAME_AFTER =
  /^\s+\p{Lu}\p{L}*(?:ov|ev|yev|in|ova|eva|ina|uly|uli|kyzy|enko|sky|ovich|evich|ов|ев|ин|ова|ева|ина|ұлы|улы|қызы|кызы)(?!\p{L})/u;
const REGION_AFTER = /^[\s-]+(?:region|oblast|province)\b/iu;
const LIST_GAP = /^(?:[\s,()]|\band\b|(?<!\p{L})и(?!\p{L}))*$/u;

const CENTRE_RANK = { capital: 3, region: 2, district: 1 } as const;
const isCurated = (p: Place) => p.source.dataset !== 'geonames';

/** Chooses one of the places a name may mean, with the reason when there was a choice. */
function choose(
  candidates: Place[],
  unitsNearby: () => ReadonlySet<string>,
  unitName: (id: string) => string,
): { place: Place; reason?: string } {
  if (candidates.length === 1) return { place: candidates[0]! };
  const curated = candidates.filter(isCurated);
  if (curated.length) {
    return {
      place: curated[0]!,
      reason: curated.length === candidates.length ? undefined : 'curated gazetteer first',
    };
  }
  const rank = (p: Place) => (p.centre ? CENTRE_RANK[p.centre] : 0);
  const top = Math.max(...candidates.map(rank));
  const centres = candidates.filter((p) => rank(p) === top);
  if (top > 0 && centres.length === 1)
    return { place: centres[0]!, reason: `administrative centre (${centres[0]!.centre})` };
  const byPopulation = [...centres].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  const [big, next] = [byPopulation[0]!, byPopulation[1]!];
  if ((big.population ?? 0) >= 5 * (next.population ?? 0))
    return {
      place: big,
      reason: `far larger population (${big.population} against ${next.population ?? 0})`,
    };
  const nearby = unitsNearby();
  const near = centres.filter((p) => p.unit && nearby.has(p.unit));
  if (near.length === 1)
    return { place: near[0]!, reason: `in ${unitName(near[0]!.unit!)}, named nearby` };
  return {
    place: big,
    reason: `larger population (${big.population} against ${next.population ?? 0}); nothing else tells them apart`,
  };
}

/** Characters before a mention within which a named region counts as "nearby". */
const NEARBY = 1500;

/**
 * The shared second stage of both scans: the cue and given-name rules, then one place per
 * span, then region lists.
 */
function resolve(
  text: string,
  spans: Span[],
  byId: ReadonlyMap<string, Place>,
  isName: (word: string) => boolean,
): Mention[] {
  const out: { start: number; end: number; place: Place; reason?: string }[] = [];
  const unitName = (id: string) => byId.get(id)?.name ?? id;
  const nearbyUnits = (at: number) => {
    const units = new Set<string>();
    for (let k = out.length - 1; k >= 0 && out[k]!.end >= at - NEARBY; k--)
      if (out[k]!.place.unit) units.add(out[k]!.place.unit!);
    return units;
  };
  spans.forEach((span, index) => {
    // Most names are followed by neither a capitalised word nor "region": test the
    // characters before building the strings the rules read.
    const c1 = text.charCodeAt(span.end);
    const followed = c1 === 32 || c1 === 45 || c1 === 160;
    const after = followed ? text.slice(span.end, span.end + 40) : '';
    if (followed && capital(text[span.end + 1])) {
      const surname = SURNAME_AFTER.exec(after);
      if (surname && !isName(surname[0].trim())) return;
    }
    let aliases = span.aliases;
    if (aliases.some((a) => a.common)) {
      const prev = out[out.length - 1];
      const next = spans[index + 1];
      const cued =
        CUE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)) ||
        CUE_AFTER.test(after) ||
        (!!prev && LIST_GAP.test(text.slice(prev.end, span.start))) ||
        (!!next && LIST_GAP.test(text.slice(span.end, next.start)));
      if (!cued) aliases = aliases.filter((a) => !a.common);
      if (!aliases.length) return;
    }
    let place = aliases[0]!.place;
    let reason: string | undefined;
    if (aliases.length > 1) {
      const places = [...new Set(aliases.map((a) => a.place))];
      ({ place, reason } = choose(places, () => nearbyUnits(span.start), unitName));
    }
    // "the Kostanai region": a city's name with "region" after it names its region.
    const region = place.regionReading && followed ? REGION_AFTER.exec(after) : null;
    const regionPlace = region ? byId.get(place.regionReading!) : undefined;
    out.push({
      start: span.start,
      end: regionPlace ? span.end + region![0].length : span.end,
      place: regionPlace ?? place,
      ...(reason ? { reason } : {}),
    });
  });
  return readRegionLists(text, out, byId).map(({ start, end, place, reason }) => ({
    start,
    end,
    text: text.slice(start, end),
    placeId: place.id,
    name: place.name,
    kind: place.kind,
    coordinates: place.coordinates,
    ...(reason ? { reason } : {}),
  }));
}

export function createGeoparser(places: Place[]): Geoparser {
  const aliases = aliasesOf(places);
  const trie = new Trie(aliases);
  const byId = indexById(places);
  const firstWords = new Set(aliases.map(([key]) => key.split(' ')[0]!));
  const isName = (word: string) => firstWords.has(foldWord(word));
  // Ends of the aliases found at one start, shortest first (an alias has at most 64 words).
  const endNodes = new Int32Array(64);
  const endOffsets = new Int32Array(64);

  function parse(text: string): Mention[] {
    const spans: Span[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (classOf(c) !== 1) {
        i++;
        continue;
      }
      // A word starts at i: follow the trie as far as the text allows.
      let node = trie.root[foldCode(c)]!;
      let j = i + 1;
      let found = 0;
      while (node) {
        const code = j < n ? text.charCodeAt(j) : 0;
        const cls = j < n ? classOf(code) : 3;
        if (cls === 1) {
          node = trie.child(node, foldCode(code));
          j++;
          continue;
        }
        // At a word's end: an alias may end here, or go on after a joiner.
        if (trie.ends[node] && found < 64) {
          endNodes[found] = node;
          endOffsets[found++] = j;
        }
        if (cls !== 2) break;
        let k = j;
        while (k < n && classOf(text.charCodeAt(k)) === 2) k++;
        if (k === n || classOf(text.charCodeAt(k)) !== 1) break;
        node = trie.child(node, SPACE);
        j = k;
      }
      let taken = false;
      for (let f = found - 1; f >= 0 && !taken; f--) {
        const end = endOffsets[f]!;
        const ends = trie.ends[endNodes[f]!]!;
        const ok =
          ends.length === 1
            ? accept(text, i, end, ends[0]!, isName)
              ? ends
              : []
            : ends.filter((a) => accept(text, i, end, a, isName));
        if (ok.length) {
          spans.push({ start: i, end, aliases: ok });
          i = end;
          taken = true;
        }
      }
      if (!taken) while (i < n && classOf(text.charCodeAt(i)) === 1) i++;
    }
    return resolve(text, spans, byId, isName);
  }
  return { parse };
}

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
    if (next && next.start - out[i]!.end < 40 && LIST_GAP.test(text.slice(out[i]!.end, next.start)))
      continue;
    // out[first..i] is one list; it is a list of regions if "regions"/"areas" follows it.
    const end = out[i]!.end;
    const c = text.charCodeAt(end);
    if ((c <= 32 || c === 41 || c === 160) && REGIONS_AFTER.test(text.slice(end, end + 40))) {
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
  const patterns: { re: RegExp; alias: Alias; length: number }[] = [];
  const firstWords = new Set<string>();
  for (const [key, alias] of aliasesOf(places)) {
    const ws = key.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Case by the flags; ё and the Kazakh letters by a class each; joiners as in the trie.
    const body = ws
      .map((w) => w.replace(/[еиукгнаох]/g, (c) => SAME_LETTER[c]!))
      .join("[\\s\\-'’‘ʼ]+");
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'giu');
    patterns.push({ re, alias, length: key.length });
    firstWords.add(ws[0]!);
  }
  const isName = (word: string) => firstWords.has(foldWord(word));
  return {
    parse(text) {
      const all: { start: number; end: number; alias: Alias }[] = [];
      for (const p of patterns)
        for (const m of text.matchAll(p.re)) {
          const [start, end] = [m.index, m.index + m[0].length];
          if (accept(text, start, end, p.alias, isName)) all.push({ start, end, alias: p.alias });
        }
      all.sort((a, b) => a.start - b.start || b.end - a.end);
      const spans: Span[] = [];
      for (const m of all) {
        const last = spans[spans.length - 1];
        if (last && last.start === m.start && last.end === m.end) last.aliases.push(m.alias);
        else if (!last || m.start >= last.end)
          spans.push({ start: m.start, end: m.end, aliases: [m.alias] });
      }
      return resolve(text, spans, byId, isName);
    },
  };
}
