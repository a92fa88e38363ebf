/**
 * Child process of the SIGKILL-during-a-sync case: opens the library in a data folder, hands the account its
 * password as the host would, runs one account sync against the server under test and is killed in the middle.
 * Where it dies is chosen by request count, so a kill point replays exactly:
 *   before-send    it kills itself just before sending request `at` (the server never sees it);
 *   after-answer   it kills itself once the answer to request `at` arrived, before the sync sees it (the server did
 *                  the work, the app never heard);
 *   parent         it prints `P` after each answer and the parent kills it at the `at`-th, so the kill lands
 *                  somewhere in the work that follows (a transaction, the cursor, the status).
 * A sync that ends before its kill point prints `DONE <summary as JSON>` and exits; `at` 0 never kills.
 */
import { writeSync } from 'node:fs';
import type { HttpTransport } from '../../../../electron/core/net/http-transport';
import { createFetchTransport } from '../../../support/fetch-transport';
import { openLocalSide } from './local-side';

export type KillMoment = 'before-send' | 'after-answer' | 'parent';

export interface SyncChildConfig {
  dir: string;
  accountId: string;
  password: string;
  appKey: string | null;
  /** The server's present when the child starts (epoch ms): the app's clock runs on from it. */
  now: number;
  at: number;
  moment: KillMoment;
}

const say = (line: string) => writeSync(1, `${line}\n`);
const config = JSON.parse(process.argv[2]!) as SyncChildConfig;
const started = Date.now();
const inner = createFetchTransport();
let requests = 0;

const transport: HttpTransport = async (request) => {
  requests += 1;
  const killHere = requests === config.at;
  if (killHere && config.moment === 'before-send') process.kill(process.pid, 'SIGKILL');
  const response = await inner(request);
  if (killHere && config.moment === 'after-answer') process.kill(process.pid, 'SIGKILL');
  if (config.moment === 'parent') say('P');
  return response;
};

async function main(): Promise<void> {
  const local = openLocalSide(transport, () => config.now + (Date.now() - started), config.dir);
  local.accounts.setCredentials([{ id: config.accountId, password: config.password, appKey: config.appKey }]);
  const summary = await local.accounts.sync(config.accountId);
  local.close();
  say(`DONE ${JSON.stringify({ ...summary, requests })}`);
  process.exit(0);
}

main().catch((error: unknown) => {
  say(`E ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
