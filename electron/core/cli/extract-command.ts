/**
 * `extract <html-file> --url <url> [--feed-text-file <file>]`: an article page saved to disk, extracted and judged
 * exactly as the sync would (`extractForFeed`: the feed's own text judges every candidate body), printed as JSON
 * with the verdict first. The URL is required because relative links and images in the body are resolved against
 * it; without a feed text the page is judged as the sync judges an article whose feed says nothing.
 */
import { readFileSync } from 'node:fs';
import type { ExtractErrorKind } from '../fulltext/types';
import { feedTextOf } from '../sync/full-text';
import { extractForFeed } from '../sync/full-text-credibility';
import { jsonResult, usageError, type CommandResult } from './command-result';
import { parseArgs } from './parse-args';

export const EXTRACT_USAGE = 'extract <html-file> --url <page-url> [--feed-text-file <file>]';

export const EXTRACT_HELP = [
  'Prints the article extracted from a saved web page as JSON, with the verdict the sync would reach on it: "verdict": "credible" (the sync stores this body as the full text, exit 0), or why not — "not-credible" (the page holds text, but nothing credible as the article: the sync keeps the feed’s text and says "The full text couldn’t be extracted from this page"), "not-an-article", "too-large", "too-complex", "timeout" or "invalid-url" (exit 1). "why" says what the best candidate looked like.',
  'A body is credible with at least 50 words (or, on a very short page, every word of the feed’s text), at least 40 % of the words of the longer of the feed’s text and the page’s description, and under half link text; every candidate the extractor tries (Readability, then Readability again with other settings, JSON-LD articleBody, the page’s <main>/<article>) is judged so. --feed-text-file gives the feed’s own text for the article (its summary or content, plain text or HTML), as the sync judges with it; without it the page is judged as for a feed that says nothing.',
].join('\n');

export interface ExtractArgs {
  file: string;
  url: string;
  /** A file holding the feed's own text for the article (summary or content), when there is one. */
  feedTextFile?: string;
}

export type ExtractVerdict = 'credible' | ExtractErrorKind;

export function extractCommand(args: ExtractArgs, now: () => number = Date.now): CommandResult {
  let bytes: Uint8Array;
  let feedText = '';
  try {
    bytes = readFileSync(args.file);
  } catch (error) {
    return jsonResult(2, { ok: false, error: `cannot read ${args.file}: ${(error as Error).message}` });
  }
  if (args.feedTextFile !== undefined) {
    try {
      feedText = feedTextOf({ contentHtml: readFileSync(args.feedTextFile, 'utf8'), summary: null });
    } catch (error) {
      return jsonResult(2, { ok: false, error: `cannot read ${args.feedTextFile}: ${(error as Error).message}` });
    }
  }
  const result = extractForFeed(bytes, { url: args.url, feedText, now });
  const verdict: ExtractVerdict = result.ok ? 'credible' : result.kind;
  return jsonResult(result.ok ? 0 : 1, { verdict, ...result });
}

export function extractFromArgv(argv: readonly string[]): CommandResult {
  const parsed = parseArgs(argv, ['url', 'feed-text-file']);
  if (!parsed.ok) return usageError(parsed.error, EXTRACT_USAGE);
  const [file, ...extra] = parsed.args.positionals;
  const { url, 'feed-text-file': feedTextFile } = parsed.args.flags;
  if (!file || extra.length > 0 || !url) return usageError('extract needs one HTML file and --url', EXTRACT_USAGE);
  return extractCommand({ file, url, ...(feedTextFile !== undefined ? { feedTextFile } : {}) });
}
