/**
 * The peer: `newsboat -x reload` (Debian package `newsboat`) over the same feeds, with `reload-threads`
 * equal to our global concurrency and its cache, config and HOME in a temporary directory, so the
 * reader's own newsboat files are never touched. One session is one cache: the first reload is the
 * full refresh (cold cache), a later one an incremental refresh (newsboat sends the validators it kept).
 * CPU and peak RSS come from GNU time (`/usr/bin/time`, Debian package `time`); without it, CPU from the
 * shell's `times` and no RSS. `startNewsboat` returns null when newsboat is not installed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseGnuTime, parseShellTimes } from './newsboat-usage';

export interface NewsboatRun {
  ms: number;
  /** User + system CPU of newsboat (all its threads). */
  cpuMs: number | null;
  peakRssMb: number | null;
  /** Items in newsboat's cache after the run. */
  items: number;
}

export interface NewsboatSession {
  version: string;
  /** False when /usr/bin/time is missing: runs then report no peak RSS. */
  gnuTime: boolean;
  reload(): Promise<NewsboatRun>;
  close(): void;
}

const GNU_TIME = '/usr/bin/time';

export function newsboatVersion(): string | null {
  const probe = spawnSync('newsboat', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return null;
  return probe.stdout.split('\n')[0]?.trim() ?? 'newsboat';
}

export function startNewsboat(urls: readonly string[], threads: number): NewsboatSession | null {
  const version = newsboatVersion();
  if (!version) return null;
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-newsboat-'));
  writeFileSync(join(dir, 'urls'), urls.join('\n') + '\n');
  writeFileSync(join(dir, 'config'), `reload-threads ${threads}\n`);
  const cache = join(dir, 'cache.db');
  const timeFile = join(dir, 'time');
  const gnuTime = existsSync(GNU_TIME);
  const args = ['-u', join(dir, 'urls'), '-c', cache, '-C', join(dir, 'config'), '-x', 'reload'];
  const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir };
  return {
    version,
    gnuTime,
    async reload() {
      const [command, commandArgs] = gnuTime
        ? [GNU_TIME, ['-o', timeFile, '-f', '%U %S %M', 'newsboat', ...args]]
        : // A shell runs newsboat, then `times` reports its children's CPU on stderr.
          ['sh', ['-c', 'newsboat "$@"; status=$?; times >&2; exit $status', 'sh', ...args]];
      const started = performance.now();
      const { code, stderr } = await run(command, commandArgs, env);
      const ms = performance.now() - started;
      if (code !== 0) throw new Error(`newsboat exited with ${code}: ${stderr.slice(0, 500)}`);
      const usage = gnuTime ? parseGnuTime(readFileSync(timeFile, 'utf8')) : parseShellTimes(stderr);
      return { ms, cpuMs: usage?.cpuMs ?? null, peakRssMb: usage?.peakRssMb ?? null, items: countItems(cache) };
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });
}

function countItems(cache: string): number {
  const db = new DatabaseSync(cache, { readOnly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM rss_item').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
