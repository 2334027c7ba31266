/**
 * The one font table: Noto Sans in four @fontsource subsets, two weights. The map's style, the
 * page and the exporter's canvas all take their faces from here.
 */
export const FONT_FAMILY = 'Noto Sans';
/** The font stacks the map's style names (see style.ts). */
export const FONT = `${FONT_FAMILY} Regular`;
export const FONT_BOLD = `${FONT_FAMILY} Bold`;

/**
 * What each subset covers, without overlaps, in the order of the files in FontFiles. Kazakh
 * needs both Cyrillic files: Ұ and Ү are in "cyrillic", Ә Ғ Қ Ң Ө Һ in "cyrillic-ext".
 */
export const FONT_SUBSETS = [
  { subset: 'latin', unicodeRange: ['U+0000-00FF', 'U+2000-206F'] },
  { subset: 'latin-ext', unicodeRange: ['U+0100-02FF'] },
  { subset: 'cyrillic', unicodeRange: ['U+0400-045F', 'U+0490-0491', 'U+04B0-04B1'] },
  { subset: 'cyrillic-ext', unicodeRange: ['U+0460-048F', 'U+0492-04AF', 'U+04B2-052F'] },
] as const;

/** Absolute URLs of the woff2 files, one per subset in FONT_SUBSETS order. */
export interface FontFiles {
  regular: string[];
  bold: string[];
}

/** Makes the same faces available to the page's text and to canvas drawing. */
export function registerPageFonts(files: FontFiles): void {
  if (typeof FontFace === 'undefined') return;
  for (const [weight, urls] of [
    ['400', files.regular],
    ['700', files.bold],
  ] as const)
    urls.forEach((url, i) =>
      document.fonts.add(
        new FontFace(FONT_FAMILY, `url(${JSON.stringify(url)}) format("woff2")`, {
          weight,
          unicodeRange: FONT_SUBSETS[i]!.unicodeRange.join(', '),
        }),
      ),
    );
}

/**
 * @font-face rules that embed the faces as data: URLs, for a file that must carry its fonts
 * (the SVG export). `base64` holds each weight's woff2 files in FONT_SUBSETS order.
 */
export function embeddedFontFaces(base64: { regular: string[]; bold: string[] }): string {
  return (['regular', 'bold'] as const)
    .flatMap((weight) =>
      base64[weight].map(
        (data, i) =>
          `@font-face{font-family:'${FONT_FAMILY}';font-weight:${weight === 'bold' ? 700 : 400};` +
          `unicode-range:${FONT_SUBSETS[i]!.unicodeRange.join(',')};` +
          `src:url(data:font/woff2;base64,${data}) format('woff2')}`,
      ),
    )
    .join('');
}
