/**
 * The exporter: its own off-screen map at the export's size and pixel ratio, composed with a
 * caption band, the day's statuses, the legend, an inference note and the credits. The app's
 * buttons and the headless `npm run snapshot` both go through here, so the same day, view and
 * build give the same pixels.
 */
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { GIFEncoder, applyPalette, quantize } from 'gifenc';
import { Muxer, ArrayBufferTarget } from 'webm-muxer';
import type { Atlas } from '../../model/atlas.ts';
import type { Swatch } from '../../outputs/legend.ts';
import { composeDay, type Measure, type TextStyle } from '../../outputs/composition.ts';
import { swatchShapes } from '../../outputs/drawing.ts';
import { FOOTER, HEADER, describeSnapshot, type SnapshotText } from '../../outputs/snapshot.ts';
import type { Loaded } from '../load.ts';
import { labelTexts } from '../../outputs/labelTexts.ts';
import { KAZAKHSTAN_BOUNDS } from '../../outputs/drawing.ts';
import type { Lang } from '../../words/i18n.ts';
import type { MapLayers } from '../../outputs/layers.ts';
import { FONT_FAMILY, embeddedFontFaces } from '../../outputs/fonts.ts';
import { dayMapSvg } from '../../outputs/svgMap.ts';
import { blobToBase64 } from './base64.ts';
import { applyDay } from './dayUpdate.ts';
import { createMap, labelsShown, mapLoaded } from './createMap.ts';

export interface ExportOptions {
  /** CSS pixels of the whole image, caption included. */
  width: number;
  height: number;
  /** 1, 2 or 4: device pixels per CSS pixel. */
  scale: number;
  /** [west, south, east, north] to show; the whole country by default. */
  bounds?: [number, number, number, number];
  /** The language of the caption, legend and labels; English when left out. */
  lang?: Lang;
  /** What the reader chose to see; everything when left out. */
  layers?: MapLayers;
}

const FONT = `"${FONT_FAMILY}", sans-serif`;

export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
  }
}

export interface Progress {
  done: number;
  total: number;
}

export class Exporter {
  private map: MapLibreMap | null = null;
  private container: HTMLDivElement | null = null;
  private key = '';
  /** Renders run one after another: two at once would draw one day over the other. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly loaded: Loaded;
  /** The day states and changes the page shows: the exports use the same. */
  readonly atlas: Atlas;

  constructor(loaded: Loaded, atlas: Atlas) {
    this.loaded = loaded;
    this.atlas = atlas;
  }

  private serialise<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async mapFor(o: ExportOptions): Promise<MapLibreMap> {
    const key = `${o.width}x${o.height}@${o.scale}`;
    if (this.map && this.key === key) return this.map;
    this.dispose();
    const box = document.createElement('div');
    // Off screen but laid out: a display:none container would give maplibre a 400x300 canvas.
    box.style.cssText = `position:fixed;left:-100000px;top:0;width:${o.width}px;height:${o.height - HEADER - FOOTER}px;`;
    box.setAttribute('aria-hidden', 'true');
    document.body.append(box);
    // Still images: the reduced-motion settings, so no label fades.
    const map = createMap(box, this.loaded, {
      reducedMotion: true,
      pixelRatio: o.scale,
      interactive: false,
    });
    await mapLoaded(map);
    [this.map, this.container, this.key] = [map, box, key];
    return map;
  }

  dispose(): void {
    this.map?.remove();
    this.container?.remove();
    this.map = null;
    this.container = null;
  }

  /**
   * One composed frame as a canvas of width*scale by height*scale device pixels. A signal that
   * aborts meanwhile stops it at the next step, not at the end of the frame.
   */
  renderDay(day: string, o: ExportOptions, signal?: AbortSignal): Promise<HTMLCanvasElement> {
    return this.serialise(async () => {
      const check = () => {
        if (signal?.aborted) throw new ExportCancelled();
      };
      check();
      const map = await this.mapFor(o);
      check();
      const data = this.loaded.data;
      const state = this.atlas.state(day);
      map.fitBounds((o.bounds ?? KAZAKHSTAN_BOUNDS) as LngLatBoundsLike, {
        animate: false,
        padding: 8,
      });
      const changes = this.atlas.changes(day);
      const lang = o.lang ?? 'en';
      for (const [id, field] of Object.entries(labelTexts(lang)))
        map.setLayoutProperty(id, 'text-field', field as never);
      applyDay(map, data, state, null, changes, undefined, o.layers);
      await untilIdleOrAborted(map, signal);
      check();
      await Promise.all([
        document.fonts.load(`400 14px ${FONT}`),
        document.fonts.load(`700 20px ${FONT}`),
      ]);
      return compose(map.getCanvas(), describeSnapshot(this.atlas, day, lang, o.layers), o);
    });
  }

  /**
   * The names a label layer shows in the picture of a day, in the export's language: what the
   * map placed, after it left out those that would collide.
   */
  async labelsShown(day: string, layer: string, o: ExportOptions): Promise<string[]> {
    await this.renderDay(day, o);
    return labelsShown(this.map!, layer);
  }

