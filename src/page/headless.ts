/**
 * window.atlasExport: the exports as functions, for `npm run snapshot(s)` and the tests, which
 * drive the built site in headless Chromium. Binary results come back as base64 strings.
 */
import { dayProblem } from '../model/days.ts';
import { EXPORT_LIMITS } from '../outputs/snapshot.ts';
import type { Atlas } from '../model/atlas.ts';
import { exportDay } from '../outputs/exportDay.ts';
import type { Loaded } from './load.ts';
import { blobToBase64 } from './map/base64.ts';
import type { ToolFileId } from '../outputs/toolFiles.ts';
import type { Exporter, ExportOptions } from './map/exporter.ts';
import { layersFromParams } from '../outputs/layers.ts';

const DEFAULT_EXPORT: ExportOptions = {
  width: EXPORT_LIMITS.width.initial,
  height: EXPORT_LIMITS.height.initial,
  scale: EXPORT_LIMITS.scale.initial,
};

/**
 * Export options as they cross from Node into the page, where sets do not go: the layers as
 * the link writes them (`hide: 'spread,csto'`, `only: 'clashes'`).
 */
export type HeadlessOptions = Partial<Omit<ExportOptions, 'layers'>> & {
  hide?: string;
  only?: string;
};

export interface HeadlessApi {
  period: { start: string; end: string };
  png(day: string, options?: HeadlessOptions): Promise<string>;
  /** The day's map as SVG text. */
  svg(day: string, options?: HeadlessOptions): Promise<string>;
  gif(days: string[], frameMs: number, options?: HeadlessOptions): Promise<string>;
  webm(days: string[], frameMs: number, options?: HeadlessOptions): Promise<string>;
  /** The names a label layer shows in the PNG of a day (see Exporter.labelsShown). */
  labelsShown(day: string, layer: string, options?: HeadlessOptions): Promise<string[]>;
  /** An animation of PNGs already exported (base64), one frame each, without drawing again. */
  animationOf(kind: 'gif' | 'webm', pngs: string[], frameMs: number): Promise<string>;
  geojson(day: string): string;
  /** A data file for other tools (see lib/toolFiles.ts), as text. */
  toolFile(id: ToolFileId): Promise<string>;
}

declare global {
  interface Window {
    atlasExport?: HeadlessApi;
  }
}

export function installHeadlessApi(
  loaded: Loaded,
  atlas: Atlas,
  getExporter: () => Promise<Exporter>,
): void {
  const { data } = loaded;
  const checkDay = (day: string) => {
    const problem = dayProblem(day, data.period);
    if (problem) throw new Error(problem);
  };
  const dayGeoJson = (day: string) => exportDay(atlas.state(day), loaded.units, atlas.changes(day));
  const opts = ({ hide, only, ...o }: HeadlessOptions = {}): ExportOptions => ({
    ...DEFAULT_EXPORT,
    ...o,
    ...(hide || only ? { layers: layersFromParams(hide ?? null, only ?? null).layers } : {}),
  });
  window.atlasExport = {
    period: { start: data.period.start, end: data.period.end },
    png: async (day, o) => (
      checkDay(day),
      blobToBase64(await (await getExporter()).png(day, opts(o)))
    ),
    svg: async (day, o) => (checkDay(day), (await (await getExporter()).svg(day, opts(o))).text()),
    gif: async (days, frameMs, o) => (
      days.forEach(checkDay),
      blobToBase64(await (await getExporter()).gif(days, frameMs, opts(o)))
    ),
    webm: async (days, frameMs, o) => (
      days.forEach(checkDay),
      blobToBase64(await (await getExporter()).webm(days, frameMs, opts(o)))
    ),
    labelsShown: async (day, layer, o) => (
      checkDay(day),
      (await getExporter()).labelsShown(day, layer, opts(o))
    ),
    animationOf: async (kind, pngs, frameMs) => {
      const { decodedFrames, encodeGif, encodeWebm } = await import('./map/exporter.ts');
      const images = await Promise.all(
        pngs.map(async (b64) => (await fetch(`data:image/png;base64,${b64}`)).blob()),
      );
      const encode = kind === 'gif' ? encodeGif : encodeWebm;
      return blobToBase64(await encode(decodedFrames(images), frameMs));
    },
    geojson: (day) => (checkDay(day), JSON.stringify(dayGeoJson(day))),
    toolFile: async (id) =>
      (await import('../outputs/toolFileText.ts')).toolFileText(id, data, atlas.state),
  };
}
