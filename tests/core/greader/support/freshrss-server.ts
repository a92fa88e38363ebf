/**
 * The real FreshRSS from ../shared/servers/freshrss (test infrastructure beside the repository, AGPL, never copied
 * in): started on a free port in a temporary folder, driven through the helpers start-freshrss leaves there.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `../shared/servers/freshrss` beside the repository root (also right in CI clones). */
export const FRESHRSS_DIR = join(
  fileURLToPath(new URL('../../../../', import.meta.url)),
  '..',
  'shared',
  'servers',
  'freshrss',
);
export const freshrssAvailable = existsSync(join(FRESHRSS_DIR, 'start-freshrss'));

export interface FreshRss {
  greader: string;
  user: string;
  apiPassword: string;
  /** A helper start-freshrss wrote into the work folder: actualize, import-opml FILE, set-api-password NEW, stop, restart. */
  helper(name: string, ...args: string[]): Promise<void>;
  workdir: string;
  stop(): Promise<void>;
}

export async function startFreshRss(): Promise<FreshRss> {
  const workdir = mkdtempSync(join(tmpdir(), 'broadsheet-freshrss-'));
  const { stdout } = await run(join(FRESHRSS_DIR, 'start-freshrss'), [workdir, '0'], { timeout: 180_000 });
  const started = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    greader: string;
    user: string;
    apiPassword: string;
  };
  const helper = async (name: string, ...args: string[]) => {
    await run(join(workdir, name), args, { timeout: 60_000 });
  };
  return {
    ...started,
    workdir,
    helper,
    async stop() {
      await helper('stop').catch(() => undefined);
      rmSync(workdir, { recursive: true, force: true });
    },
  };
}
