/** What every command-line tool shares: a clear message and a non-zero exit on bad input. */
import { DataFileError } from '../lib/loadNode.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export function fail(message: string): never {
  throw new UsageError(message);
}

export function run(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((e: unknown) => {
      if (e instanceof UsageError || e instanceof DataFileError) {
        console.error(`error: ${e.message}`);
        process.exitCode = 2;
      } else {
        console.error(e);
        process.exitCode = 1;
      }
    });
}
