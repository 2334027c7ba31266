/**
 * The day's map as SVG, for print: composed like the PNG (title, date, what changed, the map,
 * the statuses, the legend, the inference note, sources and credits), from the same data and
 * colours, with every word as text. Pure: it builds a string from GeoJSON and the day's state.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { DayChanges } from '../model/changes.ts';
import type { DayState } from '../model/dayState.ts';
import type { Lang } from '../words/i18n.ts';
import { COLORS, emergencyBorder, regionFill, regionLook, type Swatch } from './legend.ts';
import {
  ARCS,
  CHANGED_GLOW,
  EMERGENCY_BORDER,
  LABELS,
  arcOpacity,
  hatchPatternSvg,
  mapLabels,
  originLabels,
  shapesSvg,
  swatchShapes,
} from './drawing.ts';
import { cstoArcs, placePoints, spreadArcs } from './mapData.ts';
import { ALL_LAYERS, isShown, shownPlaces, type MapLayers } from './layers.ts';
import type { Dataset } from '../model/schema.ts';
import { FOOTER, HEADER, type SnapshotText } from './snapshot.ts';
import { composeDay, estimateWidth, labelLines, type Mark } from './composition.ts';

export interface SvgOptions {
  width: number;
  height: number;
  /** [west, south, east, north] the map shows. */
  bounds: [number, number, number, number];
  /** @font-face rules to embed (the fonts as data: URLs), or '' for none. */
  fontFaces: string;
  /** The language of the map's labels (the caption comes in its own); English when left out. */
  lang?: Lang;
  /** What the reader chose to see; everything when left out. */
  layers?: MapLayers;
}

const FONT = `'Noto Sans', Arial, Helvetica, sans-serif`;

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Web Mercator, fitted to the bounds inside a box, as maplibre fits them. */
/** A colour as SVG 1.1 stop attributes: rgba() as a colour and its opacity. */
function stopColor(color: string): string {
  const m = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(color);
  return m
    ? `stop-color="rgb(${m[1]},${m[2]},${m[3]})" stop-opacity="${m[4]}"`
    : `stop-color="${color}"`;
}

function projection(bounds: SvgOptions['bounds'], width: number, height: number, pad = 8) {
  const mx = (lon: number) => (lon + 180) / 360;
  const my = (lat: number) =>
    0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
  const [w, s, e, n] = bounds;
  const k = Math.min((width - 2 * pad) / (mx(e) - mx(w)), (height - 2 * pad) / (my(s) - my(n)));
  const cx = (mx(w) + mx(e)) / 2;
  const cy = (my(s) + my(n)) / 2;
  return (p: Position): [number, number] => [
    Math.round(((mx(p[0]!) - cx) * k + width / 2) * 10) / 10,
    Math.round(((my(p[1]!) - cy) * k + height / 2) * 10) / 10,
  ];
}

type Project = ReturnType<typeof projection>;

/** [left, top, right, bottom] of what a label or mark covers, in the map's pixels. */
type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

function ringPath(ring: Position[], project: Project): string {
  let d = '';
  let last = '';
  for (const p of ring) {
    const [x, y] = project(p);
    const here = `${x},${y}`;
    if (here === last) continue;
    d += `${d ? 'L' : 'M'}${here}`;
    last = here;
  }
  return `${d}Z`;
}

function areaPath(geometry: Polygon | MultiPolygon, project: Project): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings.map((r) => ringPath(r, project))).join('');
}

function linePath(coords: Position[], project: Project): string {
  return coords.map((p, i) => `${i ? 'L' : 'M'}${project(p).join(',')}`).join('');
}

const text = (x: number, y: number, s: string, attrs = '') =>
  `<text x="${x}" y="${y}"${attrs ? ` ${attrs}` : ''}>${escapeXml(s)}</text>`;

function swatch(sw: Swatch, x: number, y: number): string {
  return shapesSvg(swatchShapes(sw, x, y));
}

function activityColor(activity: string): string {
  return (COLORS.activity as Record<string, string>)[activity] ?? COLORS.activity.political;
}

