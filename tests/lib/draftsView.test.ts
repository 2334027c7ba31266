import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/authoring/drafts.ts';
import { draftsOnDay, parseDrafts } from '../../src/page/draftsView.ts';
import { createGeoparser } from '../../src/authoring/geoparser.ts';
import { allPlaces } from '../../src/node/data.ts';
import { dataset } from '../helpers.ts';

const places = allPlaces(dataset.places);
const byId = new Map(places.map((p) => [p.id, p]));
const d = draftArticle(
  {
    id: 'new',
    file: 'new.txt',
    published: '2022-01-10',
    text: 'Headline\n\nALMATY, Jan 10 - Miners in Zhezkazgan went on strike on January 8. Protesters gathered in Taraz.',
  },
  createGeoparser(places),
  places,
);
const file = { articles: [d.article], events: d.events, figures: d.figures };

describe('drafts in the page', () => {
  it('reads a drafts file, and names the file and field of a problem', () => {
    expect(parseDrafts(JSON.stringify(file))).toEqual({ ok: true, drafts: file });
    expect(parseDrafts('{"articles": [')).toMatchObject({ ok: false, problem: /^drafts\.json/ });
    const bad = parseDrafts(JSON.stringify({ ...file, events: [{ id: 'x' }] }));
    expect(bad).toMatchObject({ ok: false, problem: expect.stringContaining('events.0') });
  });

  it("gives a day's drafts with their places; one dated by a day shows on that day", () => {
    const on8 = draftsOnDay(file, '2022-01-08', byId);
    expect(on8.map((x) => x.places.map((p) => p.name))).toEqual([['Zhezqazghan']]);
    const on10 = draftsOnDay(file, '2022-01-10', byId);
    expect(on10.map((x) => x.event.date.precision)).toEqual(['by']);
    expect(on10[0]!.places.map((p) => p.id)).toEqual(['taraz']);
    expect(draftsOnDay(file, '2022-01-09', byId)).toEqual([]);
  });
});
