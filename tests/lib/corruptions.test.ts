/**
 * A corpus of corrupted data and geo files: each is run through the checks that `npm run
 * validate` and the build share (src/node/checkProject.ts), on a copy of the project's files,
 * and must be caught with the file's name (and the record's, where there is one) — never pass,
 * never end in a stack trace. tests/e2e/build.test.ts holds the build to the same checks.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/node/checkProject.ts';
import { DataFileError, ROOT } from '../../src/node/data.ts';
import { formatError } from '../../src/model/validate.ts';
import { articleTexts, dataset } from '../helpers.ts';

type Json = Record<string, unknown> & { [k: string]: Json | Json[] | unknown };
interface Corruption {
  name: string;
  file: string;
  /** The new text of the file, from its text. */
  change: (text: string) => string | Buffer;
  /** What the messages must name besides the file: a record's id. */
  names?: string;
  /** Only where the articles are there to check quotes against. */
  needsTexts?: boolean;
}

const json = (f: (o: Json) => void) => (text: string) => {
  const o = JSON.parse(text) as Json;
  f(o);
  return JSON.stringify(o);
};
const list = (o: Json, key: string) => o[key] as Json[];
const first = (o: Json, key: string) => list(o, key)[0]!;

const DATA: Corruption[] = [];
// Every data file: cut short, emptied, not UTF-8, not an object.
for (const file of [
  'data/articles.json',
  'data/events.json',
  'data/statuses.json',
  'data/figures.json',
  'data/gazetteer.json',
  'data/tour.json',
]) {
  DATA.push(
    { name: 'cut short', file, change: (t) => t.slice(0, Math.floor(t.length / 2)) },
    { name: 'empty', file, change: () => '' },
    {
      name: 'not UTF-8',
      file,
      change: (t) =>
        Buffer.concat([
          Buffer.from(t.slice(0, 40)),
          Buffer.from([0xff, 0xfe]),
          Buffer.from(t.slice(40)),
        ]),
    },
    { name: 'an array, not an object', file, change: () => '[]' },
  );
}

