import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Bundles a child driver (a real OS process running the real core) into a temporary .mjs, as build-worker does for
 * the worker. The driver is `<from>/<name>.ts` (by default beside this file).
 */
export async function buildChild(name: string, from = import.meta.dirname): Promise<{ script: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-hardening-'));
  const script = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [join(from, `${name}.ts`)],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'error',
    loader: { '.opml': 'text' },
    banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
  });
  return { script, dir };
}
