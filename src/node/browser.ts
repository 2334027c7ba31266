/**
 * Serves the production build on 127.0.0.1 and drives Debian's Chromium with playwright-core.
 * Shared by the browser tests, the snapshot commands and the benchmark (Node only).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

/** The browser to drive: $CHROMIUM_PATH as it is set now, or the first one installed. */
export function chromiumPath(): string | undefined {
  return (
    process.env.CHROMIUM_PATH ??
    ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) =>
      existsSync(p),
    )
  );
}

/** The browser found when this module loaded: the tests skip or fail on it. */
export const CHROMIUM_PATH = chromiumPath();

export const INSTALL_HINT =
  'install Chromium (Debian: apt-get install -y chromium) or set CHROMIUM_PATH';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** A static file server for dist/, on a free loopback port. */
export async function serveDist(dir = DIST): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`no build in ${dir}: run npm run build`);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    // A request path is taken as a path, even one that looks like "//host" or holds a bad escape.
    let path: string;
    try {
      path = decodeURIComponent(new URL(`http://x${req.url ?? '/'}`).pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    requests.push(path);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(`no Chromium found: ${INSTALL_HINT}`);
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** Resolves once the app has drawn `day` on the map (the map reported "idle" for it). */
export async function waitForDay(page: Page, day: string, timeout = 30_000): Promise<void> {
  try {
    await page.waitForFunction(
      (d) => document.querySelector('[data-rendered-day]')?.getAttribute('data-rendered-day') === d,
      day,
      { timeout },
    );
  } catch (e) {
    const shown = await page.evaluate(() => ({
      rendered: document.querySelector('[data-rendered-day]')?.getAttribute('data-rendered-day'),
      heading: document.querySelector('#day-title')?.textContent,
      hash: location.hash,
    }));
    throw new Error(
      `the map did not draw ${day} within ${timeout} ms; the page shows ${JSON.stringify(shown)}`,
      { cause: e },
    );
  }
}