  /** The day's map as SVG for print, composed like the PNG, with the fonts inside. */
  async svg(day: string, o: ExportOptions): Promise<Blob> {
    const data = this.loaded.data;
    const state = this.atlas.state(day);
    const changes = this.atlas.changes(day);
    const text = dayMapSvg(
      data,
      { units: this.loaded.units, neighbours: this.loaded.neighbours },
      state,
      changes,
      describeSnapshot(this.atlas, day, o.lang, o.layers),
      {
        lang: o.lang,
        ...(o.layers ? { layers: o.layers } : {}),
        width: o.width,
        height: o.height,
        bounds: o.bounds ?? KAZAKHSTAN_BOUNDS,
        fontFaces: await this.fontFaces(),
      },
    );
    return new Blob([text], { type: 'image/svg+xml' });
  }

  private faces: Promise<string> | null = null;
  /** The page's font files as @font-face rules with data: URLs, fetched once. */
  private fontFaces(): Promise<string> {
    const base64 = async (url: string) => blobToBase64(await (await fetch(url)).blob());
    const { regular, bold } = this.loaded.fonts;
    return (this.faces ??= Promise.all([
      Promise.all(regular.map(base64)),
      Promise.all(bold.map(base64)),
    ]).then(([r, b]) => embeddedFontFaces({ regular: r, bold: b })));
  }

  async png(day: string, o: ExportOptions): Promise<Blob> {
    const canvas = await this.renderDay(day, o);
    return new Promise((ok, fail) =>
      canvas.toBlob(
        (b) => (b ? ok(b) : fail(new Error('the browser could not encode the PNG'))),
        'image/png',
      ),
    );
  }

  /** Renders each day in turn and hands it to `add`, reporting progress and honouring Cancel. */
  private rendered(
    days: string[],
    o: ExportOptions,
    onProgress: ((p: Progress) => void) | undefined,
    signal: AbortSignal | undefined,
  ): FrameSource {
    return async (add) => {
      for (const [i, day] of days.entries()) {
        if (signal?.aborted) throw new ExportCancelled();
        add(await this.renderDay(day, o, signal), i);
        onProgress?.({ done: i + 1, total: days.length });
      }
    };
  }

  gif(
    days: string[],
    frameMs: number,
    o: ExportOptions,
    onProgress?: (p: Progress) => void,
    signal?: AbortSignal,
  ): Promise<Blob> {
    return encodeGif(this.rendered(days, o, onProgress, signal), frameMs);
  }

  static webmSupported(): boolean {
    return typeof VideoEncoder !== 'undefined';
  }

  webm(
    days: string[],
    frameMs: number,
    o: ExportOptions,
    onProgress?: (p: Progress) => void,
    signal?: AbortSignal,
  ): Promise<Blob> {
    return encodeWebm(this.rendered(days, o, onProgress, signal), frameMs);
  }
}

/** Hands each frame of an animation, in order, to `add`. */
type FrameSource = (add: (canvas: HTMLCanvasElement, index: number) => void) => Promise<void>;

