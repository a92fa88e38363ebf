/**
 * The CLI's `parse <file>` command: a feed document to the normalized feed as
 * JSON. URLs wait for the fetcher (issue 4 item 1), which owns HTTP rules.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { normalizeFeed } from './normalize';
import { parseFeed } from './parse-feed';

export interface ParseCommandResult {
  exitCode: number;
  output: string;
}

export function parseCommand(file: string, now = Date.now()): ParseCommandResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return {
      exitCode: 2,
      output: JSON.stringify({ ok: false, error: `cannot read ${file}: ${(error as Error).message}` }),
    };
  }
  const result = parseFeed(bytes, { url: pathToFileURL(file).href });
  if (!result.ok) return { exitCode: 1, output: JSON.stringify(result, null, 2) };
  const { version, encoding, bozo, warnings } = result;
  const feed = normalizeFeed(result, { firstSeenAt: now });
  return { exitCode: 0, output: JSON.stringify({ ok: true, version, encoding, bozo, warnings, feed }, null, 2) };
}
