import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { eldNgramsAsJson } from '../../scripts/eld-ngrams-as-json.mjs';

const core = join(import.meta.dirname, '..', '..', 'electron', 'core');

/**
 * Bundles the real core worker into a temporary folder, as the app build does, with the reading thread's bundle
 * beside it (`feed-reader.mjs`, which the core starts from there). Returns the core worker's path.
 */
export async function buildCoreWorker(): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), 'broadsheet-worker-'));
  await build({
    entryPoints: { 'core-worker': join(core, 'worker.ts'), 'feed-reader': join(core, 'feed-reader-worker.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'error',
    // The default subscriptions are bundled as text, as in scripts/build.mjs.
    loader: { '.opml': 'text' },
    external: ['sharp'],
    plugins: [eldNgramsAsJson()],
    banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
  });
  return join(outdir, 'core-worker.mjs');
}

/** The reading thread's bundle that `buildCoreWorker` put beside the core worker at `coreWorker`. */
export function feedReaderBeside(coreWorker: string): string {
  return join(dirname(coreWorker), 'feed-reader.mjs');
}
