/**
 * The forms a Cyrillic place name takes in running text, in Russian and in Kazakh, so that the
 * geoparser finds "в Караганде", "Алматыда" and "Карагандинской области".
 */

/** Russian case endings, by how a name ends: "в Караганде", "из Шымкента", "в Рудном". */
const RUSSIAN_CASES: [ending: RegExp, replace: number, suffixes: string[]][] = [
  [/(?:ый|ий|ое)$/u, 2, ['ого', 'ому', 'ым', 'ом']],
  [/ая$/u, 2, ['ой', 'ую']],
  [/[гкхжшщч]а$/u, 1, ['и', 'е', 'у', 'ой']],
  [/а$/u, 1, ['ы', 'е', 'у', 'ой']],
  [/я$/u, 1, ['и', 'е', 'ю', 'ей']],
  [/ь$/u, 1, ['и', 'ью', 'я', 'ю', 'ем', 'е']],
  [/й$/u, 1, ['я', 'ю', 'ем', 'е']],
  // Plural names ("Кульсары" → "в Кульсарах").
  [/ы$/u, 1, ['ах', 'ам', 'ами']],
  [/[бвгджзклмнпрстфхцчшщ]$/u, 0, ['а', 'у', 'ом', 'е']],
];

/**
 * Kazakh case endings (locative, dative, ablative, genitive: "Алматыда", "Ақтөбеге",
 * "Жаңаөзеннен", "Шымкенттің"; and "Қазақстандағы"), by vowel harmony and the last sound.
 */
function kazakhForms(alias: string): string[] {
  // "Маңғыстау облысы" → "облысында", "облысына", "облысынан", "облысының".
  if (/облысы$/u.test(alias)) return ['нда', 'на', 'нан', 'ның'].map((s) => alias + s);
  // Harmony follows the last vowel; "у" and "и" are neutral ("Мәскеуден").
  const vowels = alias.toLowerCase().match(/[аәеёоөұүыіэ]/gu);
  const front = !!vowels && /[әеөүіэ]/u.test(vowels[vowels.length - 1]!);
  const last = alias.slice(-1).toLowerCase();
  const [a, y] = front ? ['е', 'і'] : ['а', 'ы'];
  const vowel = /[аәеёиоөұүуыіэюя]/u.test(last);
  const nasal = /[мнң]/u.test(last);
  const voiceless = /[кқпстфхцчшщ]/u.test(last);
  const loc = voiceless ? 'т' : 'д';
  const dat = voiceless ? (front ? 'к' : 'қ') : front ? 'г' : 'ғ';
  const abl = nasal ? 'н' : voiceless ? 'т' : 'д';
  const gen = vowel || nasal ? 'н' : voiceless ? 'т' : 'д';
  // "Қазақстандағы": "in", as an attribute.
  const attr = `${loc}${a}${front ? 'гі' : 'ғы'}`;
  return [`${loc}${a}`, attr, `${dat}${a}`, `${abl}${a}н`, `${gen}${y}ң`].map((s) => alias + s);
}

/**
 * A Cyrillic name and its Russian and Kazakh case forms (the last word declines); other names
 * as they are.
 */
export function caseForms(alias: string): string[] {
  if (!/^\p{Script=Cyrillic}[\p{Script=Cyrillic}\s\-'’]*$/u.test(alias)) return [alias];
  const kazakh = kazakhForms(alias);
  // "Карагандинская область": the adjective declines with the noun.
  if (/ая область$/u.test(alias)) {
    const stem = alias.slice(0, -'ая область'.length);
    return [alias, `${stem}ой области`, `${stem}ую область`, `${stem}ой областью`];
  }
  if (/облысы$/u.test(alias)) return [alias, ...kazakh];
  for (const [ending, replace, suffixes] of RUSSIAN_CASES)
    if (ending.test(alias))
      return [alias, ...suffixes.map((s) => alias.slice(0, alias.length - replace) + s), ...kazakh];
  return [alias, ...kazakh];
}
