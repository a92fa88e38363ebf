import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../../electron/core/db/open-store';
import { all, get } from '../../../../electron/core/db/sql';

/**
 * Kills a writing process with SIGKILL at many different moments and checks
 * after each kill that the library opens, is intact, holds every bookmark
 * whose call had returned, has no duplicate articles and consistent counts.
 */
const KILLS = 50;
let dir: string;
let script: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-crash-'));
  script = join(dir, 'crash-writer.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: script,
    logLevel: 'silent',
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer until it has acknowledged `acks` bookmarks, then kills it. */
function runAndKill(path: string, seed: number, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, path, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('B ')) acknowledged.push(line.slice(2));
      if (acknowledged.length >= acks) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`writer exited on its own: ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs mid-write with nothing acknowledged lost`, { timeout: 300_000 }, async () => {
    const path = join(dir, 'library.sqlite');
    const acknowledged = new Set<string>();
    for (let kill = 0; kill < KILLS; kill += 1) {
      // Vary how long the writer runs so kills land in different statements.
      for (const id of await runAndKill(path, kill + 1, 1 + ((kill * 7) % 13))) acknowledged.add(id);

      const store = openStore(path);
      const db = store.db!;
      expect(store.problems).toEqual([]);
      expect(all(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      const bookmarked = new Set(
        all<{ id: number }>(db, 'SELECT article_id AS id FROM bookmarks').map((row) => String(row.id)),
      );
      for (const id of acknowledged) expect(bookmarked.has(id), `bookmark ${id} after kill ${kill}`).toBe(true);
      expect(get(db, 'SELECT COUNT(*) - COUNT(DISTINCT guid) AS dupes FROM articles')).toEqual({ dupes: 0 });
      expect(get(db, 'SELECT unread_count, article_count FROM feeds')).toEqual(
        get(db, 'SELECT SUM(is_read = 0) AS unread_count, COUNT(*) AS article_count FROM articles'),
      );
      expect(get(db, "SELECT COUNT(*) AS n FROM article_search WHERE article_search MATCH 'body'")).toEqual(
        get(db, 'SELECT COUNT(*) AS n FROM articles'),
      );
      db.close();
    }
    expect(acknowledged.size).toBeGreaterThan(KILLS);
  });
});
