import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftArticle, withDrafts } from '../../src/authoring/drafts.ts';
import { type DraftsFile } from '../../src/model/drafts.ts';
import { createGeoparser } from '../../src/authoring/geoparser.ts';
import type { AtlasEvent } from '../../src/model/schema.ts';
import { allPlaces, readRawData } from '../../src/node/data.ts';
import { checkDrafts } from '../../src/node/drafts.ts';
import { main } from '../../src/cli/draft.ts';
import { sentences } from '../../src/authoring/statements.ts';
import { articleTexts, dataset, runCommand } from '../helpers.ts';

const places = allPlaces(dataset.places);
const geoparser = createGeoparser(places);
const draft = (text: string, published = '2022-01-10', id = 'new-article') =>
  draftArticle({ id, file: `${id}.txt`, published, text }, geoparser, places);
const asFile = (d: ReturnType<typeof draft>): DraftsFile => ({
  articles: [d.article],
  events: d.events,
  figures: d.figures,
});

describe('drafts from a new article', () => {
  it('drafts one event per sentence that names a place in Kazakhstan and what happened', () => {
    const d = draft(
      'Unrest in the west\n\nProtesters gathered in Zhezkazgan and Semipalatinsk on January 8. ' +
        'Kazakhstan is the largest economy in Central Asia. Russia and Belarus issued statements.',
    );
    expect(d.events).toHaveLength(1);
    expect(d.events[0]).toMatchObject({
      places: ['gn-1516589', 'gn-1519422'],
      activity: 'protest',
      date: { start: '2022-01-08', end: '2022-01-08', precision: 'day' },
      dateCertainty: 'reported',
      citations: [
        {
          article: 'new-article',
          quote: 'Protesters gathered in Zhezkazgan and Semipalatinsk on January 8.',
        },
      ],
    });
  });

  it('works out a relative day from the publication date, as an inference with its reasoning', () => {
    const [e] = draft(
      'Title of the piece\n\nPolice detained protesters in Taraz yesterday.',
    ).events;
    expect(e).toMatchObject({
      date: { start: '2022-01-09', precision: 'day' },
      dateCertainty: 'inferred',
    });
    expect(e!.reasoning).toContain('"yesterday"');
    expect(e!.reasoning).toContain('2022-01-10');
  });

  it('dates a sentence with no day by the publication date, as an inference', () => {
    const [e] = draft('Title of the piece\n\nProtesters blocked a road in Aktobe.').events;
    expect(e).toMatchObject({
      date: { start: '2022-01-10', end: '2022-01-10', precision: 'by' },
      dateCertainty: 'inferred',
    });
    expect(e!.reasoning).toContain('"Protesters blocked a road in Aktobe."');
  });

  it("states the article's date where its dateline does, and says where it came from otherwise", () => {
    const dated = draft('A headline here\n\nALMATY, Jan 10 (wire) - Protests went on in Almaty.');
    expect(dated.article.published).toMatchObject({ certainty: 'stated', date: '2022-01-10' });
    const undated = draft('A headline here\n\nProtests went on in Almaty.');
    expect(undated.article.published).toMatchObject({
      certainty: 'inferred',
      quote: 'A headline here',
    });
    expect(undated.article.published.reasoning).toContain('--published');
  });

  it('drafts a figure for a count with its measure, area and source', () => {
    const d = draft(
      'A headline here\n\nALMATY, Jan 10 - Police said 120 people were detained in Shymkent.',
    );
    expect(d.figures).toEqual([
      expect.objectContaining({
        measure: 'detained',
        area: 'shymkent-city',
        value: expect.objectContaining({ min: 120, max: 120 }),
        asOf: '2022-01-10',
        asOfCertainty: 'reported',
        sourceType: 'official',
      }),
    ]);
  });

  it('gives drafts that pass the support checker, and reports a broken one against the drafts file', () => {
    const text =
      'A headline here\n\nALMATY, Jan 8 - Protesters gathered in Zhezkazgan on January 8.';
    const d = draft(text);
    const texts = { ...articleTexts, 'new-article': text };
    expect(checkDrafts(dataset, readRawData(), asFile(d), texts)).toEqual([]);
    const broken: AtlasEvent = { ...d.events[0]!, places: ['gn-1519422'] };
    const errors = checkDrafts(dataset, readRawData(), { ...asFile(d), events: [broken] }, texts);
    expect(errors).toEqual([
      expect.objectContaining({ file: 'data/drafts.json', id: broken.id, field: 'places[0]' }),
    ]);
  });

  it('replaces the earlier drafts of the same article only', () => {
    const a = draft('A headline here\n\nProtesters gathered in Aktobe.', '2022-01-10', 'a');
    const b = draft('A headline here\n\nProtesters gathered in Taraz.', '2022-01-10', 'b');
    const again = draft('A headline here\n\nProtesters gathered in Oral.', '2022-01-10', 'a');
    const file = withDrafts(withDrafts(withDrafts(asFile(a), b), again), again);
    expect(file.articles.map((x) => x.id)).toEqual(['b', 'a']);
    expect(file.events.map((e) => e.places)).toEqual([['taraz'], ['oral']]);
  });

  it.skipIf(!articleTexts)(
    "recovers most of the curated events' places and days from the five articles, with little noise",
    () => {
      const pairs = (e: AtlasEvent) => e.places.map((p) => `${p}@${e.date.start}`);
      const curated = new Set(dataset.events.flatMap(pairs));
      let wanted = 0;
      let recovered = 0;
      let drafts = 0;
      let noise = 0;
      let nationwide = 0;
      for (const a of dataset.articles) {
        const own = new Set(
          dataset.events.filter((e) => e.citations.some((c) => c.article === a.id)).flatMap(pairs),
        );
        const id = `again-${a.id}`;
        const d = draft(articleTexts![a.id]!, a.published.date, id);
        const texts = { ...articleTexts, [id]: articleTexts![a.id]! };
        expect(checkDrafts(dataset, readRawData(), asFile(d), texts), a.id).toEqual([]);
        const got = new Set(d.events.flatMap(pairs));
        wanted += own.size;
        recovered += [...own].filter((k) => got.has(k)).length;
        // A nationwide draft has no (place, day) pair to match: counted apart.
        const placed = d.events.filter((e) => e.places.length);
        nationwide += d.events.length - placed.length;
        drafts += placed.length;
        noise += placed.filter((e) => !pairs(e).some((k) => curated.has(k))).length;
      }
      console.log(
        `drafts from the five articles: ${recovered} of ${wanted} curated (place, day) pairs recovered; ${noise} of ${drafts} drafts with places match no curated event; ${nationwide} nationwide drafts`,
      );
      expect(recovered / wanted).toBeGreaterThanOrEqual(0.75);
      expect(noise / drafts).toBeLessThanOrEqual(0.15);
    },
  );
});

