import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../src/node/browser.ts';

/** The browser tests run against the production build (the site and the one-file atlas), made once per test run. */
export default function setup() {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  for (const mode of [[], ['--mode', 'single']])
    execFileSync(process.execPath, [vite, 'build', ...mode, '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
}
