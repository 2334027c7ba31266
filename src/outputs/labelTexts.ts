/**
 * The text of the map's label layers in a language, for the style, the page's language switch
 * and the exporter alike.
 */
import type { Lang } from '../words/i18n.ts';
import { FONT } from './fonts.ts';

/** A label's text in a language: `field_ru` or `field_kk` where the feature has it. */
function inLanguage(lang: Lang, field = 'name'): unknown[] {
  return lang === 'en' ? ['get', field] : ['coalesce', ['get', `${field}_${lang}`], ['get', field]];
}

/**
 * The text of every label layer in a language: regions, countries, towns, sites, origins. On a
 * narrow map (a phone, a column's embed), a city's point zoomed out names the city and counts
 * its sites ("Almaty +2") rather than list them past the map's edge.
 */
export function labelTexts(lang: Lang, narrow = false): Record<string, unknown[]> {
  const named = inLanguage(lang);
  const placeLabel = inLanguage(lang, 'label');
  return {
    'oblast-labels': named,
    'city-labels': named,
    'country-labels': named,
    'place-labels': narrow ? inLanguage(lang, 'label_short') : placeLabel,
    'place-labels-near': placeLabel,
    'origin-labels': [
      'format',
      named,
      {},
      '\n',
      {},
      inLanguage(lang, 'began'),
      { 'font-scale': 0.8, 'text-font': ['literal', [FONT]] },
    ],
  };
}