DATA.push(
  // Articles.
  {
    name: 'two articles with one id',
    file: 'data/articles.json',
    change: json((o) => list(o, 'articles').push({ ...first(o, 'articles') })),
    names: '000_4d3499568b5facc6',
  },
  {
    name: 'an article dated 2022-13-01',
    file: 'data/articles.json',
    change: json((o) => ((first(o, 'articles').published as Json).date = '2022-13-01')),
  },
  {
    name: "an article's date quote not in it",
    file: 'data/articles.json',
    change: json(
      (o) =>
        ((list(o, 'articles')[1]!.published as Json).quote =
          'Nothing like this is in the article.'),
    ),
    needsTexts: true,
  },
  {
    name: 'an article without a title',
    file: 'data/articles.json',
    change: json((o) => delete first(o, 'articles').title),
  },
  // Events.
  {
    name: 'an event at an unknown place',
    file: 'data/events.json',
    change: json((o) => (first(o, 'events').places = ['atlantis'])),
    names: 'protests-begin-mangystau',
  },
  {
    name: 'an event ending before it starts',
    file: 'data/events.json',
    change: json(
      (o) =>
        (first(o, 'events').date = { start: '2022-01-05', end: '2022-01-03', precision: 'range' }),
    ),
    names: 'protests-begin-mangystau',
  },
  {
    name: 'an event outside the period',
    file: 'data/events.json',
    change: json(
      (o) =>
        (first(o, 'events').date = { start: '2021-12-01', end: '2021-12-01', precision: 'day' }),
    ),
    names: 'protests-begin-mangystau',
  },
  {
    name: 'an event of an unknown kind',
    file: 'data/events.json',
    change: json((o) => (first(o, 'events').activity = 'party')),
    names: 'protests-begin-mangystau',
  },
  {
    name: 'an event citing an unknown article',
    file: 'data/events.json',
    change: json((o) => ((first(o, 'events').citations as Json[])[0]!.article = 'nope')),
    names: 'protests-begin-mangystau',
  },
  {
    name: "an event's quote changed",
    file: 'data/events.json',
    change: json(
      (o) => ((first(o, 'events').citations as Json[])[0]!.quote = 'Protests began on the moon.'),
    ),
    names: 'protests-begin-mangystau',
    needsTexts: true,
  },
  {
    name: 'two events with one id',
    file: 'data/events.json',
    change: json((o) => list(o, 'events').push({ ...first(o, 'events') })),
    names: 'protests-begin-mangystau',
  },
  {
    name: 'an event with no citation',
    file: 'data/events.json',
    change: json((o) => (first(o, 'events').citations = [])),
    names: 'protests-begin-mangystau',
  },
  {
    name: 'an event reported on a day its quote does not state',
    file: 'data/events.json',
    change: json(
      (o) =>
        (first(o, 'events').date = { start: '2022-01-09', end: '2022-01-09', precision: 'day' }),
    ),
    names: 'protests-begin-mangystau',
    needsTexts: true,
  },
  {
    name: 'a period that ends before it starts',
    file: 'data/events.json',
    change: json((o) => ((o.period as Json).end = '2022-01-01')),
  },
  {
    name: 'an event with a 1.2 MB summary',
    file: 'data/events.json',
    change: json(
      (o) => (first(o, 'events').summary = '<img src=x onerror=alert(1)>'.repeat(45_000)),
    ),
    names: 'protests-begin-mangystau',
  },
  // Figures.
  {
    name: 'a figure with a value its quote does not state',
    file: 'data/figures.json',
    change: json((o) => (first(o, 'figures').value = { min: 14, max: 14 })),
    names: 'killed-security-003',
    needsTexts: true,
  },
  {
    name: 'a figure of an unknown measure',
    file: 'data/figures.json',
    change: json((o) => (first(o, 'figures').measure = 'cats')),
    names: 'killed-security-003',
  },
  {
    name: 'a figure for an unknown area',
    file: 'data/figures.json',
    change: json((o) => (first(o, 'figures').area = 'mars')),
    names: 'killed-security-003',
  },
  {
    name: 'a figure known before its article',
    file: 'data/figures.json',
    change: json((o) => (first(o, 'figures').asOf = '2022-01-02')),
    names: 'killed-security-003',
    needsTexts: true,
  },
  {
    name: 'a figure whose text reads as another value',
    file: 'data/figures.json',
    change: json((o) => (first(o, 'figures').text = '15')),
    names: 'killed-security-003',
    needsTexts: true,
  },
  {
    name: 'a figure from an unknown source type',
    file: 'data/figures.json',
    change: json((o) => (first(o, 'figures').sourceType = 'rumour')),
    names: 'killed-security-003',
  },
  // Statuses.
  {
    name: 'a status for an unknown unit',
    file: 'data/statuses.json',
    change: json((o) => (first(o, 'units').units = ['mars'])),
    names: 'emergency-protest-hit-areas',
  },
  {
    name: 'a status ending before it starts',
    file: 'data/statuses.json',
    change: json((o) => Object.assign(first(o, 'units'), { from: '2022-01-09', to: '2022-01-05' })),
    names: 'emergency-protest-hit-areas',
  },
  {
    name: 'a status of an unknown value',
    file: 'data/statuses.json',
    change: json((o) => (first(o, 'units').value = 'purple')),
    names: 'emergency-protest-hit-areas',
  },
  {
    name: "a status's quote changed",
    file: 'data/statuses.json',
    change: json((o) => ((first(o, 'units').citations as Json[])[0]!.quote = 'All is calm.')),
    names: 'emergency-protest-hit-areas',
    needsTexts: true,
  },
  {
    name: 'a CSTO record of an unknown phase',
    file: 'data/statuses.json',
    change: json((o) => (first(o, 'csto').phase = 'dancing')),
  },
  {
    name: "the contingents' quote changed",
    file: 'data/statuses.json',
    change: json(
      (o) => (((o.cstoContingents as Json).citations as Json[])[0]!.quote = 'Nobody came.'),
    ),
    needsTexts: true,
  },
  // Gazetteer.
  {
    name: 'a place with its coordinates swapped',
    file: 'data/gazetteer.json',
    change: json(
      (o) =>
        (first(o, 'places').coordinates = [
          ...(first(o, 'places').coordinates as number[]),
        ].reverse()),
    ),
    names: 'zhanaozen',
  },
  {
    name: 'a place in an unknown unit',
    file: 'data/gazetteer.json',
    change: json((o) => (first(o, 'places').unit = 'mars')),
    names: 'zhanaozen',
  },
  {
    name: 'two places with one id',
    file: 'data/gazetteer.json',
    change: json((o) => list(o, 'places').push({ ...first(o, 'places') })),
    names: 'zhanaozen',
  },
  {
    name: 'a place outside its unit',
    file: 'data/gazetteer.json',
    change: json((o) => (first(o, 'places').coordinates = [76.9, 43.25])),
    names: 'zhanaozen',
  },
  // The tour.
  {
    name: 'a tour stop outside the period',
    file: 'data/tour.json',
    change: json((o) => (first(o, 'stops').day = '2023-01-01')),
  },
  {
    name: 'a tour stop citing an unknown record',
    file: 'data/tour.json',
    change: json((o) => (first(o, 'stops').records = ['nope'])),
  },
  {
    name: 'a tour stop without a caption',
    file: 'data/tour.json',
    change: json((o) => delete first(o, 'stops').caption),
  },
  {
    name: 'a tour caption with a number no record states',
    file: 'data/tour.json',
    change: json(
      (o) =>
        (list(o, 'stops')[4]!.caption =
          'By 13 January the level is cancelled in 15 of the 17 regions.'),
    ),
    names: 'stop 5',
  },
  {
    name: 'a name two places share',
    file: 'data/gazetteer.json',
    change: json((o) => (list(o, 'places')[1]!.aliases as string[]).push('Zhanaozen')),
    names: 'also a name of zhanaozen',
  },
  {
    name: 'a misspelt field',
    file: 'data/statuses.json',
    change: json((o) => (first(o, 'units').attestd = ['2022-01-13'])),
    names: 'emergency-protest-hit-areas',
  },
  {
    name: 'a tour caption dated another day than its stop and records',
    file: 'data/tour.json',
    change: json(
      (o) => (first(o, 'stops').caption = 'On 3 January people take to the streets of Zhanaozen.'),
    ),
    names: 'stop 1',
  },
  {
    name: 'a key twice in one record',
    file: 'data/figures.json',
    change: (t) =>
      t.replace(
        '"value": {"min": 13, "max": 13},',
        '"value": {"min": 1300, "max": 1300}, "value": {"min": 13, "max": 13},',
      ),
    names: 'the key "value" stands twice',
  },
);

