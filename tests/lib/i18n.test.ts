import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHash, formatHash, hashContext, LANGS } from '../../src/lib/url.ts';
import { formatDayIn } from '../../src/lib/days.ts';
import { UNIT_IDS } from '../../src/lib/units.ts';
import { dataset } from '../helpers.ts';

const catalogue = (lang: string): Record<string, string> => {
  const messages = JSON.parse(readFileSync(`src/i18n/messages/${lang}.json`, 'utf8'));
  delete messages.$schema;
  return messages;
};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogues', () => {
  const en = catalogue('en');

  it.each(['ru', 'kk'])(
    '%s has every English message, translated, with the same placeholders',
    (lang) => {
      const other = catalogue(lang);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(other[key]!.trim(), `${lang}: ${key}`).not.toBe('');
        expect(placeholders(other[key]!), `${lang}: ${key}`).toEqual(placeholders(text));
      }
      // Not left in English: most messages differ from the English ones.
      const same = Object.keys(en).filter((k) => en[k] === other[k]);
      expect(same.length).toBeLessThan(Object.keys(en).length / 10);
    },
  );

  it('is compiled: the page gets every message in every language (npm run i18n)', () => {
    const index = readFileSync('src/i18n/paraglide/messages/_index.js', 'utf8');
    for (const [key, text] of Object.entries(catalogue('ru'))) {
      expect(index, key).toContain(`'./${key}.js'`);
      const compiled = readFileSync(`src/i18n/paraglide/messages/${key}.js`, 'utf8');
      // The Russian text up to its first placeholder stands in the compiled function.
      expect(compiled, key).toContain(text.split('{')[0]!.slice(0, 16));
    }
  });
});

describe('the language in the link', () => {
  const ctx = hashContext({ ...dataset, unitIds: UNIT_IDS, stops: 6 });

  it('reads and writes lang, leaving English out', () => {
    expect(parseHash('#date=2022-01-06&lang=ru', ctx).state.lang).toBe('ru');
    expect(formatHash({ date: '2022-01-06', lang: 'kk' })).toBe('#date=2022-01-06&lang=kk');
    expect(formatHash({ date: '2022-01-06', lang: 'en' })).toBe('#date=2022-01-06');
    expect(formatHash({ story: 3, lang: 'ru' })).toBe('#story=3&lang=ru');
    expect(LANGS).toEqual(['en', 'ru', 'kk']);
  });

  it('says so when it does not know the language', () => {
    const { state, problems } = parseHash('#date=2022-01-06&lang=de', ctx);
    expect(state.lang).toBeUndefined();
    expect(problems).toEqual([
      'language "de" in the link is not one of en, ru, kk; showing English',
    ]);
  });

  it('writes dates in the language', () => {
    expect(formatDayIn('2022-01-13', 'en', true)).toBe('Thursday, 13 January 2022');
    expect(formatDayIn('2022-01-13', 'ru')).toBe('13 января 2022 г.');
    expect(formatDayIn('2022-01-13', 'kk', true)).toBe('2022 жылғы 13 қаңтар, бейсенбі');
    expect(formatDayIn('2022-01-02', 'ru', true)).toBe('воскресенье, 2 января 2022 г.');
  });
});