describe('npm run draft', async () => {
  const run = (args: string[]) => runCommand(main, args);

  it('writes drafts that validate to the drafts file it is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-draft-'));
    const file = join(dir, 'wire-2022-01-08.txt');
    writeFileSync(
      file,
      'Strikes spread\n\nALMATY, Jan 8 (wire) - Miners in Zhezkazgan went on strike on Saturday. ' +
        'Police said 40 people were detained in Karaganda.',
    );
    const out = join(dir, 'drafts.json');
    const r = await run([file, '--published', '2022-01-08', '--drafts', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('2 event(s) over 1 day(s) and 1 figure(s)');
    const written = JSON.parse(readFileSync(out, 'utf8')) as DraftsFile;
    expect(written.articles[0]).toMatchObject({ id: 'wire-2022-01-08' });
    expect(written.events.map((e) => e.places)).toEqual([['gn-1516589'], ['karaganda']]);
    expect(written.figures[0]).toMatchObject({ measure: 'detained', area: 'karaganda-region' });
  });

  it("refuses to write while another run holds the drafts file, and takes over a dead run's lock", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-draft-'));
    const file = join(dir, 'wire-a.txt');
    writeFileSync(file, 'Strikes\n\nMiners in Zhezkazgan went on strike on January 8.');
    const out = join(dir, 'drafts.json');
    // A live process (this one) holds the lock: the run is refused and writes nothing.
    writeFileSync(`${out}.lock`, String(process.pid));
    const held = await run([file, '--published', '2022-01-08', '--drafts', out]);
    expect(held.status).toBe(1);
    expect(held.stderr).toContain(`another npm run draft (process ${process.pid}) is writing`);
    expect(existsSync(out)).toBe(false);
    // A lock left by a process that is gone is taken over, and released after.
    writeFileSync(`${out}.lock`, '999999999');
    const taken = await run([file, '--published', '2022-01-08', '--drafts', out]);
    expect(taken.status, taken.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(`${out}.lock`)).toBe(false);
    // A field drafts do not have is named, and nothing is dropped: the file stays as it is.
    const written = JSON.parse(readFileSync(out, 'utf8')) as DraftsFile;
    (written.events[0] as unknown as Record<string, unknown>).note = 'my own';
    writeFileSync(out, JSON.stringify(written));
    const again = await run([file, '--published', '2022-01-08', '--drafts', out, '--id', 'wire-b']);
    expect(again.stderr).toContain('.note: a field this kind of record does not have (misspelt?)');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(written);
  });

  it('refuses a missing or bad date, and an id already in the atlas', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-draft-'));
    const file = join(dir, 'x.txt');
    writeFileSync(file, 'Protests in Aktobe.');
    expect((await run([file])).stderr).toContain('--published YYYY-MM-DD is needed');
    const bad = await run([file, '--published', '2022-02-30']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--published "2022-02-30" is not a calendar day');
    const taken = await run([file, '--published', '2022-01-08', '--id', dataset.articles[0]!.id]);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('is already in data/articles.json');
    expect((await run([join(dir, 'nope.txt'), '--published', '2022-01-08'])).stderr).toContain(
      'cannot read',
    );
  });
});

