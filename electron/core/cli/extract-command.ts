/**
 * `extract <html-file> --url <url>`: an article page saved to disk, as the
 * extracted article in JSON. The URL is required because relative links and
 * images in the body are resolved against it.
 */
import { readFileSync } from 'node:fs';
import { extractArticle } from '../fulltext/extract-article';
import { jsonResult, usageError, type CommandResult } from './command-result';
import { parseArgs } from './parse-args';

export const EXTRACT_USAGE = 'extract <html-file> --url <page-url>';

export interface ExtractArgs {
  file: string;
  url: string;
}

export function extractCommand(args: ExtractArgs, now: () => number = Date.now): CommandResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file);
  } catch (error) {
    return jsonResult(2, { ok: false, error: `cannot read ${args.file}: ${(error as Error).message}` });
  }
  const result = extractArticle(bytes, { url: args.url, now });
  return jsonResult(result.ok ? 0 : 1, result);
}

export function extractFromArgv(argv: readonly string[]): CommandResult {
  const parsed = parseArgs(argv, ['url']);
  if (!parsed.ok) return usageError(parsed.error, EXTRACT_USAGE);
  const [file, ...extra] = parsed.args.positionals;
  const url = parsed.args.flags.url;
  if (!file || extra.length > 0 || !url) return usageError('extract needs one HTML file and --url', EXTRACT_USAGE);
  return extractCommand({ file, url });
}
