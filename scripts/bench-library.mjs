// Builds the store benchmark (TypeScript) with esbuild and runs it on this
// Node. Usage: npm run bench:library  (BENCH_ARTICLES=n for a smaller run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-build-'));
const outfile = join(dir, 'library-bench.mjs');
try {
  await build({
    entryPoints: [new URL('./bench/library-bench.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile,
    logLevel: 'warning',
  });
  const result = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
