#!/usr/bin/env node
// `npm run conformance`: bundles the feed parser's conformance runner and its
// worker with esbuild into a temporary folder (the sources are TypeScript with
// extensionless imports), then runs it over ../shared/corpora/feedparser.
// Prints "feedparser conformance: P passed of A applicable (X%)" and the
// failures by group; exits non-zero below 95% or on any crash or hang.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = mkdtempSync(join(tmpdir(), 'broadsheet-conformance-'));
const requireShim = "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);";

try {
  await build({
    entryPoints: { cli: 'electron/core/feeds/conformance/cli.ts', worker: 'electron/core/feeds/conformance/worker.ts' },
    absWorkingDir: root,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'error',
    banner: { js: requireShim },
  });
  const result = spawnSync(process.execPath, [join(outdir, 'cli.mjs'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, CONFORMANCE_WORKER: join(outdir, 'worker.mjs') },
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
