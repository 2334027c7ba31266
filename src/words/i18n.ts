/**
 * The atlas's languages, for code outside the page's components: texts built in src/lib take a
 * language and ask the compiled messages (src/i18n) for it explicitly, so the command-line
 * exports and the page say the same words.
 */
import { m } from './generated/messages.js';
import { locales } from './generated/runtime.js';
import type { Place } from '../model/schema.ts';
import { UNITS, unitById } from '../model/units.ts';

export { m };

/**
 * The interface languages, as the catalogues list them (messages/, project.inlang); English is
 * the default and stays out of links.
 */
export const LANGS = locales;
export type Lang = (typeof LANGS)[number];

/** Each language by its own name, for the language menus. */
export const LANG_NAMES: Record<Lang, string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
};

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** The options that make a compiled message speak `lang`. */
export const inLang = (lang: Lang) => ({ locale: lang });

/** A count of regions: "3 regions", "все 17 регионов". */
export function regionCount(n: number, lang: Lang): string {
  const o = inLang(lang);
  return n === UNITS.length ? m.all_regions({ count: n }, o) : m.n_regions({ count: n }, o);
}

/**
 * How many articles, as a number word where the sentence reads best with one ("five", "пяти",
 * "бес"), in the case the messages need (Russian: nominative-genitive "пять … статей", or
 * dative "по пяти … статьям"); digits outside 5–10.
 */
export function articleCount(n: number, lang: Lang, russianCase: 'nominative' | 'dative'): string {
  const words: Record<string, string[]> = {
    en: ['five', 'six', 'seven', 'eight', 'nine', 'ten'],
    'ru-nominative': ['пять', 'шесть', 'семь', 'восемь', 'девять', 'десять'],
    'ru-dative': ['пяти', 'шести', 'семи', 'восьми', 'девяти', 'десяти'],
    kk: ['бес', 'алты', 'жеті', 'сегіз', 'тоғыз', 'он'],
  };
  const list = words[lang === 'ru' ? `ru-${russianCase}` : lang]!;
  return n >= 5 && n <= 10 ? list[n - 5]! : String(n);
}

/** A region's name: the English one of the articles, or the official Russian or Kazakh one. */
export function unitName(id: string, lang: Lang): string {
  const unit = unitById(id);
  if (!unit) return id;
  return lang === 'ru' ? unit.nameRu : lang === 'kk' ? unit.nameKk : unit.name;
}

/** A place's name in a language, from the gazetteer; English where it has none (sites). */
export function placeName(place: Pick<Place, 'name' | 'nameRu' | 'nameKk'>, lang: Lang): string {
  return (lang === 'ru' ? place.nameRu : lang === 'kk' ? place.nameKk : undefined) ?? place.name;
}

/**
 * A tour stop's number as a language writes it in "stop n of total": plain in English and
 * Russian; in Kazakh with the possessive ending its numeral word takes ("6 аялдаманың 4-і",
 * "…2-сі", "…6-сы"), chosen by the last word of the numeral as spoken.
 */
export function stopNumber(n: number, lang: Lang): string {
  if (lang !== 'kk') return String(n);
  // бірі, екісі, үші, төрті, бесі, алтысы, жетісі, сегізі, тоғызы; оны, жиырмасы, отызы,
  // қырқы, елуі, алпысы, жетпісі, сексені, тоқсаны; жүзі.
  const UNITS = ['', 'і', 'сі', 'і', 'і', 'і', 'сы', 'сі', 'і', 'ы'];
  const TENS = ['', 'ы', 'сы', 'ы', 'ы', 'і', 'ы', 'і', 'і', 'ы'];
  const ending =
    n % 10 ? UNITS[n % 10] : Math.floor(n / 10) % 10 ? TENS[Math.floor(n / 10) % 10] : 'і';
  return `${n}-${ending}`;
}
