/**
 * The real FreshRSS from ../shared/servers/freshrss (test infrastructure beside the repository, AGPL, never copied
 * in): started on a free port in a temporary folder, driven through the helpers start-freshrss leaves there.
 * Shared by the protocol client's tests (tests/core/greader) and the accounts conformance target.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `../shared/servers/freshrss` beside the repository root (also right in CI clones). */
export const FRESHRSS_DIR = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  '..',
  'shared',
  'servers',
  'freshrss',
);
export const freshrssAvailable = existsSync(join(FRESHRSS_DIR, 'start-freshrss'));
/** Why FreshRSS tests cannot run here, or null. */
export const freshrssUnavailable = freshrssAvailable
  ? null
  : '../shared/servers/freshrss (start-freshrss) is absent beside the repository';

export interface FreshRss {
  /** The server's origin, `http://127.0.0.1:<port>`. */
  url: string;
  greader: string;
  user: string;
  apiPassword: string;
  /** A helper start-freshrss wrote into the work folder: actualize, import-opml FILE, set-api-password NEW, stop, restart. */
  helper(name: string, ...args: string[]): Promise<void>;
  /**
   * Makes FreshRSS fetch its feeds now. It skips a feed it fetched within the same second (its refresh interval is
   * 0, but compared in whole seconds: `time() <= lastUpdate + ttl`), so this first waits for the clock to leave the
   * second of the last fetch it knows of — its own, or one noted with `fetched()`.
   */
  actualize(): Promise<void>;
  /** Notes that FreshRSS just fetched a feed by itself (subscribing through the API fetches the feed at once). */
  fetched(): void;
  workdir: string;
  /** Ends the server and removes its folder. */
  stop(): Promise<void>;
}

export async function startFreshRss(): Promise<FreshRss> {
  const workdir = mkdtempSync(join(tmpdir(), 'broadsheet-freshrss-'));
  let stdout: string;
  try {
    ({ stdout } = await run(join(FRESHRSS_DIR, 'start-freshrss'), [workdir, '0'], { timeout: 180_000 }));
  } catch (error) {
    rmSync(workdir, { recursive: true, force: true });
    throw error;
  }
  const started = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    url: string;
    greader: string;
    user: string;
    apiPassword: string;
  };
  const helper = async (name: string, ...args: string[]) => {
    await run(join(workdir, name), args, { timeout: 60_000 });
  };
  let lastFetchAt = 0;
  return {
    ...started,
    workdir,
    helper,
    async actualize() {
      const wait = (Math.floor(lastFetchAt / 1000) + 1) * 1000 - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await helper('actualize');
      lastFetchAt = Date.now();
    },
    fetched() {
      lastFetchAt = Date.now();
    },
    async stop() {
      await helper('stop').catch(() => undefined);
      rmSync(workdir, { recursive: true, force: true });
    },
  };
}

/**
 * Resolves once nothing listens on the origin's port any more: the `stop` helper only signals the server, which
 * exits a moment later. Rejects when the port still answers after `timeoutMs`.
 */
export async function portClosed(origin: string, timeoutMs = 10_000): Promise<void> {
  const { hostname, port } = new URL(origin);
  const deadline = Date.now() + timeoutMs;
  while (await accepts(hostname, Number(port))) {
    if (Date.now() > deadline) throw new Error(`${origin} still accepts connections ${timeoutMs} ms after stop.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
