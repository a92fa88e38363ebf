import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * The peer: `newsboat -x reload` (Debian package) over the same feeds, with
 * a cold cache in a temporary directory and `reload-threads` equal to our
 * global concurrency. Its HOME points there too, so the reader's own newsboat
 * files are never touched. Returns null when newsboat is not installed.
 */
export interface NewsboatRun {
  ms: number;
  /** User + system CPU of newsboat (all its threads), from the shell's `times`. */
  cpuMs: number | null;
  items: number;
  version: string;
}

export function newsboatVersion(): string | null {
  const probe = spawnSync('newsboat', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return null;
  return probe.stdout.split('\n')[0]?.trim() ?? 'newsboat';
}

export async function runNewsboat(urls: readonly string[], threads: number): Promise<NewsboatRun | null> {
  const version = newsboatVersion();
  if (!version) return null;
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-newsboat-'));
  try {
    writeFileSync(join(dir, 'urls'), urls.join('\n') + '\n');
    writeFileSync(join(dir, 'config'), `reload-threads ${threads}\n`);
    const cache = join(dir, 'cache.db');
    const started = performance.now();
    let stderr = '';
    const code = await new Promise<number | null>((resolve, reject) => {
      // A shell runs newsboat, then `times` reports its children's CPU on stderr.
      const script = 'newsboat "$@"; status=$?; times >&2; exit $status';
      const child = spawn(
        'sh',
        ['-c', script, 'sh', '-u', join(dir, 'urls'), '-c', cache, '-C', join(dir, 'config'), '-x', 'reload'],
        {
          env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('error', reject);
      child.once('exit', resolve);
    });
    const ms = performance.now() - started;
    if (code !== 0) throw new Error(`newsboat exited with ${code}: ${stderr.slice(0, 500)}`);
    const db = new DatabaseSync(cache, { readOnly: true });
    const { n } = db.prepare('SELECT count(*) AS n FROM rss_item').get() as { n: number };
    db.close();
    return { ms, cpuMs: childrenCpuMs(stderr), items: n, version };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The last line of `times`: children's user and system time, as `1m2.345s 0m0.678s`. */
function childrenCpuMs(output: string): number | null {
  const line = output.trim().split('\n').at(-1) ?? '';
  const times = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
  return times.length === 2 ? Math.round(times[0]! + times[1]!) : null;
}