describe('cases a tester found', () => {
  const one = (text: string) => draft(`Headline\n\n${text}`);

  it('reads a span of time as no count, and a part of a count as a part', () => {
    expect(
      one('Two days later, 300 troops were deployed to Taraz.').figures.map((f) => f.text),
    ).toEqual(['300']);
    const d = one(
      'Officials said 164 people had been killed in the unrest, including 103 in Almaty.',
    );
    expect(d.figures.map((f) => [f.text, f.measure, f.area])).toEqual([
      ['164', 'killed', 'kazakhstan'],
      ['103', 'killed', 'almaty-city'],
    ]);
    const two = one('В Таразе и Шымкенте были задержаны более 200 человек.');
    expect(two.figures.map((f) => f.area)).toEqual(['kazakhstan']);
    const wounded = one('Eight officers were killed and 317 wounded in Almaty.');
    expect(wounded.figures.map((f) => [f.text, f.measure, f.group])).toEqual([
      ['Eight', 'killed', 'officers'],
      ['317', 'injured', 'officers'],
    ]);
  });

  it('drafts no event from what will happen, and one for what happened nationwide', () => {
    const d = one(
      'Flights to Almaty will resume on Thursday. Internet access was cut nationwide on Jan. 5.',
    );
    expect(d.events).toEqual([
      expect.objectContaining({
        noPlace: 'nationwide',
        places: [],
        activity: 'security',
        date: expect.objectContaining({ start: '2022-01-05' }),
      }),
    ]);
    expect(d.skipped.map((x) => x.why)).toContain(
      'speaks of what will happen, not of what happened',
    );
  });

  it('knows detentions and gunfire for what they are', () => {
    expect(one('40 people were detained in Aktau.').events[0]?.activity).toBe('security');
    expect(
      one('Troops had opened fire on protesters in Almaty on January 5.').events[0]?.activity,
    ).toBe('clashes');
  });

  it('comes back to the story after a look back', () => {
    const d = one(
      '5 января в Таразе прошёл митинг. Накануне в Шымкенте бастовали рабочие. На следующий день в Таразе ввели комендантский час.',
    );
    expect(d.events.map((e) => [e.places[0], e.date.start])).toEqual([
      ['taraz', '2022-01-05'],
      ['shymkent', '2022-01-04'],
      ['taraz', '2022-01-06'],
    ]);
  });

  it('takes a hard-wrapped first line for text, not for a headline', () => {
    const d = draft(
      'Tokayev said on Monday that the troops of the alliance\nwould leave Almaty soon. Protests went on in Aktobe.',
    );
    expect(d.article.title).toBe('new-article');
  });
});

