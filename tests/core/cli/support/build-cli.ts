import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the CLI as scripts/build.mjs does (the small entry, the commands in
 * a chunk it loads afterwards) into `outdir`; returns the entry's path.
 */
export async function buildCli(outdir: string): Promise<string> {
  await build({
    entryPoints: { cli: join(import.meta.dirname, '..', '..', '..', '..', 'electron', 'core', 'cli', 'entry.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'error',
    loader: { '.opml': 'text' },
    banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
  });
  return join(outdir, 'cli.mjs');
}