const feature = (o: Json, id: string) =>
  list(o, 'features').find((f) => (f.properties as Json).id === id)!;
const GEO: Corruption[] = [
  {
    name: "Zhambyl's geometry null",
    file: 'geo/units.geojson',
    change: json((o) => (feature(o, 'zhambyl').geometry = null)),
    names: 'zhambyl',
  },
  {
    name: 'a unit missing',
    file: 'geo/units.geojson',
    change: json(
      (o) =>
        (o.features = list(o, 'features').filter((f) => (f.properties as Json).id !== 'zhambyl')),
    ),
    names: 'zhambyl',
  },
  {
    name: 'an unclosed ring',
    file: 'geo/units.geojson',
    change: json((o) => {
      const g = feature(o, 'zhambyl').geometry as { type: string; coordinates: unknown };
      const ring = (
        g.type === 'Polygon'
          ? (g.coordinates as number[][][])[0]
          : (g.coordinates as number[][][][])[0]![0]
      )!;
      ring.pop();
    }),
    names: 'zhambyl',
  },
  {
    name: 'swapped coordinates in a polygon',
    file: 'geo/units.geojson',
    change: json((o) => {
      const swap = (x: unknown): unknown =>
        typeof (x as number[])[0] === 'number'
          ? [...(x as number[])].reverse()
          : (x as unknown[]).map(swap);
      const g = feature(o, 'zhambyl').geometry as { coordinates: unknown };
      g.coordinates = swap(g.coordinates);
    }),
    names: 'zhambyl',
  },
  { name: 'cut short', file: 'geo/units.geojson', change: (t) => t.slice(0, 5000) },
  { name: 'cut short', file: 'geo/neighbours.geojson', change: (t) => t.slice(0, 5000) },
  {
    name: 'not a FeatureCollection',
    file: 'geo/neighbours.geojson',
    change: () => '{"type": "Feature"}',
  },
  { name: 'cut short', file: 'geo/world.geojson', change: (t) => t.slice(0, 3000) },
  { name: 'cut short', file: 'geo/places-kz.json', change: (t) => t.slice(0, t.length - 200) },
  {
    name: 'a place with its coordinates swapped',
    file: 'geo/places-kz.json',
    change: json((o) => {
      // A place well east, so that latitude and longitude cannot be mistaken for each other.
      const p = list(o, 'places').find((x) => (x.coordinates as number[])[0]! > 70)!;
      p.coordinates = [...(p.coordinates as number[])].reverse();
    }),
  },
  { name: 'places not a list', file: 'geo/places-kz.json', change: json((o) => (o.places = {})) },
];