describe('sentences and days as a reader reads them', () => {
  it('reads hard-wrapped lines as running text, and keeps headings, initials and abbreviations', () => {
    const text =
      'Curfew in the south\n\nTARAZ, Jan. 9 (Wire) - Gen. K. Smith said troops reached\n' +
      'the city on Friday. Shops were shut in Taraz and\nShu, officials said.\n';
    expect(sentences(text).map((s) => s.text)).toEqual([
      'Curfew in the south',
      'TARAZ, Jan. 9 (Wire) - Gen. K. Smith said troops reached the city on Friday.',
      'Shops were shut in Taraz and Shu, officials said.',
    ]);
    // Offsets point into the text as written.
    const [, second] = sentences(text);
    expect(text.slice(second!.start, second!.end)).toContain('reached\nthe city');
  });

  it('counts a chain of days from the last day the story gave, never past the article', () => {
    const d = draft(
      'Protests spread\n\nProtesters gathered in Aktobe on January 4. The next morning, police ' +
        'detained protesters in Aktobe. Two days later, a curfew was declared in Taraz. The day ' +
        'before, crowds had marched in Shymkent. A rally is planned in Oral on January 20.',
      '2022-01-10',
    );
    const days = d.events.map((e) => [e.places[0], e.date.start, e.dateCertainty]);
    expect(days).toEqual([
      ['aktobe', '2022-01-04', 'reported'],
      ['aktobe', '2022-01-05', 'inferred'],
      ['taraz', '2022-01-07', 'inferred'],
      ['shymkent', '2022-01-06', 'inferred'],
    ]);
    // A plan is not an event: "is planned" gives no draft, and says why.
    expect(d.skipped).toContainEqual({
      sentence: 'A rally is planned in Oral on January 20.',
      why: 'speaks of what will happen, not of what happened',
    });
    // Each worked-out day quotes, and cites, the sentence it counts from.
    expect(d.events[2]!.reasoning).toContain('"Two days later" counted from 2022-01-05');
    expect(d.events[2]!.citations.map((c) => c.quote)).toContain(
      'The next morning, police detained protesters in Aktobe.',
    );
  });

  it('reads Russian and Kazakh dates, counts and what happened', () => {
    const ru = draft(
      'Беспорядки\n\n5 января в Таразе протестующие подожгли здание акимата. Накануне в Таразе ' +
        'прошёл митинг. Более 300 человек были задержаны в Таразе.',
    );
    expect(ru.events.map((e) => [e.date.start, e.dateCertainty, e.activity])).toEqual([
      ['2022-01-05', 'reported', 'clashes'],
      ['2022-01-04', 'inferred', 'protest'],
      ['2022-01-10', 'inferred', 'security'],
    ]);
    expect(ru.figures[0]).toMatchObject({
      measure: 'detained',
      area: 'zhambyl',
      value: { min: 300, max: null, qualifier: 'more than' },
    });
    const kk = draft('Тараз\n\n6 қаңтарда Таразда 200-ден астам адам ұсталды.');
    expect(kk.events[0]).toMatchObject({ date: { start: '2022-01-06' }, places: ['taraz'] });
    expect(kk.figures[0]).toMatchObject({ measure: 'detained', value: { min: 200 } });
  });
});
