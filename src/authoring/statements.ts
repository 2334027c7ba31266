/**
 * The statements of an article that a dataset must account for: every sentence that names a
 * place, states a day or gives a count. The coverage test maps each one to the record that
 * holds it, or to the reason it is left out.
 */
import type { Geoparser } from './geoparser.ts';
import { quantitiesIn } from './quantity.ts';
import { statedDays, type ArticleDate } from './statedDays.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * Sentences and headings: split after . ! ? (not after "Jan." and the like) before a capital,
 * a digit or a quote, and at line ends.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re =
    /[^\n]+?(?:(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Dr|St))[.!?…]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])|$)/gmu;
  for (const m of text.matchAll(re)) {
    const t = m[0].trim();
    if (!/[\p{L}\p{N}]/u.test(t)) continue;
    const start = m.index + m[0].indexOf(t);
    out.push({ start, end: start + t.length, text: t });
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
