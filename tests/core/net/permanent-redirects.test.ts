import { describe, expect, it } from 'vitest';
import type { FetchResult } from '../../../electron/core/net/fetch-result';
import { observeRedirect, type RedirectStreak } from '../../../electron/core/net/permanent-redirects';

const feedUrl = 'http://old.example/feed';
const moved = (target: string): FetchResult => ({
  kind: 'ok',
  status: 200,
  finalUrl: target,
  body: new Uint8Array(),
  contentType: null,
  permanentRedirect: target,
});
const direct: FetchResult = { kind: 'ok', status: 200, finalUrl: feedUrl, body: new Uint8Array(), contentType: null };
const failed: FetchResult = { kind: 'error', code: 'NETWORK', message: 'x' };

function run(results: FetchResult[]): { streak: RedirectStreak | null; adopted: string[] } {
  let streak: RedirectStreak | null = null;
  const adopted: string[] = [];
  for (const result of results) {
    const decision = observeRedirect(streak, result, feedUrl);
    streak = decision.streak;
    if (decision.adopt) adopted.push(decision.adopt);
  }
  return { streak, adopted };
}

describe('observeRedirect', () => {
  const next = 'https://new.example/feed';

  it('adopts the target after three consecutive permanent redirects', () => {
    expect(run([moved(next), moved(next), moved(next)])).toEqual({ streak: null, adopted: [next] });
  });

  it('does not adopt after two', () => {
    expect(run([moved(next), moved(next)])).toEqual({ streak: { target: next, count: 2 }, adopted: [] });
  });

  it('starts over when a refresh is served without the redirect', () => {
    expect(run([moved(next), moved(next), direct, moved(next)]).adopted).toEqual([]);
  });

  it('starts over when the target changes', () => {
    expect(run([moved(next), moved(next), moved('https://other.example/feed')])).toEqual({
      streak: { target: 'https://other.example/feed', count: 1 },
      adopted: [],
    });
  });

  it('counts through failed refreshes without resetting', () => {
    expect(run([moved(next), failed, moved(next), failed, moved(next)]).adopted).toEqual([next]);
  });

  it('counts 304 responses that arrived through the redirect', () => {
    const notModified: FetchResult = { kind: 'not-modified', finalUrl: next, permanentRedirect: next };
    expect(run([notModified, notModified, notModified]).adopted).toEqual([next]);
  });

  it('ignores a "redirect" to the feed URL itself', () => {
    expect(run([moved(feedUrl), moved(feedUrl), moved(feedUrl)])).toEqual({ streak: null, adopted: [] });
  });

  it('honours a custom threshold', () => {
    expect(observeRedirect(null, moved(next), feedUrl, 1)).toEqual({ streak: null, adopt: next });
  });
});
