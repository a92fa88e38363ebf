import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bundles the real core worker into a temporary file, as the app build does. */
export async function buildCoreWorker(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'broadsheet-worker-')), 'core-worker.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, '..', '..', 'electron', 'core', 'worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'error',
    // The default subscriptions are bundled as text, as in scripts/build.mjs.
    loader: { '.opml': 'text' },
    external: ['sharp'],
    banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
  });
  return outfile;
}