const DRAFTS: Corruption[] = [
  { name: 'not JSON', file: 'data/drafts.json', change: () => '{"articles": [' },
  {
    name: 'a draft with the id of an event of the data',
    file: 'data/drafts.json',
    // The data's own first event, sound in every other way.
    change: () => JSON.stringify({ articles: [], events: [dataset.events[0]], figures: [] }),
    names: 'already the id of a record of the data',
  },
  {
    name: 'a prototype key',
    file: 'data/drafts.json',
    change: () => '{"articles": [], "events": [], "figures": [], "__proto__": {"polluted": true}}',
  },
  {
    name: 'a draft event with a 1.2 MB summary',
    file: 'data/drafts.json',
    change: () =>
      JSON.stringify({
        articles: [],
        events: [
          {
            id: 'draft-x-1',
            date: { start: '2022-01-05', end: '2022-01-05', precision: 'day' },
            dateCertainty: 'reported',
            places: ['taraz'],
            activity: 'protest',
            summary: '<b>x</b>'.repeat(150_000),
            citations: [{ article: '000_4d3499568b5facc6', quote: 'x' }],
          },
        ],
        figures: [],
      }),
    names: 'draft-x-1',
  },
  {
    name: 'a draft at an unknown place',
    file: 'data/drafts.json',
    change: () =>
      JSON.stringify({
        articles: [],
        events: [
          {
            id: 'draft-x-2',
            date: { start: '2022-01-05', end: '2022-01-05', precision: 'day' },
            dateCertainty: 'reported',
            places: ['atlantis'],
            activity: 'protest',
            summary: 'x',
            citations: [{ article: '000_4d3499568b5facc6', quote: 'x' }],
          },
        ],
        figures: [],
      }),
    names: 'draft-x-2',
  },
];

const CORPUS = [...DATA, ...GEO, ...DRAFTS];

describe('a corpus of corrupted files', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-corrupt-'));
  for (const dir of ['data', 'geo']) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
  mkdirSync(join(root, 'data'), { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Every message the checks give on the copy, or the one a file that cannot be read gives. */
  function messages(): string[] {
    try {
      return checkProject(root).errors.map(formatError);
    } catch (e) {
      if (e instanceof DataFileError) return [e.message];
      throw e;
    }
  }

  it('has at least 60 cases, and the copy as it is passes', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(messages()).toEqual([]);
  });

  it.each(CORPUS.map((c) => [`${c.file}: ${c.name}`, c] as const))('catches %s', (_, c) => {
    if (c.needsTexts && !articleTexts) return;
    const path = join(root, c.file);
    const before = (() => {
      try {
        return readFileSync(path);
      } catch {
        return null;
      }
    })();
    writeFileSync(path, c.change(before?.toString('utf8') ?? ''));
    try {
      const found = messages();
      expect(found.length, `${c.file}: ${c.name} passed the checks`).toBeGreaterThan(0);
      expect(
        found.some((m) => m.includes(c.file) && (!c.names || m.includes(c.names))),
        found.join('\n').slice(0, 2000),
      ).toBe(true);
      // A message is for reading: no stack trace, and no 1 MB echo of what was found.
      for (const m of found) {
        expect(m).not.toMatch(/\n\s+at /);
        expect(m.length).toBeLessThan(2000);
      }
    } finally {
      if (before) writeFileSync(path, before);
      else rmSync(path, { force: true });
    }
  });
});
