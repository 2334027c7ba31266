/**
 * Reads the counts a sentence states: "1,300", "1300", "11.5 thousand", "two thousand",
 * "about a thousand", "more than 350", "nearly 400", "dozens". The qualifier is part of the
 * value, so "more than 1,300" and "1,300" are different claims.
 *
 * - exact N            → { min: N, max: N }
 * - more than / over N → { min: N, max: null, qualifier: 'more than' } (N itself excluded)
 * - at least N         → { min: N, max: null, qualifier: 'at least' }
 * - nearly / almost N  → { min: null, max: N, approx: N, qualifier: 'nearly' } (N excluded)
 * - about / around N   → { min: null, max: null, approx: N, qualifier: 'about' }
 * - up to N            → { min: null, max: N, qualifier: 'up to' }
 * - dozens, hundreds, thousands: no number (the value is null; the word is the claim)
 */
import { KAZAKH_MONTHS } from '../model/days.ts';

export type Qualifier = 'more than' | 'at least' | 'nearly' | 'about' | 'up to';

export interface QuantityValue {
  min: number | null;
  max: number | null;
  approx?: number;
  qualifier?: Qualifier;
}

export interface Quantity {
  /** The words as they stand in the text. */
  text: string;
  /** null for a vague count ("dozens"), whose word is kept in `vague`. */
  value: QuantityValue | null;
  vague?: 'dozens' | 'hundreds' | 'thousands';
}

const UNITS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/^(?:more than|over|upwards of|более|свыше|больше)$/i, 'more than'],
  [/^(?:at least|не менее|по меньшей мере|как минимум|кемінде)$/i, 'at least'],
  [/^(?:nearly|almost|почти)$/i, 'nearly'],
  [
    /^(?:about|around|approximately|roughly|some|около|порядка|примерно|приблизительно|шамамен)$/i,
    'about',
  ],
  [/^up to$/i, 'up to'],
];

/** A number right after a month name is a day ("January 13"), not a count. */
const AFTER_MONTH = String.raw`(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s)`;
const WORD_NUMBER = `(?:${Object.keys(UNITS)
  .filter((w) => w !== 'a' && w !== 'an')
  .join('|')})`;
const SCALE = `(?:${Object.keys(SCALES).join('|')})`;
/**
 * One count: digits with optional thousands separators or decimals and an optional scale word
 * ("11.5 thousand"), or number words ("two thousand", "a thousand"), with the qualifier before.
 */
/** A number that is a day or a year ("5 января", "5 қаңтарда", "2022 жылғы"), not a count. */
const NOT_A_DATE = String.raw`(?!\s*[-–—]?\s*(?:\d{1,2}\s+)?(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|${KAZAKH_MONTHS.join('|')}|жыл|год|г\.))`;
const COUNT = new RegExp(
  String.raw`(?<qual>(?<![\p{L}])(?:more than|over|upwards of|at least|nearly|almost|about|around|approximately|roughly|some|up to|более|свыше|больше|не менее|по меньшей мере|как минимум|почти|около|порядка|примерно|приблизительно|кемінде|шамамен)\s+)?` +
    // Not an ordinal ("the 4th"), a time ("20:00") or part of a longer number.
    String.raw`(?:${AFTER_MONTH}(?<digits>(?<![\d.,:])\d{1,3}(?:,\d{3})+(?![\d,]*\d)|(?<![\d.,:])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|(?<![\d.,:])\d+(?:\.\d+)?)(?!st\b|nd\b|rd\b|th\b|[\d:])${NOT_A_DATE}(?:\s+(?<dscale>${SCALE}(?=s?\b)|мың|тыс\.|тысяч\p{L}*|млн\.?|миллион\p{L}*)s?)?` +
    // Kazakh puts "more than" and "nearly" after the number: "200-ден астам", "100-ге жуық".
    String.raw`(?:-?(?:ден|дан|тен|тан|нен|нан)\s+(?<after>астам|артық)|-?(?:ге|ға|ке|қа)\s+(?<near>жуық))?` +
    String.raw`|(?<words>\b(?:(?:a|an|${WORD_NUMBER})(?:[\s-]+(?:${WORD_NUMBER}|${SCALE}|and))*[\s-]+${SCALE}|${WORD_NUMBER}(?:[\s-]+${WORD_NUMBER})?)\b))` +
    String.raw`|(?<vague>\b(?:dozens|hundreds|thousands)\b)`,
  'giu',
);

/** "thousand", "мың", "тыс.", "тысячи", "млн": what the number is multiplied by. */
function scaleOf(word: string): number {
  const w = word.toLowerCase();
  if (w in SCALES) return SCALES[w]!;
  return /^(?:мың|тыс)/u.test(w) ? 1000 : 1_000_000;
}

function wordsToNumber(words: string): number {
  let total = 0;
  let current = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w in UNITS) current += UNITS[w]!;
    else if (w in SCALES) {
      current = (current || 1) * SCALES[w]!;
      if (SCALES[w]! >= 1000) [total, current] = [total + current, 0];
    }
  }
  return total + current;
}

function qualify(n: number, qualifier: Qualifier | undefined): QuantityValue {
  switch (qualifier) {
    case undefined:
      return { min: n, max: n };
    case 'more than':
    case 'at least':
      return { min: n, max: null, qualifier };
    case 'nearly':
      return { min: null, max: n, approx: n, qualifier };
    case 'about':
      return { min: null, max: null, approx: n, qualifier };
    case 'up to':
      return { min: null, max: n, qualifier };
  }
}

/** Every count in a text, in order. */
export function quantitiesIn(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(COUNT)) {
    const g = m.groups!;
    if (g.vague) {
      out.push({
        text: m[0],
        value: null,
        vague: g.vague.toLowerCase() as Quantity['vague'],
      });
      continue;
    }
    const qualWords = g.qual?.trim().replace(/\s+/g, ' ');
    const qualifier: Qualifier | undefined = g.after
      ? 'more than'
      : g.near
        ? 'nearly'
        : qualWords
          ? QUALIFIERS.find(([re]) => re.test(qualWords))![1]
          : undefined;
    let n: number;
    if (g.digits) {
      n = Number(g.digits.replace(/[,\s\u00a0\u202f]/g, ''));
      if (g.dscale) n *= scaleOf(g.dscale);
    } else n = wordsToNumber(g.words!);
    out.push({
      text: m[0],
      value: qualify(Math.round(n * 1000) / 1000, qualifier),
    });
  }
  return out;
}

/** The one count a short text states ("more than 1,300"), or undefined. */
export function quantityOf(text: string): Quantity | undefined {
  const all = quantitiesIn(text);
  return all.length === 1 ? all[0] : undefined;
}

export function sameValue(a: QuantityValue | null, b: QuantityValue | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.min === b.min &&
    a.max === b.max &&
    (a.approx ?? null) === (b.approx ?? null) &&
    (a.qualifier ?? null) === (b.qualifier ?? null)
  );
}
