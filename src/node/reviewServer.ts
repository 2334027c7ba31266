/**
 * The review screen's server: Vite's dev server on 127.0.0.1 with the screen's endpoints under
 * /__review/, and the atlas itself at / drawn from the same data folder, so that a save shows on
 * the map at once. The endpoints answer only the loopback address and the screen's own origin.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { ROOT } from './data.ts';
import { asRecords, asSource, Review, ReviewError, type ReviewSource } from './review.ts';

export const REVIEW_PAGE = 'src/page/review/';
const MAX_BODY = 50_000_000;

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((ok, fail) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY) return fail(new TooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        // Read on to the end, unkept, so that the answer reaches the sender.
        chunks.length = 0;
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return fail(new TooLarge());
      try {
        ok(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        fail(new ReviewError('the request is not JSON'));
      }
    });
    req.on('error', fail);
  });
}

class TooLarge extends ReviewError {
  constructor() {
    super(`the request is larger than ${MAX_BODY / 1e6} MB`);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

/** Only this machine, and only pages served from here (not another site the browser has open). */
function allowed(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  if (!/^(?:127\.|::1$|::ffff:127\.)/.test(address)) return false;
  const host = req.headers.host ?? '';
  if (!/^(?:127\.0\.0\.1|localhost)(?::\d+)?$/.test(host)) return false;
  // A page of another origin (another port of this machine too) may neither send nor read.
  const origin = req.headers.origin;
  return origin === undefined ? req.method === 'GET' : origin === `http://${host}`;
}

function reviewEndpoints(review: Review, source: ReviewSource | null, dataRoot: string): Plugin {
  return {
    name: 'review-endpoints',
    configureServer(server) {
      // Modules read from data/ are read again after a save or an undo.
      const reload = () => {
        for (const file of ['articles', 'gazetteer', 'events', 'figures'])
          for (const mod of server.moduleGraph.getModulesByFile(
            join(dataRoot, `data/${file}.json`),
          ) ?? [])
            server.moduleGraph.invalidateModule(mod);
      };
      server.middlewares.use('/__review/', (req, res) => {
        if (!allowed(req))
          return send(res, 403, { error: 'the review screen answers only this machine' });
        const route = (req.url ?? '').replace(/^\/|\?.*$/g, '');
        const answer = async () => {
          if (req.method === 'GET' && route === 'start')
            return { source, canUndo: review.canUndo() };
          if (req.method !== 'POST')
            throw new ReviewError(`no such request: ${req.method} ${route}`);
          const body = await readBody(req);
          if (!body || typeof body !== 'object')
            throw new ReviewError('the request is not a JSON object');
          switch (route) {
            case 'draft':
              return review.draft(asSource(body));
            case 'check': {
              const r = asRecords(body);
              return { problems: review.check(r.source, r.article, r.events, r.figures) };
            }
            case 'save': {
              const r = asRecords(body);
              const result = review.save(r.source, r.article, r.events, r.figures);
              reload();
              return { ...result, canUndo: review.canUndo() };
            }
            case 'undo': {
              const message = review.undo();
              reload();
              return { message, canUndo: review.canUndo() };
            }
          }
          throw new ReviewError(`no such request: ${route}`);
        };
        answer().then(
          (body) => send(res, 200, body),
          (e: Error) =>
            e instanceof ReviewError
              ? send(res, e instanceof TooLarge ? 413 : 400, { error: e.message })
              : send(res, 500, { error: `unexpected failure: ${e.message}` }),
        );
      });
    },
  };
}

/** Serves data/ from another folder (the tests' copy), for the atlas and the screen alike. */
function dataFrom(dataRoot: string): Plugin {
  const from = join(ROOT, 'data') + '/';
  const to = join(dataRoot, 'data') + '/';
  return {
    name: 'data-from',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (!id.includes('data/')) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved?.id.startsWith(from)
        ? { ...resolved, id: to + resolved.id.slice(from.length) }
        : null;
    },
  };
}

export interface ReviewServerOptions {
  /** The folder that holds data/: the project's own by default. */
  dataRoot?: string;
  /** A text given on the command line, opened at once. */
  source?: ReviewSource | null;
  port?: number;
  /** Off for the tests: no file watching, no hot reload. */
  watch?: boolean;
}

export async function startReviewServer(options: ReviewServerOptions = {}): Promise<ViteDevServer> {
  const dataRoot = options.dataRoot ?? ROOT;
  const review = new Review(dataRoot);
  const server = await createServer({
    root: ROOT,
    logLevel: options.watch === false ? 'silent' : 'info',
    plugins: [
      ...(dataRoot === ROOT ? [] : [dataFrom(dataRoot)]),
      reviewEndpoints(review, options.source ?? null, dataRoot),
    ],
    server: {
      host: '127.0.0.1',
      port: options.port ?? 5174,
      strictPort: false,
      fs: { allow: [ROOT, dataRoot] },
      // No other origin reads anything here, the atlas's files included.
      cors: false,
      ...(options.watch === false ? { hmr: false, watch: null } : {}),
    },
  });
  await server.listen();
  return server;
}

/** The screen's address on a running server. */
export function reviewUrl(server: ViteDevServer): string {
  return `${server.resolvedUrls!.local[0]}${REVIEW_PAGE}`;
}
