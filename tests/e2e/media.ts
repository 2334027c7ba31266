/**
 * Just enough of the PNG, GIF and WebM formats to check what the exporter wrote, and of the map
 * canvas's pixels.
 */

export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The number of frames (image descriptors) in a GIF, found by walking its blocks. */
export function gifFrames(bytes: Uint8Array): number {
  const header = String.fromCharCode(...bytes.subarray(0, 6));
  if (header !== 'GIF89a' && header !== 'GIF87a') throw new Error('not a GIF');
  let i = 13;
  const flags = bytes[10]!;
  if (flags & 0x80) i += 3 * (1 << ((flags & 7) + 1));
  const skipSubBlocks = () => {
    while (bytes[i] !== 0) i += bytes[i]! + 1;
    i++;
  };
  let frames = 0;
  while (i < bytes.length) {
    const block = bytes[i]!;
    if (block === 0x3b) return frames;
    if (block === 0x21) {
      i += 2;
      skipSubBlocks();
    } else if (block === 0x2c) {
      frames++;
      const f = bytes[i + 9]!;
      i += 10;
      if (f & 0x80) i += 3 * (1 << ((f & 7) + 1));
      i++; // LZW minimum code size
      skipSubBlocks();
    } else throw new Error(`unexpected GIF block 0x${block.toString(16)} at ${i}`);
  }
  throw new Error('GIF has no trailer');
}

export function isWebm(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3;
}

/**
 * The duration a WebM declares (its Segment Info's Duration, in milliseconds at the default
 * timecode scale), which players show as the video's length.
 */
export function webmDurationMs(bytes: Uint8Array): number {
  for (let i = 0; i + 3 < bytes.length; i++) {
    if (bytes[i] !== 0x44 || bytes[i + 1] !== 0x89) continue;
    const size = bytes[i + 2]! & 0x7f; // a one-byte size: 0x84 or 0x88
    if (bytes[i + 2]! < 0x80 || (size !== 4 && size !== 8)) continue;
    const view = new DataView(bytes.buffer, bytes.byteOffset + i + 3, size);
    return size === 4 ? view.getFloat32(0) : view.getFloat64(0);
  }
  throw new Error('no Duration element in the WebM');
}

/** How many distinct colours a sample of the map's canvas holds: a blank map has a handful. */
export function mapColours(page: import('playwright-core').Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
    const copy = document.createElement('canvas');
    [copy.width, copy.height] = [canvas.width, canvas.height];
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97)
      seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  });
}

/** The map canvas pixel at a longitude and latitude (plus dx CSS pixels), as [r, g, b]. */
export async function pixelAt(
  p: import('playwright-core').Page,
  lon: number,
  lat: number,
  dx = 0,
): Promise<[number, number, number]> {
  return p.evaluate(
    ([lon, lat, dx]) => {
      const [x0, y] = window.atlasMap!.project(lon!, lat!);
      const x = x0 + dx!;
      const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
      const ratio = canvas.width / canvas.clientWidth;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const d = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
      return [d[0]!, d[1]!, d[2]!] as [number, number, number];
    },
    [lon, lat, dx],
  );
}

/**
 * Latin-script words on the page (text and the attributes people hear: aria-label, title,
 * placeholder) that no `lang="en"` marks as English: on a Russian or Kazakh page there should
 * be none but names and the keys and formats that keep their Latin names.
 */
export function unmarkedEnglish(p: import('playwright-core').Page): Promise<string[]> {
  return p.evaluate(() => {
    const NAMES =
      /\b(Natural Earth|GeoNames|CC BY 4\.0|CC BY|CSV|GeoJSON|PNG|SVG|PDF|GIF|WebM|JSON|Noto Sans|OFL|MIT|datamaps|world-atlas|Page Up|Page Down|Esc|Anish Kumar|OpenStreetMap)\b/g;
    const latin = (t: string) => /[A-Za-z]{2,}/.test(t.replace(NAMES, ''));
    const marked = (el: Element) => el.closest('[lang]')?.getAttribute('lang') === 'en';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (el.closest('script,style,noscript,[hidden],code,kbd')) continue;
      const t = n.textContent!.trim();
      if (latin(t) && !marked(el)) out.push(t.slice(0, 80));
    }
    for (const el of document.querySelectorAll('[aria-label],[title],[placeholder]'))
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v && latin(v) && !marked(el)) out.push(`${a}: ${v.slice(0, 60)}`);
      }
    return out;
  });
}
