import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';
import { parseJsonText } from './src/lib/jsonText.ts';

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
 * The build stops on a data file that is not valid JSON, with its name, line and column (the
 * page shows the same message under the dev server).
 */
function dataFileSyntax(): Plugin {
  return {
    name: 'data-file-syntax',
    apply: 'build',
    buildStart() {
      for (const file of readdirSync('data').filter((f) => f.endsWith('.json'))) {
        const name = `data/${file}`;
        try {
          parseJsonText(readFileSync(name, 'utf8'), name);
        } catch (e) {
          // The message says all there is to fix; the bundler's stack trace would bury it.
          console.error(`error: ${(e as Error).message}`);
          process.exit(1);
        }
      }
    },
  };
}

// Relative base: the built site works from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [svelte(), contentSecurityPolicy(), dataFileSyntax()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // With BENCH=1 the build also holds the benchmark pages (never in the published site).
      input: process.env.BENCH
        ? { index: 'index.html', bench: 'bench.html' }
        : { index: 'index.html' },
      output: {
        // maplibre and Svelte in their own chunk, so the app's own size can be measured.
        manualChunks: (id: string) =>
          /node_modules\/(maplibre-gl|svelte)\//.test(id) ? 'vendor' : undefined,
      },
    },
  },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Unit and data tests need no build and no browser, and run in parallel; the browser
    // tests share one build and one machine's worth of Chromium, one file at a time.
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
          fileParallelism: false,
        },
      },
    ],
  },
});
