import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentences } from '../../src/authoring/statements.ts';
import { shiftIn } from '../../src/authoring/narrativeTime.ts';
import { normaliseSpace } from '../../src/model/text.ts';

/** Text made of words, marks and breaks: what a wire, a PDF or a hostile file may hold. */
const texty = fc
  .array(
    fc.oneof(
      fc.constantFrom('Taraz', 'protest', 'Jan.', 'Gen.', 'K.', 'said', 'the', '5', '1,300'),
      fc.constantFrom('Алматы', 'митинг', 'г.', 'қаңтарда', '«Тыныш»', 'ул.'),
      fc.constantFrom('.', '. ', '! ', '? ', '… ', '"', '“', '”', ' ', '\n', '\n\n', ';', ','),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(' '));

describe('sentences', () => {
  it('point into the text, in order, without overlap, each its own text with white space as one space', () => {
    fc.assert(
      fc.property(texty, (text) => {
        let last = 0;
        for (const s of sentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.text).toBe(normaliseSpace(text.slice(s.start, s.end)));
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leave out no letter or digit of the text', () => {
    fc.assert(
      fc.property(texty, (text) => {
        const covered = new Uint8Array(text.length);
        for (const s of sentences(text)) covered.fill(1, s.start, s.end);
        for (let i = 0; i < text.length; i++)
          if (/[\p{L}\p{N}]/u.test(text[i]!)) expect(covered[i], JSON.stringify(text)).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('cut a long text the same way as its parts, window or not', () => {
    const one = 'Protesters gathered in Taraz on Jan. 5. Police said 40 were hurt. ';
    const long = one.repeat(400);
    expect(sentences(long).map((s) => s.text)).toEqual(
      Array.from({ length: 800 }, (_, i) =>
        i % 2 ? 'Police said 40 were hurt.' : 'Protesters gathered in Taraz on Jan. 5.',
      ),
    );
  });
});

describe('days counted from another day', () => {
  it.each([
    ['Two days later, troops arrived.', 2, 'story'],
    ['Two days after that, a curfew came.', 2, 'story'],
    ['The next morning, crowds gathered.', 1, 'story'],
    ['The day before, crowds had gathered.', -1, 'story'],
    ['That evening, the akim resigned.', 0, 'story'],
    ['На следующий день прошёл митинг.', 1, 'story'],
    ['Накануне прошёл митинг.', -1, 'story'],
    ['Через два дня ввели комендантский час.', 2, 'story'],
    ['Утром того же дня спецназ задержал людей.', 0, 'story'],
    ['Келесі күні әскер енгізілді.', 1, 'story'],
    ['Бір күн бұрын кеншілер ереуілге шықты.', -1, 'story'],
    ['Police said yesterday that 5 were held.', -1, 'writing'],
    ['Вчера прошёл митинг.', -1, 'writing'],
  ] as const)('%s', (sentence, days, from) => {
    expect(shiftIn(sentence)).toMatchObject({ days, from });
  });

  it('reads no shift where there is none', () => {
    for (const s of [
      'The day before the vote was calm.',
      'Days later is a film.',
      'Протестующие собрались на площади.',
    ])
      expect(shiftIn(s), s).toBeNull();
  });
});
