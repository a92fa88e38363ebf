import { describe, expect, it } from 'vitest';
import { createFetcher } from '../../../electron/core/net/fetch-resource';
import { testConfig, useFetcher, useHostileServer } from './support/net-fixtures';

const server = useHostileServer();
const fetcher = useFetcher();

describe('fetchResource: statuses a reader must understand', () => {
  it('marks a 410 feed as gone, suggesting to unsubscribe', async () => {
    const result = await fetcher().fetchResource(server().url('/status?code=410'));
    expect(result).toEqual({
      kind: 'gone',
      finalUrl: server().url('/status?code=410'),
      message: expect.stringMatching(/removed for good \(HTTP 410\).*unsubscribe/),
    });
  });

  it('reports 404 as an HTTP error that names the status', async () => {
    const result = await fetcher().fetchResource(server().url('/status?code=404'));
    expect(result).toEqual({
      kind: 'error',
      code: 'HTTP_ERROR',
      status: 404,
      message: 'The server has no feed at this address (HTTP 404). It may have moved.',
    });
  });

  it('reports 500 as a server problem that will be retried', async () => {
    const result = await fetcher().fetchResource(server().url('/status?code=500'));
    expect(result).toMatchObject({
      kind: 'error',
      code: 'HTTP_ERROR',
      status: 500,
      message: expect.stringMatching(/internal problem \(HTTP 500\)/),
    });
  });

  it('reports 403 as refused access', async () => {
    const result = await fetcher().fetchResource(server().url('/status?code=403'));
    expect(result).toMatchObject({ code: 'HTTP_ERROR', message: 'The server refused access to this feed (HTTP 403).' });
  });
});

describe('fetchResource: 429 and 503 honour Retry-After', () => {
  const now = new Date('2025-06-01T12:00:00Z');
  const clocked = useFetcher({ now: () => now });

  it('waits the seconds a 429 asks for', async () => {
    const result = await clocked().fetchResource(server().url('/retry-after/seconds'));
    expect(result).toEqual({
      kind: 'retry-later',
      status: 429,
      until: new Date(now.getTime() + 120_000),
      reason: 'The server asked Broadsheet to slow down (HTTP 429). Broadsheet will try again in 2 min.',
    });
  });

  it('waits until the HTTP-date a 503 names', async () => {
    const before = Date.now();
    const result = await fetcher().fetchResource(server().url('/retry-after/date'));
    expect(result).toMatchObject({
      kind: 'retry-later',
      status: 503,
      reason: expect.stringMatching(/temporarily unavailable \(HTTP 503\)/),
    });
    const until = result.kind === 'retry-later' ? result.until.getTime() : 0;
    // HTTP-dates have one-second resolution.
    expect(until).toBeGreaterThanOrEqual(before + 2 * 3_600_000 - 1_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 2 * 3_600_000);
  });

  it('falls back to a default wait when Retry-After is unreadable', async () => {
    const result = await clocked().fetchResource(server().url('/retry-after/garbage'));
    expect(result).toMatchObject({ kind: 'retry-later', until: new Date(now.getTime() + 15 * 60_000) });
  });

  it('falls back to a default wait when a 503 has no Retry-After', async () => {
    const result = await clocked().fetchResource(server().url('/status?code=503'));
    expect(result).toMatchObject({ kind: 'retry-later', status: 503, until: new Date(now.getTime() + 15 * 60_000) });
  });

  it('caps a ten-year Retry-After at one day', async () => {
    const result = await clocked().fetchResource(server().url('/retry-after/huge'));
    expect(result).toMatchObject({ kind: 'retry-later', until: new Date(now.getTime() + 24 * 3_600_000) });
  });
});

describe('fetchResource: addresses it refuses before any request', () => {
  const cases: [string, string, RegExp][] = [
    ['file:///etc/passwd', 'UNSUPPORTED_SCHEME', /not "file:" ones/],
    ['ftp://example.com/feed', 'UNSUPPORTED_SCHEME', /not "ftp:" ones/],
    ['javascript:alert(1)', 'UNSUPPORTED_SCHEME', /not "javascript:" ones/],
    ['data:text/xml,<rss/>', 'UNSUPPORTED_SCHEME', /not "data:" ones/],
    ['not a url', 'INVALID_URL', /not a valid web address/],
    ['http://', 'INVALID_URL', /not a valid web address/],
  ];
  it.each(cases)('%s → %s', async (url, code, message) => {
    const fetcher = createFetcher(testConfig);
    expect(await fetcher.fetchResource(url)).toEqual({ kind: 'error', code, message: expect.stringMatching(message) });
    await fetcher.close();
  });
});
