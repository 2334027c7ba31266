import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGeoparser } from '../../src/authoring/geoparser.ts';
import type { Citation } from '../../src/model/schema.ts';
import { statements } from '../../src/authoring/statements.ts';
import { articleTexts, dataset } from '../helpers.ts';

type Entry = { quote: string; records?: string[]; leftOut?: string };
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/coverage.json', import.meta.url), 'utf8'),
) as { articles: Record<string, Entry[]> };

/** Where a quote stands in the raw text, white space aside; -1 when it does not. */
function locate(text: string, quote: string): { start: number; end: number } | null {
  const pattern = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const m = new RegExp(pattern).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Every record by id, with the citations that tie it to its articles. */
const records = new Map<string, Citation[]>();
for (const r of [...dataset.events, ...dataset.statuses, ...dataset.figures])
  records.set(r.id, r.citations);
for (const r of dataset.csto)
  records.set(r.id, [...r.citations, ...(r.disputed ?? []).flatMap((d) => d.citations)]);
for (const a of dataset.articles) records.set(a.id, [{ article: a.id, quote: a.published.quote }]);
records.set('cstoContingents', dataset.cstoContingents.citations);

describe.skipIf(!articleTexts)('coverage of the articles', () => {
  it('lists every article', () => {
    expect(Object.keys(fixture.articles).sort()).toEqual(dataset.articles.map((a) => a.id).sort());
  });

  it('maps every statement to records that cite its article, or to a reason', () => {
    const problems: string[] = [];
    for (const [article, entries] of Object.entries(fixture.articles)) {
      for (const e of entries) {
        const where = `${article}: ${e.quote.slice(0, 50)}`;
        if (!locate(articleTexts![article]!, e.quote))
          problems.push(`${where}: not in the article`);
        if (!e.records?.length && !e.leftOut?.trim()) problems.push(`${where}: mapped to nothing`);
        for (const id of e.records ?? []) {
          const cites = records.get(id);
          if (!cites) problems.push(`${where}: no record "${id}"`);
          else if (!cites.some((c) => c.article === article))
            problems.push(`${where}: record "${id}" cites nothing from this article`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has an entry for every sentence that names a place, states a day or gives a count', () => {
    const geoparser = createGeoparser(dataset.places);
    const missing: string[] = [];
    for (const a of dataset.articles) {
      const text = articleTexts![a.id]!;
      const spans = (fixture.articles[a.id] ?? [])
        .map((e) => locate(text, e.quote))
        .filter((s) => s !== null);
      const found = statements(
        text,
        { date: a.published.date, stated: a.published.certainty === 'stated' },
        geoparser,
      );
      expect(found.length).toBeGreaterThan(5);
      for (const s of found)
        if (!spans.some((q) => q.start < s.end && s.start < q.end))
          missing.push(`${a.id}: ${s.text.slice(0, 80)}`);
    }
    expect(missing).toEqual([]);
  });
});
