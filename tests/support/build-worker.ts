import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { coreWorkerBundles } from '../../scripts/core-worker-bundles.mjs';

/**
 * Bundles the real core worker into a temporary folder, as the app build does, with the reading thread's bundle
 * beside it (`feed-reader.mjs`, which the core starts from there). Returns the core worker's path.
 */
export async function buildCoreWorker(): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), 'broadsheet-worker-'));
  await build({
    ...coreWorkerBundles(join(import.meta.dirname, '..', '..')),
    outdir,
    logLevel: 'error',
    external: ['sharp'],
  });
  return join(outdir, 'core-worker.mjs');
}

/** The reading thread's bundle that `buildCoreWorker` put beside the core worker at `coreWorker`. */
export function feedReaderBeside(coreWorker: string): string {
  return join(dirname(coreWorker), 'feed-reader.mjs');
}