/** Frames from images already exported (the PNGs of `npm run snapshots`), not drawn again. */
export function decodedFrames(images: Blob[]): FrameSource {
  return async (add) => {
    const canvas = document.createElement('canvas');
    for (const [i, image] of images.entries()) {
      const bitmap = await createImageBitmap(image);
      [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
      bitmap.close();
      add(canvas, i);
    }
  };
}

export async function encodeGif(frames: FrameSource, frameMs: number): Promise<Blob> {
  const gif = GIFEncoder();
  let count = 0;
  await frames((canvas) => {
    count++;
    const { data, width, height } = canvas
      .getContext('2d')!
      .getImageData(0, 0, canvas.width, canvas.height);
    const palette = quantize(data, 256);
    gif.writeFrame(applyPalette(data, palette), width, height, { palette, delay: frameMs });
  });
  if (!count) throw new Error('an animation needs at least one frame');
  gif.finish();
  return new Blob([gif.bytes() as BlobPart], { type: 'image/gif' });
}

export async function encodeWebm(frames: FrameSource, frameMs: number): Promise<Blob> {
  if (!Exporter.webmSupported())
    throw new Error('this browser cannot encode video (no WebCodecs); export a GIF instead');
  const at = (i: number) => ({ timestamp: i * frameMs * 1000, duration: frameMs * 1000 });
  // Filled in by the frames as they come (a holder, since they arrive in a callback).
  const made: {
    video?: { muxer: Muxer<ArrayBufferTarget>; encoder: VideoEncoder };
    last?: { frame: VideoFrame; index: number };
    failure?: unknown;
  } = {};
  /** Muxer and encoder, made at the first frame's size (VP8 wants even dimensions). */
  const start = (canvas: HTMLCanvasElement) => {
    const width = Math.round(canvas.width / 2) * 2;
    const height = Math.round(canvas.height / 2) * 2;
    const framerate = 1000 / frameMs;
    const muxer = new Muxer({
      target: new ArrayBufferTarget(),
      video: { codec: 'V_VP8', width, height, frameRate: framerate },
    });
    const encoder = new VideoEncoder({
      output: (chunk, meta) => muxer.addVideoChunk(chunk, meta),
      error: (e) => (made.failure = e),
    });
    try {
      encoder.configure({ codec: 'vp8', width, height, bitrate: 4_000_000, framerate });
    } catch (e) {
      encoder.close();
      throw e;
    }
    return { muxer, encoder };
  };
  try {
    await frames((canvas, i) => {
      const { encoder } = (made.video ??= start(canvas));
      const frame = new VideoFrame(canvas, at(i));
      try {
        encoder.encode(frame, { keyFrame: i === 0 });
      } catch (e) {
        // An encoder that failed is closed: its own error is the one to report.
        frame.close();
        throw made.failure ?? e;
      }
      made.last?.frame.close();
      made.last = { frame, index: i };
    });
    const { video, last } = made;
    if (!video || !last) throw new Error('an animation needs at least one frame');
    // A WebM lasts until its last frame's timestamp: the last day is shown once more at the
    // end of its time, so that it stays on screen as long as the others.
    const end = new VideoFrame(last.frame, at(last.index + 1));
    video.encoder.encode(end);
    end.close();
    await video.encoder.flush();
  } finally {
    made.last?.frame.close();
    if (made.video && made.video.encoder.state !== 'closed') made.video.encoder.close();
  }
  if (made.failure) throw made.failure;
  const { muxer } = made.video!;
  muxer.finalize();
  return new Blob([muxer.target.buffer], { type: 'video/webm' });
}

/** Waits for the map to finish drawing, or for the signal to abort, whichever comes first. */
function untilIdleOrAborted(map: MapLibreMap, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((ok) => {
    const done = () => {
      map.off('idle', done);
      signal?.removeEventListener('abort', done);
      ok();
    };
    map.once('idle', done);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** The day's picture on a canvas: the map's canvas placed in the laid-out composition. */
function compose(
  mapCanvas: HTMLCanvasElement,
  text: SnapshotText,
  o: ExportOptions,
): HTMLCanvasElement {
  const s = o.scale;
  const out = document.createElement('canvas');
  out.width = Math.round(o.width * s);
  out.height = Math.round(o.height * s);
  const ctx = out.getContext('2d')!;
  ctx.scale(s, s);
  ctx.textBaseline = 'alphabetic';
  const font = (t: TextStyle) => `${t.italic ? 'italic ' : ''}${t.weight} ${t.size}px ${FONT}`;
  const measure: Measure = (t, style) => ((ctx.font = font(style)), ctx.measureText(t).width);
  const picture = composeDay(text, o, measure);
  ctx.fillStyle = picture.background;
  ctx.fillRect(0, 0, o.width, o.height);
  const { x, y, width, height } = picture.map;
  ctx.drawImage(mapCanvas, x, y, width, height);
  for (const mark of [...picture.caption, ...picture.foot]) {
    if (mark.kind === 'text') {
      ctx.font = font(mark);
      ctx.fillStyle = mark.fill;
      ctx.fillText(mark.text, mark.x, mark.y);
    } else if (mark.kind === 'rule') {
      ctx.strokeStyle = mark.stroke;
      ctx.beginPath();
      ctx.moveTo(0, mark.y);
      ctx.lineTo(o.width, mark.y);
      ctx.stroke();
    } else drawSwatch(ctx, mark.swatch, mark.x, mark.y);
  }
  return out;
}

/** A legend key on the canvas, drawn from the same shapes as the SVG's and the page's. */
function drawSwatch(ctx: CanvasRenderingContext2D, swatch: Swatch, x: number, y: number) {
  for (const s of swatchShapes(swatch, x, y)) {
    ctx.save();
    if (s.type === 'rect') {
      ctx.fillStyle = s.fill;
      ctx.fillRect(s.x, s.y, s.width, s.height);
    } else if (s.type === 'frame') {
      ctx.strokeStyle = s.stroke;
      ctx.lineWidth = 1;
      ctx.strokeRect(s.x, s.y, s.width, s.height);
    } else if (s.type === 'line' || s.type === 'curve') {
      ctx.strokeStyle = s.stroke;
      ctx.lineWidth = s.width;
      if (s.type === 'line') {
        ctx.globalAlpha = s.opacity ?? 1;
        ctx.setLineDash(s.dash ?? []);
      }
      ctx.beginPath();
      ctx.moveTo(...s.from);
      if (s.type === 'line') ctx.lineTo(...s.to);
      else ctx.quadraticCurveTo(...s.control, ...s.to);
      ctx.stroke();
    } else {
      ctx.beginPath();
      ctx.arc(s.at[0], s.at[1], s.r, 0, Math.PI * 2);
      ctx.fillStyle = s.fill;
      ctx.globalAlpha = s.opacity ?? 1;
      ctx.fill();
      if (s.stroke) {
        ctx.strokeStyle = s.stroke;
        ctx.lineWidth = s.width ?? 1;
        ctx.stroke();
      }
    }
    ctx.restore();
  }
}
