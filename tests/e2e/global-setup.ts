import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../src/node/browser.ts';

/** The browser tests run against the production build, made once per test run. */
export default function setup() {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
}
