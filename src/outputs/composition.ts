/**
 * The composed picture of a day, laid out once for every renderer: the caption band above the
 * map, the statuses, the legend's columns with their keys, the inference note and the credits
 * below it. The canvas (PNG, GIF, WebM) and the SVG draw these marks as they are; only the way
 * text is measured differs (the canvas measures its font, the SVG estimates Noto Sans).
 */
import { COLORS, type Swatch } from './legend.ts';
import { FOOTER, HEADER, type SnapshotText } from './snapshot.ts';

export interface TextStyle {
  size: number;
  weight: 400 | 700;
  italic?: boolean;
  fill: string;
}

export type Mark =
  | ({ kind: 'text'; x: number; y: number; text: string } & TextStyle)
  /** A hairline across the whole picture, at y. */
  | { kind: 'rule'; y: number; stroke: string }
  /** A legend key whose top left corner is at x, y. */
  | { kind: 'swatch'; swatch: Swatch; x: number; y: number };

export interface Composition {
  width: number;
  height: number;
  background: string;
  /** Where the map goes. */
  map: { x: number; y: number; width: number; height: number };
  /** Above the map, then below it, in drawing order. */
  caption: Mark[];
  foot: Mark[];
}

/** The width of a text in a style, in CSS pixels. */
export type Measure = (text: string, style: TextStyle) => number;

const MUTED = '#5f5a50';

/** Splits text into lines no wider than `width`. */
export function lines(text: string, width: number, style: TextStyle, measure: Measure): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, style) > width && line) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** Shortens text with an ellipsis to fit a width. */
export function fit(text: string, width: number, style: TextStyle, measure: Measure): string {
  if (measure(text, style) <= width) return text;
  let t = text;
  while (t.length > 1 && measure(`${t}…`, style) > width) t = t.slice(0, -1);
  return `${t}…`;
}

export function composeDay(
  text: SnapshotText,
  size: { width: number; height: number },
  measure: Measure,
): Composition {
  const { width, height } = size;
  const mapHeight = height - HEADER - FOOTER;
  const footTop = HEADER + mapHeight;
  const at = (x: number, y: number, t: string, style: TextStyle): Mark => ({
    kind: 'text',
    x,
    y,
    text: t,
    ...style,
  });

  const headline: TextStyle = { size: 13, weight: 400, fill: MUTED };
  const caption: Mark[] = [
    at(16, 30, text.title, { size: 22, weight: 700, fill: COLORS.text }),
    at(16, 53, `${text.date} · ${text.csto}`, { size: 16, weight: 400, fill: COLORS.text }),
    at(16, 74, fit(text.headline, width - 32, headline, measure), headline),
    { kind: 'rule', y: HEADER - 0.5, stroke: '#ddd8cc' },
    { kind: 'rule', y: footTop + 0.5, stroke: '#ddd8cc' },
  ];

  // Statuses on the left, the legend in two columns on the right, then the note and the credits.
  const foot: Mark[] = [];
  const leftWidth = Math.min(420, width * 0.42);
  const status: TextStyle = { size: 13, weight: 400, fill: MUTED };
  let y = footTop + 20;
  for (const line of text.statusLines)
    for (const l of lines(line, leftWidth, status, measure)) {
      foot.push(at(16, y, l, status));
      y += 17;
    }
  const legendX = 16 + leftWidth + 20;
  const colWidth = (width - legendX - 16) / 2;
  const heading: TextStyle = { size: 11, weight: 700, fill: '#6b655a' };
  const label: TextStyle = { size: 11, weight: 400, fill: COLORS.text };
  text.legend.forEach((section, col) => {
    const x = legendX + col * colWidth;
    let ly = footTop + 18;
    foot.push(at(x, ly, section.title.toUpperCase(), heading));
    for (const item of section.items) {
      ly += 15;
      foot.push(
        { kind: 'swatch', swatch: item.swatch, x, y: ly - 9 },
        at(x + 26, ly, fit(item.label, colWidth - 30, label, measure), label),
      );
    }
  });
  const note: TextStyle = { size: 11, weight: 400, italic: true, fill: MUTED };
  if (text.inferenceNote)
    lines(text.inferenceNote, leftWidth, note, measure).forEach((l, i) =>
      foot.push(at(16, y + 2 + i * 14, l, note)),
    );
  // Sources and credits across the foot, wrapped and set from the bottom edge up.
  const small: TextStyle = { size: 11, weight: 400, fill: MUTED };
  const credits = [
    ...lines(text.sources, width - 32, small, measure),
    ...lines(text.credits, width - 32, small, measure),
  ];
  credits.forEach((l, i) =>
    foot.push(at(16, height - 12 - (credits.length - 1 - i) * 14, l, small)),
  );

  return {
    width,
    height,
    background: '#fbfaf7',
    map: { x: 0, y: HEADER, width, height: mapHeight },
    caption,
    foot,
  };
}

/**
 * Noto Sans's advance widths, a little over, in ems: enough for the SVG, which has no font
 * metrics at hand, to wrap and shorten text so that it stays inside its column.
 */
export function estimateWidth(text: string, style: TextStyle): number {
  let ems = 0;
  for (const ch of text) {
    if (ch === ' ') ems += 0.27;
    else if ("iljtfr.,;:'!|()[]-".includes(ch)) ems += 0.4;
    else if (/[MWmwЖШЩЮМФЫжшщюмфы…]/.test(ch)) ems += 0.94;
    else if (ch !== ch.toLowerCase()) ems += 0.78;
    else if (/[nhuobdpqg0-9]/.test(ch)) ems += 0.63;
    else if (/[a-z]/.test(ch)) ems += 0.58;
    else ems += 0.64;
  }
  return ems * style.size * (style.weight === 700 ? 1.08 : 1);
}

/**
 * A map label broken into lines no wider than `maxEms`, at spaces and after hyphens, as the
 * map breaks it ("Северо-" / "Казахстанская" / "область").
 */
export function labelLines(text: string, maxEms: number, style: TextStyle): string[] {
  // A hyphen inside a word ("Северо-Казахстанская") may end a line; a spaced one stays put.
  const pieces = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) =>
      word.split(/(?<=\p{L}-)(?=\p{L})/u).map((part, i) => ({ part, spaced: i === 0 })),
    );
  const out: string[] = [];
  let line = '';
  for (const { part, spaced } of pieces) {
    const next = !line ? part : spaced ? `${line} ${part}` : line + part;
    if (line && estimateWidth(next, style) > maxEms * style.size) {
      out.push(line);
      line = part;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}
