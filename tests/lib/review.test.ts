/** The review screen's save and undo on disk (src/node/review.ts), on a copy of data/. */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/node/data.ts';
import { asSource, Review } from '../../src/node/review.ts';
import { articleTexts } from '../helpers.ts';

const TEXT = `Fires in the south

TARAZ, Jan 9 (Wire) - Protesters set fire to the akimat in Taraz on
January 5, witnesses said. Crowds gathered in Kyzylorda on January 4.
`;

describe.skipIf(!articleTexts)('saving reviewed records', () => {
  let root: string;
  let review: Review;
  const files = () =>
    Object.fromEntries(
      readdirSync(join(root, 'data'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => [f, readFileSync(join(root, 'data', f), 'utf8')]),
    );
  const source = (id: string, text = TEXT) => ({ id, published: '2022-01-09', text });
  const saveAll = (id: string, text = TEXT) => {
    const d = review.draft(source(id, text));
    return review.save(source(id, text), d.drafts.article, d.drafts.events, []);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'atlas-review-'));
    mkdirSync(join(root, 'data'));
    for (const f of readdirSync(join(ROOT, 'data')).filter((f) => f.endsWith('.json')))
      cpSync(join(ROOT, 'data', f), join(root, 'data', f));
    review = new Review(root);
  });

  it('saves what holds, and Undo puts back every byte and removes the text', () => {
    const before = files();
    expect(saveAll('wire-a')).toMatchObject({ ok: true });
    expect(files()).not.toEqual(before);
    expect(review.undo()).toContain('undone');
    expect(files()).toEqual(before);
    expect(existsSync(join(root, 'data/texts'))).toBe(false);
  });

  it('reads a text with a lone surrogate as the file will hold it', () => {
    const text = TEXT.replace('Taraz on', 'Taraz\ud800 on');
    const src = asSource(source('wire-b', text));
    const d = review.draft(src);
    expect(review.save(src, d.drafts.article, d.drafts.events, [])).toMatchObject({ ok: true });
    expect(readFileSync(join(root, 'data/texts/wire-b.txt'), 'utf8')).toContain('Taraz\ufffd on');
  });

  it('never replaces a text already in data/texts/', () => {
    mkdirSync(join(root, 'data/texts'));
    writeFileSync(join(root, 'data/texts/wire-c.txt'), 'my own notes');
    const before = files();
    expect(() => saveAll('wire-c')).toThrow('data/texts/wire-c.txt exists already');
    expect(readFileSync(join(root, 'data/texts/wire-c.txt'), 'utf8')).toBe('my own notes');
    expect(files()).toEqual(before);
  });

  it('keeps the last good save undoable when a later save fails to write', () => {
    const before = files();
    expect(saveAll('wire-d')).toMatchObject({ ok: true });
    const afterFirst = files();
    mkdirSync(join(root, 'data', `.figures.json.${process.pid}.tmp`));
    expect(() => saveAll('wire-e')).toThrow('nothing was changed');
    rmSync(join(root, 'data', `.figures.json.${process.pid}.tmp`), { recursive: true });
    expect(files()).toEqual(afterFirst);
    expect(existsSync(join(root, 'data/texts/wire-e.txt'))).toBe(false);
    expect(review.canUndo()).toBe(true);
    review.undo();
    expect(files()).toEqual(before);
  });

  it('refuses to undo over changes made since the save', () => {
    expect(saveAll('wire-f')).toMatchObject({ ok: true });
    const events = join(root, 'data/events.json');
    writeFileSync(events, readFileSync(events, 'utf8').replace('Protests', 'Protests (edited)'));
    const edited = files();
    expect(() => review.undo()).toThrow('data/events.json changed since the save');
    expect(files()).toEqual(edited);
  });

  it('refuses ids that are not ids, a date other than the one given, and events after the article', () => {
    for (const id of ['..', '.', 'Foo.Bar', '__proto__', 'a/b'])
      expect(() => review.draft(source(id)), id).toThrow('must start with a lower-case letter');
    const d = review.draft(source('wire-g'));
    const article = {
      ...d.drafts.article,
      published: { ...d.drafts.article.published, date: '2022-01-20' },
    };
    expect(() => review.save(source('wire-g'), article, [], [])).toThrow(
      "the article's date, 2022-01-20, is not the publication date given, 2022-01-09",
    );
    const before = files();
    const later = {
      ...d.drafts.events[0]!,
      date: { start: '2022-01-20', end: '2022-01-20', precision: 'day' as const },
      dateCertainty: 'inferred' as const,
      reasoning: 'Set in review, reading "Protesters set fire".',
    };
    const result = review.save(
      source('wire-g'),
      { ...d.drafts.article, file: '../../etc/passwd' },
      [later],
      [],
    );
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain("a day on or before its article's date, 2022-01-09");
    expect(files()).toEqual(before);
  });
});
