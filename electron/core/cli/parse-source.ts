/**
 * `parse <file|url>`: a feed document from disk, or downloaded under the
 * fetcher's rules (http(s) only, size and time bounds), as the normalized
 * feed in JSON.
 */
import { normalizeFeed } from '../feeds/normalize';
import { parseCommand } from '../feeds/parse-command';
import { parseFeed } from '../feeds/parse-feed';
import { fetchResource } from '../net/fetch-resource';
import { jsonResult, usageError, type CommandResult } from './command-result';
import { parseArgs } from './parse-args';

export const PARSE_USAGE = 'parse <feed-file | http(s)-url>';

export async function parseUrlCommand(url: string, appVersion = 'cli', now = Date.now()): Promise<CommandResult> {
  const result = await fetchResource(url, { appVersion });
  if (result.kind !== 'ok') {
    const message =
      result.kind === 'retry-later' ? result.reason : result.kind === 'not-modified' ? 'not modified' : result.message;
    return jsonResult(1, { ok: false, fetch: result.kind, error: message });
  }
  const parsed = parseFeed(result.body, { contentType: result.contentType ?? undefined, url: result.finalUrl });
  if (!parsed.ok) return jsonResult(1, parsed);
  const { version, encoding, bozo, warnings } = parsed;
  const feed = normalizeFeed(parsed, { feedUrl: result.finalUrl, firstSeenAt: now });
  return jsonResult(0, { ok: true, url: result.finalUrl, version, encoding, bozo, warnings, feed });
}

export function parseFromArgv(argv: readonly string[], appVersion?: string): Promise<CommandResult> | CommandResult {
  const parsed = parseArgs(argv, []);
  if (!parsed.ok) return usageError(parsed.error, PARSE_USAGE);
  const [source, ...extra] = parsed.args.positionals;
  if (!source || extra.length > 0) return usageError('parse needs one feed file or URL', PARSE_USAGE);
  if (/^https?:\/\//i.test(source)) return parseUrlCommand(source, appVersion);
  return parseCommand(source);
}
