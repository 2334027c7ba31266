import { Atlas } from '../../src/model/atlas.ts';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { changesOn } from '../../src/model/changes.ts';
import { dayState } from '../../src/model/dayState.ts';
import type { Lang } from '../../src/words/i18n.ts';
import { atlasLooks, legend, regionFill, regionLook } from '../../src/outputs/legend.ts';
import { describeSnapshot } from '../../src/outputs/snapshot.ts';
import { dayMapSvg } from '../../src/outputs/svgMap.ts';
import { labelLines } from '../../src/outputs/composition.ts';
import { readGeo } from '../../src/node/data.ts';
import { atlas, dataset, units } from '../helpers.ts';

const neighbours = readGeo('geo/neighbours.geojson');

function svgOf(day: string, lang: Lang = 'en') {
  const state = atlas.state(day);
  const changes = atlas.changes(day);
  const caption = describeSnapshot(atlas, day, lang);
  const svg = dayMapSvg(dataset, { units, neighbours }, state, changes, caption, {
    lang,
    width: 1200,
    height: 900,
    bounds: [46.4, 40.4, 87.4, 55.5],
    fontFaces: "@font-face{font-family:'Noto Sans';src:url(data:font/woff2;base64,AAAA)}",
  });
  const doc = new new Window().DOMParser().parseFromString(svg, 'image/svg+xml');
  return { svg, doc, state, caption };
}

describe('the day as SVG', () => {
  it('parses as SVG, with the caption and the legend as text', () => {
    const { doc, caption } = svgOf('2022-01-13');
    expect(doc.documentElement.tagName.toLowerCase()).toBe('svg');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    for (const line of [caption.title, caption.headline, ...caption.statusLines])
      expect(texts).toContain(line);
    expect(texts).toContain(`${caption.date} · ${caption.csto}`);
    for (const item of legend('en', atlasLooks(atlas)).flatMap((s) => s.items))
      expect(texts).toContain(item.label);
    expect(texts.join(' ')).toContain('Nur-Sultan');
  });

  it('speaks Russian and Kazakh: caption, legend and place names', () => {
    for (const [lang, title, place, region] of [
      ['ru', 'Казахстан, январь 2022', 'Алматы', 'Акмолинская область'],
      ['kk', 'Қазақстан, 2022 жылғы қаңтар', 'Жаңаөзен', 'Ақмола облысы'],
    ] as const) {
      const { doc, caption } = svgOf('2022-01-05', lang);
      expect(doc.documentElement.getAttribute('xml:lang')).toBe(lang);
      const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
      expect(caption.title).toBe(title);
      expect(texts).toContain(title);
      // Each key's label, shortened where its column ends, as in the PNG.
      for (const item of legend(lang, atlasLooks(atlas)).flatMap((s) => s.items))
        expect(
          texts.some(
            (t) =>
              t === item.label ||
              (t.endsWith('…') &&
                t.length > item.label.length / 2 &&
                item.label.startsWith(t.slice(0, -1))),
          ),
        ).toBe(true);
      expect(texts).toContain(place);
      const regions = [...doc.querySelectorAll('text[data-name]')].map((t) =>
        t.getAttribute('data-name'),
      );
      expect(regions).toContain(region);
      // Nothing of the drawing left in English but the article titles in the sources.
      expect(texts.filter((t) => /\b(Protests|State of emergency|regions?)\b/.test(t))).toEqual([]);
    }
  });

  it('fills each region with the colour the map gives it that day', () => {
    const { doc, state } = svgOf('2022-01-13');
    const paths = [...doc.querySelectorAll('path[data-unit]')];
    expect(paths).toHaveLength(17);
    for (const path of paths) {
      const u = state.units.find((x) => x.id === path.getAttribute('data-unit'))!;
      expect(path.getAttribute('fill')).toBe(regionFill(regionLook(u)));
    }
  });

  it('carries its fonts', () => {
    const { svg } = svgOf('2022-01-05');
    expect(svg).toContain("@font-face{font-family:'Noto Sans'");
    expect(svg).toContain("Almaty mayor's office (akimat)");
  });

  it('writes text from the data as text, never as markup', () => {
    const data = structuredClone(dataset);
    data.places.find((p) => p.id === 'almaty')!.name = '<a href="x">Almaty</a> & "co"';
    const state = dayState(data, '2022-01-05');
    const changes = changesOn(data, state);
    const svg = dayMapSvg(
      data,
      { units, neighbours },
      state,
      changes,
      describeSnapshot(new Atlas(data), '2022-01-05'),
      {
        width: 1200,
        height: 900,
        bounds: [46.4, 40.4, 87.4, 55.5],
        fontFaces: '',
      },
    );
    const doc = new new Window().DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelectorAll('a')).toHaveLength(0);
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toContain(
      '<a href="x">Almaty</a> & "co"',
    );
  });

  it('breaks a region name into lines as the map does: after a hyphen in a word, at spaces', () => {
    const style = { size: 10, weight: 400 as const, fill: '' };
    expect(labelLines('Северо-Казахстанская область', 7, style)).toEqual([
      'Северо-',
      'Казахстанская',
      'область',
    ]);
    expect(labelLines('Almaty', 7, style)).toEqual(['Almaty']);
    // A spaced dash is not a place to break a word.
    expect(labelLines('A - B', 7, style)).toEqual(['A - B']);
    expect(labelLines('', 7, style)).toEqual([]);
  });
});
