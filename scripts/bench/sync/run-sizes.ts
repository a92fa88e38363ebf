/**
 * `BENCH_SIZES`: runs the benchmark once per size, one after another, each in a fresh process (this same
 * bundle with BENCH_FEEDS set), so no size inherits another's heap, its kernel RSS high-water mark or its
 * warm caches. Each child prints its own line on stdout; a size that fails is reported and the rest still run.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';

/** Resolves with the exit code for the whole run: 0 when every size succeeded. */
export async function runSizes(bundle: string, sizes: readonly number[]): Promise<number> {
  let failed = 0;
  for (const [n, size] of sizes.entries()) {
    const load = loadavg().map((value) => value.toFixed(2));
    console.error(`sync benchmark: ${size} feeds (${n + 1} of ${sizes.length}), load ${load.join(' ')}`);
    const env: NodeJS.ProcessEnv = { ...process.env, BENCH_FEEDS: String(size) };
    delete env.BENCH_SIZES;
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [bundle], { env, stdio: 'inherit' });
      child.once('error', reject);
      child.once('exit', (exitCode) => resolve(exitCode));
    });
    if (code !== 0) {
      failed += 1;
      console.error(`sync benchmark: ${size} feeds failed (exit ${code})`);
    }
  }
  return failed === 0 ? 0 : 1;
}
