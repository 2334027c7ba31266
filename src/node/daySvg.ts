/**
 * The day's map as SVG for print, made from the files on disk with the fonts embedded: the same
 * picture the page's Export button gives, without a browser.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../model/atlas.ts';
import { EXPORT_LIMITS, describeSnapshot } from '../outputs/snapshot.ts';
import { dayMapSvg } from '../outputs/svgMap.ts';
import { FONT_SUBSETS, embeddedFontFaces } from '../outputs/fonts.ts';
import type { MapLayers } from '../outputs/layers.ts';
import { KAZAKHSTAN_BOUNDS } from '../outputs/drawing.ts';
import type { Lang } from '../words/i18n.ts';
import { readGeo, readUnits } from './data.ts';

export interface DaySvgOptions {
  lang?: Lang;
  width?: number;
  height?: number;
  /** What to draw; everything when left out. */
  layers?: MapLayers;
}

/** The page's font files (the woff2 subsets it ships) as @font-face rules. */
function fontFaces(): string {
  const require = createRequire(import.meta.url);
  const face = (subset: string, weight: number) =>
    readFileSync(
      require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`),
    ).toString('base64');
  const subsets = FONT_SUBSETS.map((s) => s.subset);
  return embeddedFontFaces({
    regular: subsets.map((s) => face(s, 400)),
    bold: subsets.map((s) => face(s, 700)),
  });
}

/** One day with the whole country in view. */
export function daySvg(atlas: Atlas, day: string, o: DaySvgOptions = {}): string {
  const lang = o.lang ?? 'en';
  const state = atlas.state(day);
  const changes = atlas.changes(day);
  return dayMapSvg(
    atlas.data,
    { units: readUnits(), neighbours: readGeo('geo/neighbours.geojson') },
    state,
    changes,
    describeSnapshot(atlas, day, lang, o.layers),
    {
      lang,
      ...(o.layers ? { layers: o.layers } : {}),
      width: o.width ?? EXPORT_LIMITS.width.initial,
      height: o.height ?? EXPORT_LIMITS.height.initial,
      bounds: KAZAKHSTAN_BOUNDS,
      fontFaces: fontFaces(),
    },
  );
}
