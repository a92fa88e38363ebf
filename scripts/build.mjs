#!/usr/bin/env node
// Builds everything the desktop app and the browser preview run:
//   dist/electron/main.mjs        Electron main process (ESM)
//   dist/electron/preload.cjs     preload (CommonJS: sandboxed preloads cannot be ESM)
//   dist/electron/core-worker.mjs the core worker thread
//   dist/electron/feed-reader.mjs the sync engine's reading thread (started by the core worker, from beside it)
//   dist/preview/preview.mjs      the browser preview server
//   dist/cli/cli.mjs              the `npm run cli` commands (a Node version check; the commands in chunks/)
//   dist/renderer/                the React UI (Vite)
// `--if-needed` skips the build when nothing under the sources changed since the last one.
import { build as esbuild } from 'esbuild';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { coreWorkerBundles } from './core-worker-bundles.mjs';
import { eldNgramsAsJson } from './eld-ngrams-as-json.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampFile = join(root, 'dist', '.build-stamp');
const sources = ['electron', 'renderer', 'assets', 'package.json', 'vite.config.ts', 'scripts/build.mjs'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isUpToDate() {
  if (!existsSync(stampFile)) return false;
  const stamp = statSync(stampFile).mtimeMs;
  return sources.every((source) => newestMtime(join(root, source)) <= stamp);
}

// ESM bundles that inline CommonJS packages need a real `require` for Node built-ins.
const requireShim =
  "import { createRequire as __bsCreateRequire } from 'node:module'; const require = __bsCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
  // sharp loads its native binary (and libvips beside it) by a platform-specific path: it stays a package,
  // resolved from node_modules at run time (packaged: electron-builder.yml), never bundled.
  external: ['electron', 'sharp'],
  legalComments: 'none',
  // The default subscriptions travel inside the bundles as text.
  loader: { '.opml': 'text' },
  // The language detector's table as JSON: a third of the memory (scripts/eld-ngrams-as-json.mjs).
  plugins: [eldNgramsAsJson()],
};

async function buildElectron() {
  // Chunk names change with their content: start the CLI's folder afresh so old chunks do not pile up.
  rmSync(join(root, 'dist', 'cli'), { recursive: true, force: true });
  await Promise.all([
    esbuild({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: 'dist/electron/main.mjs',
      format: 'esm',
      banner: { js: requireShim },
    }),
    esbuild({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: 'dist/electron/preload.cjs',
      format: 'cjs',
      minify: true,
    }),
    // The core worker and, beside it, its reading thread: the same two bundles the tests and the benchmark build.
    esbuild({ ...common, ...coreWorkerBundles(root), outdir: 'dist/electron' }),
    esbuild({
      ...common,
      entryPoints: ['electron/preview/cli.ts'],
      outfile: 'dist/preview/preview.mjs',
      format: 'esm',
      banner: { js: requireShim },
    }),
    // The CLI's entry checks the Node version before the commands (and node:sqlite) load, as a chunk of their own.
    esbuild({
      ...common,
      entryPoints: { cli: 'electron/core/cli/entry.ts' },
      outdir: 'dist/cli',
      outExtension: { '.js': '.mjs' },
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      format: 'esm',
      banner: { js: requireShim },
    }),
  ]);
}

async function buildRenderer() {
  await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
}

async function main() {
  if (process.argv.includes('--if-needed') && isUpToDate()) return;
  const started = Date.now();
  await buildRenderer();
  await buildElectron();
  writeFileSync(stampFile, new Date().toISOString() + '\n');
  console.log(`Broadsheet built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
