import { build } from 'esbuild';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCorpus } from '../../../electron/core/feeds/conformance/runner';
import { formatSummary, summarize } from '../../../electron/core/feeds/conformance/summary';

const root = resolve(import.meta.dirname, '..', '..', '..');
const corpusDir = resolve(root, '..', 'shared', 'corpora', 'feedparser');
const present = existsSync(join(corpusDir, 'expectations.json'));

if (!present) console.warn(`feedparser conformance skipped: no corpus at ${corpusDir}`);

describe.skipIf(!present)('feedparser conformance corpus', () => {
  it('passes at least 95% of the applicable checks with no crash or hang', async () => {
    const outdir = mkdtempSync(join(tmpdir(), 'broadsheet-conformance-'));
    await build({
      entryPoints: [join(root, 'electron/core/feeds/conformance/worker.ts')],
      outfile: join(outdir, 'worker.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      logLevel: 'error',
      banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
    });
    const summary = summarize(await runCorpus({ corpusDir, workerFile: join(outdir, 'worker.mjs') }));
    expect(summary.crashes, formatSummary(summary)).toEqual([]);
    expect(summary.hangs, formatSummary(summary)).toEqual([]);
    expect(summary.files).toBe(2107);
    expect(summary.percent, formatSummary(summary)).toBeGreaterThanOrEqual(95);
  }, 60_000);
});