export function dayMapSvg(
  data: Dataset,
  geo: { units: FeatureCollection; neighbours: FeatureCollection },
  state: DayState,
  changes: DayChanges,
  caption: SnapshotText,
  o: SvgOptions,
): string {
  const lang = o.lang ?? 'en';
  const mapHeight = o.height - HEADER - FOOTER;
  const project = projection(o.bounds, o.width, mapHeight);
  const unitState = new Map(state.units.map((u) => [u.id, u]));
  const layers = o.layers ?? ALL_LAYERS;
  const measures = isShown(layers, 'measures');
  const parts: string[] = [];
  const gradients: string[] = [];

  // The map, clipped to its band.
  parts.push(
    `<g id="map" transform="translate(0 ${HEADER})" clip-path="url(#map-clip)">`,
    `<rect width="${o.width}" height="${mapHeight}" fill="${COLORS.water}"/>`,
    `<g id="neighbours" fill="${COLORS.land}" stroke="${COLORS.neighbourLine}" stroke-width="0.7">`,
    ...geo.neighbours.features
      .filter(
        (f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
      )
      .map((f) => `<path d="${areaPath(f.geometry as Polygon | MultiPolygon, project)}"/>`),
    '</g>',
  );
  const units = geo.units.features as Feature<
    Polygon | MultiPolygon,
    { id: string; name: string }
  >[];
  const unitPaths = units.map((f) => ({ id: f.properties.id, d: areaPath(f.geometry, project) }));
  parts.push('<g id="regions">');
  for (const { id, d } of unitPaths) {
    const u = unitState.get(id);
    if (!u) continue;
    const look = regionLook(u, layers);
    parts.push(
      `<path data-unit="${id}" d="${d}" fill="${regionFill(look)}" stroke="${COLORS.unitLine}" stroke-width="0.8"><title>${escapeXml(u.name)}</title></path>`,
    );
    if (look.unrecorded)
      parts.push(`<path data-unrecorded="${id}" d="${d}" fill="url(#unrecorded)"/>`);
  }
  parts.push('</g><g id="region-marks" fill="none">');
  for (const { id, d } of unitPaths) {
    const u = unitState.get(id);
    if (!u || !measures) continue;
    // The glow inside the region only: twice as wide, clipped to the region's own shape.
    if (changes.unitIds.has(id)) {
      gradients.push(`<clipPath id="inside-${id}"><path d="${d}"/></clipPath>`);
      parts.push(
        `<path d="${d}" clip-path="url(#inside-${id})" stroke="${COLORS.changed}" stroke-width="${CHANGED_GLOW.width * 2}" stroke-opacity="${CHANGED_GLOW.opacity}"/>`,
      );
    }
    if (u.protest.value)
      parts.push(`<path d="${d}" stroke="${COLORS.protestOutline}" stroke-width="3"/>`);
    const border = emergencyBorder(u, layers);
    if (border)
      parts.push(
        `<path d="${d}" stroke="${COLORS.emergency}" stroke-width="${EMERGENCY_BORDER.width}"${border === 'carried' ? ` stroke-dasharray="${EMERGENCY_BORDER.dash.map((n) => n * EMERGENCY_BORDER.width).join(' ')}"` : ''}/>`,
      );
  }
  parts.push('</g><g id="arcs" fill="none" stroke-linecap="round">');
  // Each arc runs from faint to its full colour, as the map's line gradient does.
  const arcs = [
    ...spreadArcs(data, state.date).features.map((a) => ({ kind: 'spread' as const, a })),
    ...cstoArcs(data, state).features.map((a) => ({ kind: 'csto' as const, a })),
  ].filter(({ kind }) => isShown(layers, kind));
  arcs.forEach(({ kind, a }, i) => {
    const coords = a.geometry.coordinates;
    const [x1, y1] = project(coords[0]!);
    const [x2, y2] = project(coords[coords.length - 1]!);
    gradients.push(
      `<linearGradient id="arc-${i}" gradientUnits="userSpaceOnUse" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">` +
        `<stop offset="0" ${stopColor(ARCS[kind].start)}/><stop offset="1" ${stopColor(ARCS[kind].color)}/></linearGradient>`,
    );
    const width = a.properties.fresh ? ARCS.width.fresh : ARCS.width.other;
    const opacity = arcOpacity(kind, a.properties.age);
    parts.push(
      `<path d="${linePath(coords, project)}" stroke="url(#arc-${i})" stroke-width="${width}"${opacity < 1 ? ` stroke-opacity="${opacity.toFixed(2)}"` : ''}/>`,
    );
  });
  parts.push('</g>');

  // Places as drawn zoomed out: a city and its sites share one point.
  const labels: string[] = [];
  const labelOf = (p: Record<string, unknown>) =>
    String((lang !== 'en' && p[`name_${lang}`]) || p.name);
  /** Where a place's label stands: a city's own label gives way there, as on the map. */
  const labelled: [number, number][] = [];
  /** The space the places' labels take, which the map gives them before region names. */
  const taken: Box[] = [];
  parts.push('<g id="places">');
  for (const f of placePoints(data, shownPlaces(data, state, layers), { fresh: changes.placeIds })
    .features) {
    const p = f.properties as Record<string, unknown>;
    if (f.geometry.type !== 'Point' || p.role === 'member') continue;
    const [x, y] = project(f.geometry.coordinates);
    if (p.status === 'earlier') {
      parts.push(
        `<circle cx="${x}" cy="${y}" r="5" fill="${COLORS.earlier}" fill-opacity="${(0.8 * Number(p.weight)).toFixed(2)}" stroke="#ffffff"/>`,
      );
      continue;
    }
    if (p.fresh)
      parts.push(
        `<circle cx="${x}" cy="${y}" r="14" fill="${COLORS.changed}" fill-opacity="0.8"/>`,
      );
    const color = activityColor(String(p.activity));
    const hollow = p.certainty === 'inferred';
    parts.push(
      `<circle cx="${x}" cy="${y}" r="7" fill="${hollow ? '#ffffff' : color}" stroke="${hollow ? color : '#ffffff'}" stroke-width="${hollow ? 3 : 1.5}"/>`,
    );
    if (!p.origin) {
      labelled.push([x, y]);
      String(lang === 'en' ? p.label : p[`label_${lang}`])
        .split('\n')
        .forEach((line, i) => {
          labels.push(text(x + 11, y + 4 + i * 14, line, 'font-weight="700"'));
          const w = estimateWidth(line, { size: 12, weight: 700, fill: '' });
          taken.push([x + 11, y - 5 + i * 14, x + 11 + w, y + 6 + i * 14]);
        });
    }
  }
  parts.push('</g>');
  // Where it began, labelled every day, as on the map (the westernmost reads above its point).
  for (const f of originLabels(data).features) {
    const [px, py] = project(f.geometry.coordinates);
    const p = f.properties!;
    const above = p.anchor === 'bottom-left';
    // The label's own corner: to the right of the point, or above it and a little to the left.
    const [x, y] = above ? [px - 6 - 7, py - 24] : [px, py];
    const at = `x="${x + 7}"`;
    const began = String((lang !== 'en' && p[`began_${lang}`]) || p.began);
    parts.push(`<circle cx="${px}" cy="${py}" r="3" fill="${COLORS.text}" stroke="#ffffff"/>`);
    const w = Math.max(
      estimateWidth(labelOf(p), { size: 12, weight: 700, fill: '' }),
      estimateWidth(began, { size: 10, weight: 400, fill: '' }),
    );
    const left = x + 7;
    taken.push([left, y - 16, left + w, y + 11]);
    labels.push(
      `<text ${at} y="${y - 4}" font-weight="700">${escapeXml(labelOf(p))}</text>`,
      `<text ${at} y="${y + 8}" font-size="10">${escapeXml(began)}</text>`,
    );
  }
  // The fixed labels, as on the map: regions, the three cities (unless a place's label stands
  // there already), and the neighbouring countries in view.
  const fixed = mapLabels(data);
  // A country's label only where it stands whole, well inside the map.
  const inView = ([x, y]: [number, number]) =>
    x >= 60 && x <= o.width - 60 && y >= 20 && y <= mapHeight - 20;
  const cityLabels = fixed.cities.features.flatMap((f) => {
    const [x, y] = project(f.geometry.coordinates);
    if (labelled.some(([lx, ly]) => Math.hypot(lx - x, ly - y) < 12)) return [];
    const w = estimateWidth(labelOf(f.properties!), {
      size: LABELS.city.size,
      weight: 700,
      fill: '',
    });
    const baseline = y + 6 + LABELS.city.size;
    taken.push([x - w / 2, baseline - LABELS.city.size * 0.7, x + w / 2, baseline + 2]);
    return [
      `<circle cx="${x}" cy="${y}" r="${LABELS.city.dot}" fill="${LABELS.city.color}" stroke="none"/>`,
      text(x, y + 6 + LABELS.city.size, labelOf(f.properties!), 'text-anchor="middle"'),
    ];
  });
  const regionLabels = fixed.oblasts.features.map((f) => {
    const [x, y] = project(f.geometry.coordinates);
    const { size, maxWidth, color } = LABELS.oblast;
    const name = labelOf(f.properties!);
    const rows = labelLines(name, maxWidth, { size, weight: 400, fill: color });
    if (!rows.length) return '';
    // The block of lines centred on the point, as the map sets it; one text, its full name kept.
    const top = y + size * 0.35 - ((rows.length - 1) * size * 1.2) / 2;
    // Where it would cover a place's label, the name gives way, as on the map.
    const w = Math.max(...rows.map((r) => estimateWidth(r, { size, weight: 400, fill: '' })));
    const box: Box = [
      x - w / 2,
      top - size * 0.7,
      x + w / 2,
      top + (rows.length - 1) * size * 1.2 + size * 0.2,
    ];
    if (taken.some((t) => overlaps(t, box))) return '';
    const spans = rows.map(
      (row, i) =>
        `<tspan x="${x}" y="${Math.round((top + i * size * 1.2) * 10) / 10}">${escapeXml(row)}</tspan>`,
    );
    return `<text data-name="${escapeXml(name)}" text-anchor="middle" fill="${color}">${spans.join('')}</text>`;
  });
  const countryLabels = fixed.countries.features.flatMap((f) => {
    const at = project(f.geometry.coordinates);
    return inView(at) ? [text(at[0], at[1], labelOf(f.properties!), 'text-anchor="middle"')] : [];
  });
  parts.push(
    `<g id="country-labels" font-size="${LABELS.country.size}" fill="${LABELS.country.color}" letter-spacing="${LABELS.country.letterSpacing}em" paint-order="stroke" stroke="${LABELS.country.halo}" stroke-width="2">${countryLabels.join('')}</g>`,
    `<g id="region-labels" font-size="${LABELS.oblast.size}" paint-order="stroke" stroke="#ffffff" stroke-width="2.5" stroke-opacity="0.8">${regionLabels.join('')}</g>`,
    `<g id="city-labels" font-size="${LABELS.city.size}" font-weight="700" fill="${LABELS.city.color}" paint-order="stroke" stroke="${LABELS.city.halo}" stroke-width="3">${cityLabels.join('')}</g>`,
    `<g id="place-labels" font-size="12" fill="${COLORS.text}" paint-order="stroke" stroke="#ffffff" stroke-width="3">${labels.join('')}</g>`,
    '</g>',
  );

  // The caption band and the foot, laid out as in the PNG.
  const picture = composeDay(caption, o, estimateWidth);
  const marks = (list: Mark[]) =>
    list
      .map((mark) => {
        if (mark.kind === 'rule')
          return `<line x1="0" y1="${mark.y}" x2="${o.width}" y2="${mark.y}" stroke="${mark.stroke}"/>`;
        if (mark.kind === 'swatch') return swatch(mark.swatch, mark.x, mark.y);
        const style = [
          `font-size="${mark.size}"`,
          mark.weight === 700 ? 'font-weight="700"' : '',
          mark.italic ? 'font-style="italic"' : '',
          `fill="${mark.fill}"`,
        ];
        return text(mark.x, mark.y, mark.text, style.filter(Boolean).join(' '));
      })
      .join('');

  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${lang}" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" font-family="${FONT}">`,
    `<title>${escapeXml(`${caption.title}: ${caption.date}`)}</title>`,
    `<desc>${escapeXml(`${caption.headline}. ${caption.statusLines.join('. ')}.`)}</desc>`,
    `<defs>${o.fontFaces ? `<style>${o.fontFaces}</style>` : ''}<clipPath id="map-clip"><rect width="${o.width}" height="${mapHeight}"/></clipPath>${hatchPatternSvg('unrecorded')}${gradients.join('')}</defs>`,
    `<rect width="${o.width}" height="${o.height}" fill="${picture.background}"/>`,
    ...parts,
    `<g id="caption">${marks(picture.caption)}</g>`,
    `<g id="foot">${marks(picture.foot)}</g>`,
    '</svg>',
  ].join('\n');
}
