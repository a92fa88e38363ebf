import type { BuildOptions } from 'esbuild';

/** esbuild options for `core-worker.mjs` and `feed-reader.mjs` (see core-worker-bundles.mjs); add `outdir`. */
export function coreWorkerBundles(root: string): BuildOptions;
