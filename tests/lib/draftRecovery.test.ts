/**
 * Drafts measured on news texts written for the purpose after the drafting rules (English wire
 * copy hard-wrapped at 70 characters, Russian and Kazakh news, a short text), each with the
 * (place, day) pairs and the counts a careful reader finds in it (tests/fixtures/drafts/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftArticle, type Drafts } from '../../src/authoring/drafts.ts';
import { createGeoparser } from '../../src/authoring/geoparser.ts';
import { sentences } from '../../src/authoring/statements.ts';
import { normaliseSpace } from '../../src/model/text.ts';
import { allPlaces, readRawData } from '../../src/node/data.ts';
import { checkDrafts } from '../../src/node/drafts.ts';
import { articleTexts, dataset } from '../helpers.ts';

interface Annotated {
  published: string;
  language: string;
  pairs: { place: string; day: string; sentence: string }[];
  counts: {
    value: number;
    qualifier: string | null;
    measure: string;
    place: string | null;
    sentence: string;
  }[];
}

const DIR = join(import.meta.dirname, '../fixtures/drafts');
const places = allPlaces(dataset.places);
const byId = new Map(places.map((p) => [p.id, p]));
const geoparser = createGeoparser(places);
const raw = readRawData();
const texts = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.txt$/, '');
    const text = readFileSync(join(DIR, f), 'utf8');
    const notes = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Annotated;
    const all = draftArticle(
      { id: name, file: f, published: notes.published, text },
      geoparser,
      places,
    );
    // What npm run draft keeps: the drafts that pass the support checker.
    const errors = checkDrafts(
      dataset,
      raw,
      { articles: [all.article], events: all.events, figures: all.figures },
      { ...articleTexts, [name]: text },
    );
    const failing = new Set(errors.map((e) => e.id));
    const drafts: Drafts = {
      ...all,
      events: all.events.filter((e) => !failing.has(e.id)),
      figures: all.figures.filter((x) => !failing.has(x.id)),
    };
    return { name, text, notes, drafts, errors };
  });

/** The place an annotation names, as the gazetteer has it. */
function placeOf(name: string) {
  const found = geoparser.parse(`Protests in ${name}.`)[0];
  if (!found) throw new Error(`the gazetteer has no "${name}"`);
  return byId.get(found.placeId)!;
}

/** Whether a draft holds an annotated pair: the same place (or a place in the named region), the same day. */
function recovered(drafts: Drafts, pair: Annotated['pairs'][number]): boolean {
  const want = placeOf(pair.place);
  return drafts.events.some(
    (e) =>
      e.date.start <= pair.day &&
      pair.day <= e.date.end &&
      e.date.precision !== 'by' &&
      e.places.some(
        (id) => id === want.id || (want.kind === 'region' && byId.get(id)?.unit === want.unit),
      ),
  );
}

function counted(drafts: Drafts, c: Annotated['counts'][number]): boolean {
  const area = c.place ? placeOf(c.place).unit : 'kazakhstan';
  return drafts.figures.some(
    (f) =>
      f.measure === c.measure &&
      f.area === area &&
      (f.value?.min ?? f.value?.approx ?? f.value?.max) === c.value &&
      (f.value?.qualifier ?? null) === c.qualifier,
  );
}

describe('drafts on new texts', () => {
  it('recovers at least 90% of the annotated (place, day) pairs and counts', () => {
    let pairs = 0;
    let pairsFound = 0;
    let counts = 0;
    let countsFound = 0;
    const report: string[] = [];
    const missed: string[] = [];
    for (const { name, notes, drafts } of texts) {
      const gotPairs = notes.pairs.filter((p) => recovered(drafts, p));
      const gotCounts = notes.counts.filter((c) => counted(drafts, c));
      for (const p of notes.pairs)
        if (!gotPairs.includes(p)) missed.push(`${name}: ${p.place}@${p.day}`);
      for (const c of notes.counts)
        if (!gotCounts.includes(c)) missed.push(`${name}: ${c.value} ${c.measure} ${c.place}`);
      // Noise: drafts that hold no annotated pair.
      const noise = drafts.events.filter(
        (e) => !notes.pairs.some((p) => recovered({ ...drafts, events: [e] }, p)),
      ).length;
      report.push(
        `${name}: ${gotPairs.length}/${notes.pairs.length} pairs, ${gotCounts.length}/${notes.counts.length} counts, ${noise} of ${drafts.events.length} events hold no pair`,
      );
      pairs += notes.pairs.length;
      pairsFound += gotPairs.length;
      counts += notes.counts.length;
      countsFound += gotCounts.length;
    }
    console.log(report.join('\n') + (missed.length ? `\nmissed: ${missed.join('; ')}` : ''));
    expect(pairsFound / pairs).toBeGreaterThanOrEqual(0.9);
    expect(countsFound / counts).toBeGreaterThanOrEqual(0.9);
  });

  it('gives drafts that pass the support checker', () => {
    for (const { name, errors } of texts)
      expect(
        errors.map((e) => `${name}: ${e.id} ${e.field}: ${e.expected}; found ${e.actual}`),
      ).toEqual([]);
  });

  it('dates no draft after its article, and quotes whole sentences', () => {
    for (const { name, text, notes, drafts } of texts) {
      const whole = new Set(sentences(text).map((s) => s.text));
      const flat = normaliseSpace(text);
      for (const e of drafts.events) {
        expect(e.date.end <= notes.published, `${name} ${e.id} ${e.date.end}`).toBe(true);
        for (const c of e.citations) {
          expect(whole.has(c.quote), `${name}: ${c.quote}`).toBe(true);
          expect(flat.includes(c.quote)).toBe(true);
        }
      }
      // Every annotated sentence is one sentence of the text, as a reader cuts them.
      for (const s of [...notes.pairs, ...notes.counts].map((x) => x.sentence))
        expect(whole.has(normaliseSpace(s)), `${name}: ${s}`).toBe(true);
    }
  });
});
