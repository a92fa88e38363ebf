// Runs one benchmark: `npm run bench -- store` (BENCH_ARTICLES=n for a
// smaller library; `extract` takes BENCH_HALF=tuning). Each benchmark is TypeScript under scripts/bench/, bundled
// with esbuild and run on this Node, so it measures the real store code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { eldNgramsAsJson } from './eld-ngrams-as-json.mjs';

const BENCHMARKS = {
  store: 'library-bench.ts',
  'store-search': 'search-profile.ts',
  ui: 'ui-bench.ts',
  sync: 'sync-bench.ts',
  language: 'language-bench.ts',
  accounts: 'accounts-bench.ts',
  extract: 'extract-bench.ts',
  stories: 'stories/stories-bench.ts',
};

const name = process.argv[2];
const entry = BENCHMARKS[name];
if (!entry) {
  console.error(`unknown benchmark${name ? ` "${name}"` : ''}; available: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-build-'));
const outfile = join(dir, 'bench.mjs');
try {
  await build({
    entryPoints: [new URL(`./bench/${entry}`, import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile,
    logLevel: 'warning',
    // As the app's build bundles the language detector (scripts/build.mjs).
    plugins: [eldNgramsAsJson()],
    // Bundled CommonJS (undici, in the accounts benchmark's network service) requires Node's built-ins.
    banner: {
      js: "import { createRequire as __bsCreateRequire } from 'node:module'; const require = __bsCreateRequire(import.meta.url);",
    },
  });
  const result = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
