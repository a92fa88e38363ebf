import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** A running `dist/preview/preview.mjs` on a free port with a fresh data folder. */
export interface RunningPreview {
  /** The address it printed, with its token: each browser context opens it to get in, as a reader would. */
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const PREVIEW_ENTRY = join(ROOT, 'dist', 'preview', 'preview.mjs');
const URL_LINE = /^Broadsheet preview: (http:\/\/\S+)$/;
const START_TIMEOUT_MS = 30_000;

export interface PreviewOptions {
  /** Puts files into the fresh data folder before the server starts, e.g. a corrupt settings file (awaited). */
  prepare?: (dataDir: string) => unknown;
  /** Lets sync fetch (feeds served by the test on 127.0.0.1); off by default, see below. */
  online?: boolean;
}

export async function startPreview(options: PreviewOptions = {}): Promise<RunningPreview> {
  if (!existsSync(PREVIEW_ENTRY)) {
    throw new Error(`${PREVIEW_ENTRY} is missing; run \`npm run build\` first (npm run test:e2e does).`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'broadsheet-e2e-'));
  await options.prepare?.(dataDir);
  // process.execPath is the Node that runs Vitest (24), which node:sqlite in the core needs.
  const child = spawn(process.execPath, [PREVIEW_ENTRY, '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    // Seeded feeds have made-up addresses: keep the sync schedule from fetching them.
    env: { ...process.env, BROADSHEET_OFFLINE: options.online ? '0' : '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await readUrl(child);
    return { url, port: Number(new URL(url).port), dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Resolves with the URL line; fails with the server's own output if it exits or stays silent. */
function readUrl(child: ChildProcess): Promise<string> {
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The preview printed no URL within ${START_TIMEOUT_MS} ms.\n${stderr}`)),
      START_TIMEOUT_MS,
    );
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = URL_LINE.exec(line.trim());
      if (!match) return;
      clearTimeout(timer);
      lines.close();
      // Keep draining stdout so a chatty server never blocks on a full pipe.
      child.stdout?.resume();
      resolveUrl(match[1]!);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The preview exited (${signal ?? code}) before printing its URL.\n${stderr}`));
    });
  });
}
