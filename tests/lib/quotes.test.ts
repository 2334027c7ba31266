import { describe, expect, it } from 'vitest';
import { normaliseSpace } from '../../src/model/text.ts';
import { ARTICLES_DIR, articleTexts, dataset } from '../helpers.ts';

const CI = process.env.CI === 'true';
if (!articleTexts && !CI)
  console.warn(`articles not found at ${ARTICLES_DIR}: quote checks skipped (set ARTICLES_DIR)`);

// Locally the article checks may be skipped; under CI they are the point of the run.
describe.runIf(CI && !articleTexts)('the articles', () => {
  it('are there under CI, for the quote, claim and coverage checks', () => {
    expect.fail(`no articles at ${ARTICLES_DIR}: set ARTICLES_DIR`);
  });
});

/** Every citation in the dataset, with where it stands. */
function allCitations() {
  const out: { where: string; article: string; quote: string }[] = [];
  const add = (where: string, cs: { article: string; quote: string }[]) =>
    cs.forEach((c) => out.push({ where, ...c }));
  for (const a of dataset.articles)
    add(`article ${a.id}`, [{ article: a.id, quote: a.published.quote }]);
  for (const e of dataset.events) add(`event ${e.id}`, e.citations);
  for (const s of dataset.statuses) add(`status ${s.id}`, s.citations);
  for (const c of dataset.csto) {
    add(`csto ${c.id}`, c.citations);
    c.disputed?.forEach((d) => add(`csto ${c.id} disputed`, d.citations));
  }
  add('cstoContingents', [
    ...dataset.cstoContingents.citations,
    ...dataset.cstoContingents.destinationCitations,
  ]);
  for (const f of dataset.figures) add(`figure ${f.id}`, f.citations);
  return out;
}

describe.skipIf(!articleTexts)('quotes', () => {
  it('every quote stands verbatim in its article (white space aside)', () => {
    const citations = allCitations();
    expect(citations.length).toBeGreaterThan(60);
    const missing = citations.filter(
      (c) => !normaliseSpace(articleTexts![c.article] ?? '').includes(normaliseSpace(c.quote)),
    );
    expect(missing).toEqual([]);
  });

  it('quotes are a sentence or less', () => {
    for (const c of allCitations()) expect(c.quote.length, c.where).toBeLessThanOrEqual(400);
  });

  it('every inferred record says why', () => {
    const inferred = [
      ...dataset.events.filter((e) => e.dateCertainty === 'inferred'),
      ...dataset.statuses.filter((s) => s.certainty === 'inferred'),
      ...dataset.csto.filter((c) => c.certainty === 'inferred'),
      ...dataset.figures.filter((f) => f.asOfCertainty === 'inferred'),
    ];
    expect(inferred.length).toBeGreaterThan(10);
    for (const r of inferred) expect(r.reasoning?.length ?? 0, r.id).toBeGreaterThan(20);
  });
});
