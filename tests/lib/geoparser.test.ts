import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGeoparser, createNaiveGeoparser } from '../../src/authoring/geoparser.ts';
import { caseForms } from '../../src/authoring/caseForms.ts';
import { allPlaces } from '../../src/node/data.ts';
import { annotatedTexts, score } from '../fixtures/geoparser/annotated.ts';
import { ARTICLES_DIR, articleTexts, dataset } from '../helpers.ts';

const places = allPlaces(dataset.places);
const parser = createGeoparser(places);
const ids = (text: string) => parser.parse(text).map((m) => m.placeId);
const curatedOnly = createGeoparser(dataset.places);

interface Expected {
  article: string;
  start: number;
  end: number;
  text: string;
  placeId: string;
}
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/mentions.json', import.meta.url), 'utf8'),
) as {
  mentions: Expected[];
};

describe('geoparser', () => {
  it('matches case-insensitively, in Latin and Cyrillic, and returns offsets', () => {
    const text = 'Protests in ZHANAOZEN, then Алматы.';
    const found = parser.parse(text);
    expect(found.map((m) => m.placeId)).toEqual(['zhanaozen', 'almaty']);
    expect(text.slice(found[1]!.start, found[1]!.end)).toBe('Алматы');
    expect(found[0]).toMatchObject({
      start: 12,
      end: 21,
      kind: 'town',
      coordinates: [52.86192, 43.34116],
    });
  });

  it('matches whole words only', () => {
    expect(ids('Almatyx and xAktau and Romeo')).toEqual([]);
    expect(ids("Kazakhstan's economy")).toEqual(['kazakhstan']);
  });

  it('prefers the longest name', () => {
    expect(ids('in East Kazakhstan')).toEqual(['east-kazakhstan']);
    expect(ids('at the Almaty city police department')).toEqual(['almaty-police-department']);
  });

  it('treats hyphens and spaces in names alike', () => {
    expect(ids('Alma-Ata, Alma Ata')).toEqual(['almaty', 'almaty']);
  });

  it('takes a capitalised name only where the text capitalises it', () => {
    expect(ids('an oral statement')).toEqual([]);
    expect(ids('Oral and Uralsk')).toEqual(['oral', 'oral']);
    expect(ids('a rally in semey')).toEqual([]);
    expect(ids('A RALLY IN SEMEY')).toEqual(['gn-1519422']);
    // A name given in lower case ("airport in Almaty") still matches as written.
    expect(ids('if the airport in Almaty is open')).toEqual(['almaty-airport']);
  });

  it('does not take a name out of a longer hyphenated name, unless both parts are names', () => {
    expect(ids('flights to Petropavlovsk-Kamchatsky')).toEqual([]);
    expect(ids('the Kazakhstan-Italy friendship group')).toEqual(['kazakhstan', 'italy']);
    expect(ids('an Almaty-based reporter')).toEqual(['almaty']);
    const petropavlovsk = places.filter((p) => p.name.startsWith('Petropavl'));
    expect(petropavlovsk.length).toBeGreaterThan(0);
    const naive = createNaiveGeoparser(petropavlovsk);
    expect(naive.parse('flights to Petropavlovsk-Kamchatsky')).toEqual([]);
    expect(naive.parse('flights to Petropavlovsk today')).toHaveLength(1);
  });

  it('has no alias that is an ordinary word or another place', () => {
    expect(ids('Roma families in Frunze district')).toEqual([]);
  });

  it('matches acronyms only as written, and not in a line in capitals', () => {
    expect(ids('the US Congress')).toEqual(['united-states']);
    expect(ids('tell us more')).toEqual([]);
    expect(ids('Tell Us More')).toEqual([]);
    expect(ids('TELL US MORE\nThe US embassy')).toEqual(['united-states']);
  });

  it('takes a name that is also a common word only with a cue', () => {
    expect(ids('Oral arguments were heard.')).toEqual([]);
    expect(ids('ORAL BRIEFING ON MONDAY')).toEqual([]);
    expect(ids('He flew to Oral.')).toEqual(['oral']);
    expect(ids('IN ORAL, CALM')).toEqual(['oral']);
    expect(ids('Oral city hall')).toEqual(['oral']);
    expect(ids('Oral, Atyrau and Aktobe were calm.')).toEqual(['oral', 'atyrau', 'aktobe']);
    expect(ids('The Alga party held a rally.')).toEqual([]);
    expect(ids('From Alga to Embi')).toEqual(['gn-610658', 'gn-609924']);
    // The Cyrillic form is no common word.
    expect(ids('Орал и Алга')).toEqual(['oral', 'gn-610658']);
  });

  it('does not read a given name, or a people, as a place', () => {
    expect(ids('Nur-Sultan Nazarbayev resigned.')).toEqual([]);
    expect(ids('Nur-Sultan is the capital.')).toEqual(['nur-sultan']);
    expect(ids('a statue of Abay Kunanbayev')).toEqual([]);
    expect(ids('a rally in Abay')).toHaveLength(1);
    expect(ids('Семей Абаев')).toEqual([]);
    expect(ids('Kazakh and Russian officials, Kazakhstani firms')).toEqual([]);
  });

  it('resolves a shared name curated place first, then centre, population, region nearby', () => {
    const one = (text: string) => parser.parse(text).at(-1)!;
    // The curated Aktau (Mangystau) over the village of that name in Karaganda.
    expect(one('in Aktau')).toMatchObject({ placeId: 'aktau' });
    // Aksu, the district centre in Pavlodar, over Belyye Vody, once also called Aksu.
    expect(one('in Aksu')).toMatchObject({
      placeId: 'gn-1524298',
      reason: 'administrative centre (district)',
    });
    // Two towns called Shalkar, of about 27,000 people each: the region named nearby decides.
    expect(one('In Atyrau Region, near Shalkar')).toMatchObject({
      placeId: 'gn-608362',
      reason: 'in Atyrau Region, named nearby',
    });
    expect(one('In Aktobe Region, near Shalkar')).toMatchObject({ placeId: 'gn-608359' });
    expect(one('near Shalkar').reason).toMatch(/^larger population/);
  });

  it('finds former and variant names, and Russian and Kazakh case forms', () => {
    expect(
      ids('Semipalatinsk, Kostanai, Dzhezkazgan, Tselinograd, Guryev, Chimkent, Rudny, Kulsary'),
    ).toEqual([
      'gn-1519422',
      'kostanay',
      'gn-1516589',
      'nur-sultan',
      'atyrau',
      'shymkent',
      'gn-1519843',
      'gn-609123',
    ]);
    expect(ids('в Караганде, из Шымкента, в Рудном, в Кульсарах, Карагандинской области')).toEqual([
      'karaganda',
      'shymkent',
      'gn-1519843',
      'gn-609123',
      'karaganda-region',
    ]);
    expect(caseForms('Караганда')).toEqual(
      expect.arrayContaining(['Караганда', 'Караганды', 'Караганде', 'Караганду', 'Карагандой']),
    );
    // Kazakh endings follow vowel harmony and the name's last sound.
    expect(caseForms('Алматы')).toEqual(
      expect.arrayContaining(['Алматыда', 'Алматыға', 'Алматыдан', 'Алматының']),
    );
    expect(caseForms('Шымкент')).toEqual(
      expect.arrayContaining(['Шымкентте', 'Шымкентке', 'Шымкенттен', 'Шымкенттің']),
    );
    expect(caseForms('Жаңаөзен')).toEqual(expect.arrayContaining(['Жаңаөзенде', 'Жаңаөзеннен']));
    expect(ids('Алматыда, Ақтөбеге, Жаңаөзеннен, Маңғыстау облысында')).toEqual([
      'almaty',
      'aktobe',
      'zhanaozen',
      'mangystau',
    ]);
    expect(caseForms('Актау').slice(0, 2)).toEqual(['Актау', 'Актауда']); // no Russian case
    expect(caseForms('Aktobe')).toEqual(['Aktobe']);
  });

  it('reads a city\'s name with "region" after it as the region', () => {
    const [m] = parser.parse('the Kostanai region');
    expect(m).toMatchObject({ placeId: 'kostanay-region', text: 'Kostanai region' });
  });

  it('reads names in a list of regions as regions, a repeated name first as the city', () => {
    expect(ids('in Aktobe, Atyrau and Pavlodar regions')).toEqual([
      'aktobe-region',
      'atyrau-region',
      'pavlodar-region',
    ]);
    expect(ids('in Almaty, Almaty and Zhambyl (Dzhambul) regions')).toEqual([
      'almaty',
      'almaty-region',
      'zhambyl',
      'zhambyl',
    ]);
    expect(ids('flights from Aktobe and Atyrau')).toEqual(['aktobe', 'atyrau']);
  });

  it.skipIf(!articleTexts)('finds exactly the hand-checked mentions in the articles', () => {
    const found = Object.entries(articleTexts!).flatMap(([article, text]) =>
      parser
        .parse(text)
        .map((m) => ({ article, start: m.start, end: m.end, text: m.text, placeId: m.placeId })),
    );
    const key = (m: Expected) => `${m.article}:${m.start}:${m.end}:${m.placeId}`;
    const expected = new Set(fixture.mentions.map(key));
    const got = new Set(found.map(key));
    const truePositives = [...got].filter((k) => expected.has(k)).length;
    const precision = truePositives / got.size;
    const recall = truePositives / expected.size;
    console.log(
      `geoparser on ${expected.size} hand-checked mentions: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    expect(
      [...expected].filter((k) => !got.has(k)),
      'missed',
    ).toEqual([]);
    expect(
      [...got].filter((k) => !expected.has(k)),
      'not hand-checked',
    ).toEqual([]);
    // The curated gazetteer alone finds the same.
    for (const [article, text] of Object.entries(articleTexts!))
      expect(
        curatedOnly.parse(text).map((m) => m.placeId),
        article,
      ).toEqual(parser.parse(text).map((m) => m.placeId));
  });

  it('meets its precision and recall targets on the annotated test texts', () => {
    const total = { expected: 0, found: 0, correct: 0 };
    for (const t of annotatedTexts) {
      const s = score(parser, t);
      console.log(
        `${t.file}: ${s.expected} mentions, precision ${(s.correct / s.found).toFixed(3)}, recall ${(s.correct / s.expected).toFixed(3)}` +
          (s.missed.length ? `; missed ${s.missed.join(', ')}` : '') +
          (s.wrong.length ? `; wrong ${s.wrong.join(', ')}` : ''),
      );
      for (const k of ['expected', 'found', 'correct'] as const) total[k] += s[k];
    }
    expect(annotatedTexts.length).toBeGreaterThanOrEqual(3);
    expect(total.expected).toBeGreaterThanOrEqual(150);
    expect(total.correct / total.expected, 'recall').toBeGreaterThanOrEqual(0.97);
    expect(total.correct / total.found, 'precision').toBeGreaterThanOrEqual(0.98);
  });

  // With the whole gazetteer and a larger text, the comparison is in the geoparser benchmark;
  // here, the places the texts name and every twentieth other place, so that it stays fast.
  it('finds exactly what the one-regex-per-name scan finds, on a sample', () => {
    const named = new Set(annotatedTexts.flatMap((t) => t.mentions.map((m) => m.placeId)));
    const some = places.filter(
      (p, i) => named.has(p.id) || dataset.places.includes(p) || i % 20 === 0,
    );
    const [trie, oracle] = [createGeoparser(some), createNaiveGeoparser(some)];
    const sample =
      annotatedTexts.map((t) => t.text.slice(0, 2500)).join('\n') +
      '\nАлматы, Маңғыстау облысы; Гурьев and Alma Ata. US us. Ёсик, Есик.';
    expect(trie.parse(sample)).toEqual(oracle.parse(sample));
    expect(trie.parse(sample).length).toBeGreaterThan(100);
  });
});

if (!articleTexts)
  console.warn(
    `articles not found at ${ARTICLES_DIR}: article-based geoparser tests skipped (set ARTICLES_DIR)`,
  );
