import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGeoparser, createNaiveGeoparser } from '../../src/lib/geoparser.ts';
import { ARTICLES_DIR, articleTexts, dataset } from '../helpers.ts';

const parser = createGeoparser(dataset.places);
const ids = (text: string) => parser.parse(text).map((m) => m.placeId);
const naive = createNaiveGeoparser(dataset.places);

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
    // A name given in lower case ("airport in Almaty") still matches as written.
    expect(ids('if the airport in Almaty is open')).toEqual(['almaty-airport']);
  });

  it('does not take a name out of a longer hyphenated name, unless both parts are names', () => {
    expect(ids('flights to Petropavlovsk-Kamchatsky')).toEqual([]);
    expect(ids('the Kazakhstan-Italy friendship group')).toEqual(['kazakhstan', 'italy']);
    expect(ids('an Almaty-based reporter')).toEqual(['almaty']);
    expect(naive.parse('flights to Petropavlovsk-Kamchatsky')).toEqual([]);
  });

  it('has no alias that is an ordinary word or another place', () => {
    expect(ids('Roma families in Frunze district')).toEqual([]);
  });

  it('matches acronyms only in capitals', () => {
    expect(ids('the US Congress')).toEqual(['united-states']);
    expect(ids('tell us more')).toEqual([]);
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

  it.skipIf(!articleTexts)('finds every hand-checked mention in the articles', () => {
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
    expect(precision).toBeGreaterThanOrEqual(0.98);
  });

  it.skipIf(!articleTexts)('finds exactly what the one-regex-per-name scan finds', () => {
    const naive = createNaiveGeoparser(dataset.places);
    const sample =
      Object.values(articleTexts!).join('\n') +
      '\nАлматы, Маңғыстау облысы; Гурьев and Alma Ata. US us.';
    expect(parser.parse(sample)).toEqual(naive.parse(sample));
  });
});

if (!articleTexts)
  console.warn(
    `articles not found at ${ARTICLES_DIR}: article-based geoparser tests skipped (set ARTICLES_DIR)`,
  );
