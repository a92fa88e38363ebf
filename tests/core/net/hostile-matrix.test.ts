import { describe, expect, it } from 'vitest';
import type { FetchResult } from '../../../electron/core/net/fetch-result';
import { hostileRoutes } from '../../support/hostile-server';
import { useFetcher, useHostileServer } from './support/net-fixtures';

const server = useHostileServer();
const fetcher = useFetcher({ maxBytes: 1024 * 1024 });
// Only the routes that stall get a short bound; the rest keep a roomy one so load cannot flip them.
const stalling = new Set(['/drip', '/stall-headers', '/stall-body']);

/**
 * Every route of the hostile server, fetched in one concurrent "refresh",
 * with the outcome a reader should see. A new route must be added here,
 * which forces a decision about how the fetcher treats it.
 */
const expected: Record<string, string> = {
  '/feed': 'ok',
  '/feed.gz': 'ok',
  '/feed.deflate': 'ok',
  '/feed.deflate-raw': 'ok',
  '/feed.br': 'ok',
  '/feed-chunked': 'ok',
  '/drip': 'TIMEOUT_TOTAL',
  '/stall-headers': 'TIMEOUT_TOTAL',
  '/stall-body': 'TIMEOUT_TOTAL',
  '/reset-mid-body': 'NETWORK',
  '/close-mid-body': 'NETWORK',
  '/not-http': 'NETWORK',
  '/endless': 'TOO_LARGE',
  '/large': 'TOO_LARGE',
  '/huge-declared': 'TOO_LARGE',
  '/gzip-bomb': 'TOO_LARGE',
  '/brotli-bomb': 'TOO_LARGE',
  '/corrupt-gzip': 'DECODE',
  '/unknown-encoding': 'DECODE',
  '/redirect': 'ok',
  '/chain': 'ok',
  '/loop': 'TOO_MANY_REDIRECTS',
  '/redirect-no-location': 'HTTP_ERROR',
  '/redirect-to/file': 'BAD_REDIRECT',
  '/redirect-to/data': 'BAD_REDIRECT',
  '/redirect-to/ftp': 'BAD_REDIRECT',
  '/redirect-to/javascript': 'BAD_REDIRECT',
  '/redirect-to/private': 'BAD_REDIRECT',
  '/redirect-to/garbage': 'BAD_REDIRECT',
  '/status': 'HTTP_ERROR',
  '/retry-after/seconds': 'retry-later',
  '/retry-after/date': 'retry-later',
  '/retry-after/garbage': 'retry-later',
  '/retry-after/huge': 'retry-later',
  '/html': 'ok',
  '/lying-type': 'ok',
  '/lying-charset': 'ok',
  '/unknown-charset': 'ok',
  '/invalid-utf8': 'ok',
  '/no-content-type': 'ok',
  '/empty': 'ok',
  '/billion-laughs': 'ok',
  '/external-entity': 'ok',
  '/deep-nesting': 'ok',
  '/many-items': 'TOO_LARGE',
  '/duplicate-guids': 'ok',
  '/future-dates': 'ok',
};

const outcome = (result: FetchResult) => (result.kind === 'error' ? result.code : result.kind);

describe('hostile server fault matrix', () => {
  it('has an expected outcome for every route', () => {
    expect(Object.keys(hostileRoutes).sort()).toEqual(Object.keys(expected).sort());
  });

  it('ends every route with its expected outcome in one concurrent refresh', async () => {
    await server().prepareBombs();
    const paths = Object.keys(expected);
    const results = await Promise.all(
      paths.map((path) =>
        fetcher().fetchResource(server().url(path), stalling.has(path) ? { totalTimeoutMs: 500 } : {}),
      ),
    );
    const seen = Object.fromEntries(paths.map((path, index) => [path, outcome(results[index]!)]));
    expect(seen).toEqual(expected);
    for (const result of results) {
      if (result.kind === 'error') expect(result.message).toMatch(/^[A-Z0-9].{10,}[.)]$/);
    }
  });

  it('answers unknown paths with 404 and records every request', async () => {
    const result = await fetcher().fetchResource(server().url('/no-such-route?x=1'));
    expect(result).toMatchObject({ code: 'HTTP_ERROR', status: 404 });
    expect(server().requestsTo('/no-such-route')).toEqual([
      expect.objectContaining({ method: 'GET', path: '/no-such-route?x=1' }),
    ]);
  });

  it('listens on the loopback interface only', () => {
    expect(new URL(server().origin).hostname).toBe('127.0.0.1');
    expect(new URL(server().silentTlsOrigin).hostname).toBe('127.0.0.1');
  });
});
