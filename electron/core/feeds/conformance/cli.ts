/**
 * `npm run conformance [-- --verbose] [-- --only <path-prefix>]`: the feedparser
 * corpus against our parser. Exits non-zero below 95% or on any crash or hang.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCorpus } from './runner';
import { formatSummary, summarize } from './summary';

export const TARGET_PERCENT = 95;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const workerFile = process.env.CONFORMANCE_WORKER;
  const corpusDir = resolve(process.env.CONFORMANCE_CORPUS ?? '../shared/corpora/feedparser');
  if (!workerFile) throw new Error('CONFORMANCE_WORKER is not set; run through npm run conformance');
  if (!existsSync(resolve(corpusDir, 'expectations.json'))) {
    console.error(`feedparser corpus not found at ${corpusDir}`);
    process.exit(2);
  }
  const onlyAt = args.indexOf('--only');
  const prefix = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  const run = await runCorpus({ corpusDir, workerFile, only: prefix ? (e) => e.path.startsWith(prefix) : undefined });
  const summary = summarize(run);
  console.log(formatSummary(summary, args.includes('--verbose')));
  const ok = summary.percent >= TARGET_PERCENT && summary.crashes.length === 0 && summary.hangs.length === 0;
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
