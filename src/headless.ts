/**
 * window.atlasExport: the exports as functions, for `npm run snapshot(s)` and the tests, which
 * drive the built site in headless Chromium. Binary results come back as base64 strings.
 */
import { isDay } from './lib/days.ts';
import { dayState, isDayInRange } from './lib/dayState.ts';
import { exportDay } from './lib/exportDay.ts';
import type { Loaded } from './load.ts';
import type { Exporter, ExportOptions } from './map/exporter.ts';

const DEFAULT_EXPORT: ExportOptions = { width: 1200, height: 900, scale: 1 };

export interface HeadlessApi {
  period: { start: string; end: string };
  png(day: string, options?: Partial<ExportOptions>): Promise<string>;
  gif(days: string[], frameMs: number, options?: Partial<ExportOptions>): Promise<string>;
  webm(days: string[], frameMs: number, options?: Partial<ExportOptions>): Promise<string>;
  geojson(day: string): string;
  csv(): Promise<string>;
}

declare global {
  interface Window {
    atlasExport?: HeadlessApi;
  }
}

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function installHeadlessApi(loaded: Loaded, getExporter: () => Promise<Exporter>): void {
  const { data } = loaded;
  const checkDay = (day: string) => {
    if (!isDay(day) || !isDayInRange(data, day))
      throw new Error(`"${day}" is not a day from ${data.period.start} to ${data.period.end}`);
  };
  const opts = (o?: Partial<ExportOptions>): ExportOptions => ({ ...DEFAULT_EXPORT, ...o });
  window.atlasExport = {
    period: { start: data.period.start, end: data.period.end },
    png: async (day, o) => (checkDay(day), base64(await (await getExporter()).png(day, opts(o)))),
    gif: async (days, frameMs, o) => (
      days.forEach(checkDay),
      base64(await (await getExporter()).gif(days, frameMs, opts(o)))
    ),
    webm: async (days, frameMs, o) => (
      days.forEach(checkDay),
      base64(await (await getExporter()).webm(days, frameMs, opts(o)))
    ),
    geojson: (day) => (checkDay(day), JSON.stringify(exportDay(dayState(data, day), loaded.units))),
    csv: async () => (await import('./lib/csv.ts')).eventsCsv(data),
  };
}
