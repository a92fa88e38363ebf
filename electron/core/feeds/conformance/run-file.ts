/** Parses one corpus document as the fetcher would hand it over, and evaluates its checks. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '../parse-feed';
import type { ParseFeedOptions } from '../types';
import { describeFailure, evaluate } from './checks';
import { exclusionReason } from './exclusions';
import type { Expectation } from './expectations';
import { toFeedparserDict } from './feedparser-dict';

export interface CheckOutcome {
  passed: boolean;
  /** Set when the check does not apply; such checks are not counted. */
  excluded?: string;
  /** For a failed check: what was expected and what the parser gave, for the verbose report. */
  detail?: string;
}

export interface FileOutcome {
  path: string;
  group: string;
  checks: CheckOutcome[];
  crash?: string;
  ms: number;
}

// feedparser's test server: documents live under /tests/, served as text/xml unless a header says otherwise.
const SERVER = 'http://127.0.0.1:8097/tests/';

export function optionsFor(expectation: Expectation): ParseFeedOptions {
  const served = expectation.http || expectation.path.split('/').at(-1)!.startsWith('http');
  if (!served && !expectation.headers) return {};
  const headers = Object.fromEntries(Object.entries(expectation.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const options: ParseFeedOptions = {
    url: SERVER + expectation.path,
    contentType: headers['content-type'] ?? 'text/xml',
  };
  const location = headers['content-location'];
  if (location) {
    try {
      const resolved = new URL(location, options.url);
      if (resolved.protocol === 'http:' || resolved.protocol === 'https:') options.url = resolved.href;
    } catch {
      // An unusable Content-Location is ignored, as a browser would.
    }
  }
  if (headers['content-language']) options.contentLanguage = headers['content-language'];
  return options;
}

export function runFile(corpusDir: string, expectation: Expectation): FileOutcome {
  const started = performance.now();
  const outcome: FileOutcome = { path: expectation.path, group: expectation.group, checks: [], ms: 0 };
  try {
    const bytes = readFileSync(join(corpusDir, 'tests', expectation.path));
    const result = parseFeed(bytes, optionsFor(expectation));
    if (!result.ok && result.kind === 'unreadable') outcome.crash = result.warnings.join('; ');
    const dict = toFeedparserDict(result);
    for (const check of expectation.checks ?? []) {
      const excluded = exclusionReason(expectation, check);
      if (excluded) {
        outcome.checks.push({ passed: false, excluded });
        continue;
      }
      const passed = !outcome.crash && evaluate(check, dict);
      outcome.checks.push(passed ? { passed } : { passed, detail: describeFailure(check, dict) });
    }
  } catch (error) {
    outcome.crash = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  outcome.ms = performance.now() - started;
  return outcome;
}
