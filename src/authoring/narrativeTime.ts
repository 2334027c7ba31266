/**
 * Days counted from another day, in English, Russian and Kazakh:
 * - narrative shifts ("two days later", "the next morning", "the day before", "накануне",
 *   "келесі күні") count from the last day the story itself gave;
 * - deictic words ("yesterday", "today", "вчера", "кеше") count from the day of writing.
 * Neither is ever a stated day: a draft that rests on one is an inference, with its anchor.
 */

export interface Shift {
  /** The words as they stand in the sentence. */
  text: string;
  /** Days after the anchor (negative: before it). */
  days: number;
  /** What the shift counts from. */
  from: 'story' | 'writing';
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  один: 1,
  одного: 1,
  одни: 1,
  два: 2,
  двух: 2,
  три: 3,
  трёх: 3,
  трех: 3,
  четыре: 4,
  четырёх: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  бір: 1,
  екі: 2,
  үш: 3,
  төрт: 4,
  бес: 5,
};
const COUNT = String.raw`(\d{1,2}|a|an|one|two|three|four|five|six|seven|один|одного|два|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти|бір|екі|үш|төрт|бес)`;
const count = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
/** Not in the middle of a word (JavaScript's \b knows only Latin letters). */
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
/** "before" that ends the phrase: "the day before," but not "the day before the vote". */
const ENDS = String.raw`(?=\s*(?:[,.;:!?)]|$|that\b|then\b))`;
const PART = String.raw`(?:day|morning|afternoon|evening|night)`;

const RULES: { re: RegExp; days: (m: RegExpExecArray) => number; from: Shift['from'] }[] = [
  // English: counted from the story's last day.
  {
    re: new RegExp(
      String.raw`${B}${COUNT}\s+days?\s+(?:later|afterwards?|on|after\s+(?:that|this)|thereafter)${E}`,
      'iu',
    ),
    days: (m) => count(m[1]!),
    from: 'story',
  },
  {
    re: new RegExp(String.raw`${B}${COUNT}\s+days?\s+earlier${E}`, 'iu'),
    days: (m) => -count(m[1]!),
    from: 'story',
  },
  {
    re: new RegExp(String.raw`${B}${COUNT}\s+days?\s+before${ENDS}`, 'iu'),
    days: (m) => -count(m[1]!),
    from: 'story',
  },
  {
    re: new RegExp(String.raw`${B}(?:the\s+)?(?:next|following)\s+${PART}${E}`, 'iu'),
    days: () => 1,
    from: 'story',
  },
  {
    re: new RegExp(String.raw`${B}the\s+${PART}\s+(?:before|prior)${ENDS}`, 'iu'),
    days: () => -1,
    from: 'story',
  },
  {
    re: new RegExp(String.raw`${B}the\s+previous\s+${PART}${E}`, 'iu'),
    days: () => -1,
    from: 'story',
  },
  {
    re: new RegExp(String.raw`${B}(?:that|the\s+same)\s+${PART}${E}`, 'iu'),
    days: () => 0,
    from: 'story',
  },
  // Russian.
  {
    re: new RegExp(
      String.raw`${B}(?:на\s+следующ(?:ий\s+день|ее\s+утро|ий\s+вечер)|наутро|назавтра)${E}`,
      'iu',
    ),
    days: () => 1,
    from: 'story',
  },
  {
    re: new RegExp(String.raw`${B}(?:накануне|дн[её]м\s+ранее|за\s+день\s+до\s+этого)${E}`, 'iu'),
    days: () => -1,
    from: 'story',
  },
  {
    re: new RegExp(
      String.raw`${B}(?:в\s+тот\s+же\s+(?:день|вечер)|тем\s+же\s+(?:вечером|днём|днем|утром)|в\s+этот\s+(?:же\s+)?день|(?:утром|вечером|днём|днем|ночью)\s+того\s+же\s+дня|в\s+тот\s+же\s+день)${E}`,
      'iu',
    ),
    days: () => 0,
    from: 'story',
  },
  {
    re: new RegExp(String.raw`${B}(?:через|спустя)\s+${COUNT}\s+(?:дня|дней|день)${E}`, 'iu'),
    days: (m) => count(m[1]!),
    from: 'story',
  },
  {
    re: new RegExp(String.raw`${B}${COUNT}\s+(?:дня|дней)\s+спустя${E}`, 'iu'),
    days: (m) => count(m[1]!),
    from: 'story',
  },
  // Kazakh.
  {
    re: new RegExp(
      String.raw`${B}(?:келесі\s+күн(?:і|і\s+\p{L}+)?|ертесі(?:\s+күні)?|ертесіне|ертеңіне)${E}`,
      'iu',
    ),
    days: () => 1,
    from: 'story',
  },
  {
    re: new RegExp(
      String.raw`${B}(?:бір\s+күн\s+бұрын|алдыңғы\s+күні|бір\s+күн\s+ілгері)${E}`,
      'iu',
    ),
    days: () => -1,
    from: 'story',
  },
  {
    re: new RegExp(String.raw`${B}сол\s+(?:күні|кеште|түні)${E}`, 'iu'),
    days: () => 0,
    from: 'story',
  },
  {
    re: new RegExp(String.raw`${B}${COUNT}\s+күннен\s+(?:кейін|соң)${E}`, 'iu'),
    days: (m) => count(m[1]!),
    from: 'story',
  },
  // Counted from the day of writing.
  {
    re: new RegExp(String.raw`${B}(?:yesterday|last\s+night)${E}`, 'iu'),
    days: () => -1,
    from: 'writing',
  },
  {
    re: new RegExp(
      String.raw`${B}(?:today|tonight|this\s+(?:morning|afternoon|evening))${E}`,
      'iu',
    ),
    days: () => 0,
    from: 'writing',
  },
  { re: new RegExp(String.raw`${B}(?:вчера|кеше)${E}`, 'iu'), days: () => -1, from: 'writing' },
  { re: new RegExp(String.raw`${B}позавчера${E}`, 'iu'), days: () => -2, from: 'writing' },
  { re: new RegExp(String.raw`${B}(?:сегодня|бүгін)${E}`, 'iu'), days: () => 0, from: 'writing' },
];

/** The first shift a sentence makes, if any. */
export function shiftIn(sentence: string): Shift | null {
  let best: (Shift & { index: number }) | null = null;
  for (const rule of RULES) {
    const m = rule.re.exec(sentence);
    if (m && (!best || m.index < best.index))
      best = { text: m[0], days: rule.days(m), from: rule.from, index: m.index };
  }
  return best && { text: best.text, days: best.days, from: best.from };
}
