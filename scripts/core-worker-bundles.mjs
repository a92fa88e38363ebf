// The two worker bundles the core runs on, as esbuild options shared by the app's build (scripts/build.mjs), the
// tests (tests/support/build-worker.ts) and the sync benchmark (scripts/bench/sync/bench-core.ts), so that all three
// build the same files: `core-worker.mjs`, and `feed-reader.mjs` beside it, which the core starts its reading thread
// from. Each caller adds where the files go, its log level and what it keeps external.
import { join } from 'node:path';
import { eldNgramsAsJson } from './eld-ngrams-as-json.mjs';

export function coreWorkerBundles(root) {
  const core = join(root, 'electron', 'core');
  return {
    entryPoints: { 'core-worker': join(core, 'worker.ts'), 'feed-reader': join(core, 'feed-reader-worker.ts') },
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    // The default subscriptions travel inside the bundle as text.
    loader: { '.opml': 'text' },
    // The language detector's table as JSON: a third of the memory (eld-ngrams-as-json.mjs).
    plugins: [eldNgramsAsJson()],
    // ESM bundles that inline CommonJS packages need a real `require` for Node built-ins.
    banner: {
      js: "import { createRequire as __bsCreateRequire } from 'node:module'; const require = __bsCreateRequire(import.meta.url);",
    },
  };
}
