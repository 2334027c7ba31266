import { groupName, hasGroupName } from '../../src/words/figureGroups.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHash, formatHash, hashContext, LANGS } from '../../src/page/url.ts';
import { dayMonthIn, formatDayIn } from '../../src/model/days.ts';
import { articleCount, inLang, m, placeName, stopNumber, unitName } from '../../src/words/i18n.ts';
import { atlasLooks, legend } from '../../src/outputs/legend.ts';
import { lowerFirst } from '../../src/model/text.ts';
import { UNIT_IDS } from '../../src/model/units.ts';
import { atlas, dataset } from '../helpers.ts';

/** A message: a text, or variants of it chosen by a count's plural category. */
type Message = string | { match: Record<string, string> }[];

const catalogue = (lang: string): Record<string, Message> => {
  const messages = JSON.parse(readFileSync(`src/words/messages/${lang}.json`, 'utf8'));
  delete messages.$schema;
  return messages;
};
const textsOf = (message: Message): string[] =>
  typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
const placeholders = (message: Message) =>
  [
    ...new Set(textsOf(message).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))),
  ].sort();
/** The plural categories a message's variants cover: "one", "few", "many", "other". */
const categories = (message: Message) =>
  typeof message === 'string'
    ? []
    : message.flatMap((v) => Object.keys(v.match).map((k) => k.split('=')[1]!)).sort();

describe('the message catalogues', () => {
  const en = catalogue('en');

  it.each(['ru', 'kk'])(
    '%s has every English message, translated, with the same placeholders',
    (lang) => {
      const other = catalogue(lang);
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(en)) {
        for (const text of textsOf(other[key]!))
          expect(text.trim(), `${lang}: ${key}`).not.toBe('');
        expect(placeholders(other[key]!), `${lang}: ${key}`).toEqual(placeholders(message));
        // A count has a form for each plural category of the language (or one for all).
        const forms = categories(other[key]!);
        if (forms.length > 1) expect(forms, `${lang}: ${key}`).toEqual([...needed].sort());
        if (typeof message !== 'string') expect(forms, `${lang}: ${key}`).toContain('other');
      }
      // Not left in English: most messages differ from the English ones.
      const same = Object.keys(en).filter((k) => en[k] === other[k]);
      expect(same.length).toBeLessThan(Object.keys(en).length / 10);
    },
  );

  it.each(['en', 'ru', 'kk'])(
    'is compiled: every message speaks %s as its catalogue says (npm run i18n)',
    (lang) => {
      // Any placeholder reads as 1, so a plural message says its "one" form.
      const inputs = new Proxy({}, { get: () => 1 });
      const compiled = m as unknown as Record<string, (i: object, o: object) => string>;
      for (const [key, message] of Object.entries(catalogue(lang))) {
        expect(compiled[key], key).toBeTypeOf('function');
        const said = compiled[key]!(inputs, { locale: lang });
        // The text up to its first placeholder, of one of the message's variants.
        const openings = textsOf(message).map((t) => t.split('{')[0]!.slice(0, 16));
        expect(
          openings.some((o) => said.includes(o)),
          `${lang}: ${key} said "${said}"`,
        ).toBe(true);
      }
    },
  );
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

describe('words in a language', () => {
  it("names regions, places and sites in the page's language", () => {
    const place = (id: string) => dataset.places.find((p) => p.id === id)!;
    expect(unitName('mangystau', 'ru')).toBe('Мангистауская область');
    expect(unitName('mangystau', 'kk')).toBe('Маңғыстау облысы');
    expect(placeName(place('oral'), 'ru')).toBe('Уральск');
    expect(placeName(place('oral'), 'kk')).toBe('Орал');
    expect(placeName(place('almaty-airport'), 'kk')).toBe('Алматы әуежайы');
    // Every town, city and site in Kazakhstan the map can label has both names.
    for (const p of dataset.places.filter((p) => p.kind !== 'region' && p.country === 'KZ'))
      expect([p.id, p.nameRu && p.nameKk]).toEqual([p.id, expect.any(String)]);
  });

  it('translates every legend entry', () => {
    const en = legend('en', atlasLooks(atlas)).flatMap((s) => [
      s.title,
      ...s.items.map((i) => i.label),
    ]);
    for (const lang of ['ru', 'kk'] as const) {
      const other = legend(lang, atlasLooks(atlas)).flatMap((s) => [
        s.title,
        ...s.items.map((i) => i.label),
      ]);
      expect(other).toHaveLength(en.length);
      other.forEach((label, i) => expect(label).not.toBe(en[i]));
    }
  });

  it('writes short days for ticks and lowers a label inside a sentence, keeping abbreviations', () => {
    expect(dayMonthIn('2022-01-06', 'en')).toBe('6 Jan');
    expect(dayMonthIn('2022-01-06', 'ru')).toBe('6 янв.');
    expect(dayMonthIn('2022-01-06', 'kk')).toBe('6 қаң.');
    expect(lowerFirst('Запрошена помощь ОДКБ')).toBe('запрошена помощь ОДКБ');
    expect(lowerFirst('CSTO help requested')).toBe('CSTO help requested');
    expect(lowerFirst('ҰҚШҰ-дан көмек сұралды')).toBe('ҰҚШҰ-дан көмек сұралды');
    expect(lowerFirst('«Красный» уровень')).toBe('«красный» уровень');
  });
});

describe('words that depend on the number or on the data', () => {
  it("writes a tour stop's number with the Kazakh possessive ending its numeral takes", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => stopNumber(n, 'kk'))).toEqual([
      '1-і',
      '2-сі',
      '3-і',
      '4-і',
      '5-і',
      '6-сы',
      '7-сі',
      '8-і',
      '9-ы',
      '10-ы',
    ]);
    expect([11, 20, 26, 40, 50, 100].map((n) => stopNumber(n, 'kk'))).toEqual([
      '11-і',
      '20-сы',
      '26-сы',
      '40-ы',
      '50-і',
      '100-і',
    ]);
    expect(stopNumber(4, 'ru')).toBe('4');
    expect(m.tour_where({ n: stopNumber(4, 'kk'), total: 6, day: 'x' }, inLang('kk'))).toBe(
      'Тур · 6 аялдаманың 4-і · x',
    );
  });

  it("names every figure's group of the data in Russian and Kazakh", () => {
    const groups = new Set(dataset.figures.map((f) => f.group).filter((g) => g !== 'all'));
    for (const g of groups) expect(hasGroupName(g), g).toBe(true);
    expect(groupName('security forces', 'ru')).toEqual({ text: 'силовые структуры', lang: 'ru' });
    // One the table lacks stays English, and says so.
    expect(groupName('journalists', 'kk')).toEqual({ text: 'journalists', lang: 'en' });
  });
});

describe('the count of articles', () => {
  it('reads as a word from five to ten, in the case each language needs, and in digits beyond', () => {
    expect(articleCount(5, 'en', 'dative')).toBe('five');
    expect(articleCount(6, 'ru', 'dative')).toBe('шести');
    expect(articleCount(6, 'ru', 'nominative')).toBe('шесть');
    expect(articleCount(7, 'kk', 'nominative')).toBe('жеті');
    expect(articleCount(12, 'ru', 'dative')).toBe('12');
    expect(m.app_subtitle({ articles: articleCount(6, 'en', 'dative') }, { locale: 'en' })).toBe(
      'An atlas of the unrest, day by day, from six news articles',
    );
  });
});
