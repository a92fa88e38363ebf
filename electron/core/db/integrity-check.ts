/**
 * `PRAGMA quick_check` reads every page, which takes seconds on a large
 * library. It runs on its own read connection in a short-lived thread so the
 * library opens at once and answers reads while the check runs (WAL lets the
 * two connections read side by side). Resolves to the problems found, empty
 * when the store is sound.
 */
import { Worker } from 'node:worker_threads';

const CHECK_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
let result;
try {
  const db = new DatabaseSync(workerData.path, { readOnly: true });
  const rows = db.prepare('PRAGMA quick_check(20)').all();
  db.close();
  result = rows.map((row) => String(Object.values(row)[0])).filter((line) => line !== 'ok');
} catch (error) {
  result = [String(error && error.message ? error.message : error)];
}
parentPort.postMessage(result);
`;

export interface IntegrityCheck {
  done: Promise<string[]>;
  /** Stops the check (the library is closing); `done` then resolves to []. */
  cancel(): void;
}

export function checkIntegrity(path: string): IntegrityCheck {
  const worker = new Worker(CHECK_SOURCE, { eval: true, workerData: { path } });
  let cancelled = false;
  const done = new Promise<string[]>((resolve) => {
    worker.once('message', (problems: string[]) => {
      resolve(cancelled ? [] : problems);
      void worker.terminate();
    });
    worker.once('error', (error) => resolve([`integrity check could not run: ${error.message}`]));
    worker.once('exit', () => resolve([]));
  });
  return {
    done,
    cancel() {
      cancelled = true;
      void worker.terminate();
    },
  };
}
