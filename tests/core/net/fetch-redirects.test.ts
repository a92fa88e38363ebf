import { describe, expect, it } from 'vitest';
import { FEED_ETAG, feedXml } from '../../support/hostile-server';
import { bodyText, useFetcher, useHostileServer } from './support/net-fixtures';

const server = useHostileServer();
const fetcher = useFetcher();

const chain = (statuses: string) => `/chain?statuses=${statuses}`;

describe('fetchResource: redirects', () => {
  it.each(['301', '302', '303', '307', '308'])('follows a %s to the feed', async (status) => {
    const result = await fetcher().fetchResource(server().url(chain(status)));
    expect(result).toMatchObject({ kind: 'ok', finalUrl: server().url('/feed') });
    expect(bodyText(result)).toBe(feedXml);
  });

  it('reports an all-permanent chain as a permanent redirect to its end', async () => {
    const result = await fetcher().fetchResource(server().url(chain('301,308,301')));
    expect(result).toMatchObject({ kind: 'ok', permanentRedirect: server().url('/feed') });
  });

  it('does not call a chain permanent when one hop is temporary', async () => {
    const result = await fetcher().fetchResource(server().url(chain('301,302,308')));
    expect(result.kind).toBe('ok');
    expect(result).not.toHaveProperty('permanentRedirect');
  });

  it('keeps the permanent redirect on a 304', async () => {
    const result = await fetcher().fetchResource(server().url(chain('301')), { etag: FEED_ETAG });
    expect(result).toEqual({
      kind: 'not-modified',
      finalUrl: server().url('/feed'),
      permanentRedirect: server().url('/feed'),
    });
  });

  it('follows exactly five redirects', async () => {
    const result = await fetcher().fetchResource(server().url(chain('302,302,302,302,302')));
    expect(result.kind).toBe('ok');
  });

  it('stops at the sixth redirect', async () => {
    const result = await fetcher().fetchResource(server().url(chain('302,302,302,302,302,302')));
    expect(result).toEqual({
      kind: 'error',
      code: 'TOO_MANY_REDIRECTS',
      message: 'The address redirected more than 5 times, probably in a loop.',
    });
  });

  it.each(['301', '302', '307', '308'])('ends a %s loop with TOO_MANY_REDIRECTS', async (status) => {
    const result = await fetcher().fetchResource(server().url(`/loop?status=${status}`));
    expect(result).toMatchObject({ kind: 'error', code: 'TOO_MANY_REDIRECTS' });
  });

  it('resolves a relative Location against the URL that sent it', async () => {
    const result = await fetcher().fetchResource(server().url('/redirect?to=feed.gz'));
    expect(result).toMatchObject({ kind: 'ok', finalUrl: server().url('/feed.gz') });
  });

  it('reports a redirect without Location as an HTTP error', async () => {
    const result = await fetcher().fetchResource(server().url('/redirect-no-location'));
    expect(result).toMatchObject({
      kind: 'error',
      code: 'HTTP_ERROR',
      status: 302,
      message: expect.stringMatching(/without saying where/),
    });
  });

  it('sends the validators and User-Agent on every hop', async () => {
    await fetcher().fetchResource(server().url('/chain?statuses=301&to=/feed%3Fhop'), { etag: '"v0"' });
    const [last] = server().requests.filter((request) => request.path === '/feed?hop');
    expect(last?.headers['if-none-match']).toBe('"v0"');
    expect(last?.headers['user-agent']).toMatch(/^Broadsheet\//);
  });
});

describe('fetchResource: redirects it never follows', () => {
  it.each([
    ['file', /"file:" address/],
    ['data', /"data:" address/],
    ['ftp', /"ftp:" address/],
    ['javascript', /"javascript:" address/],
    ['private', /"x-private-scheme:" address/],
    ['garbage', /not valid/],
  ])('refuses a redirect to %s', async (name, message) => {
    const result = await fetcher().fetchResource(server().url(`/redirect-to/${name}`));
    expect(result).toEqual({ kind: 'error', code: 'BAD_REDIRECT', message: expect.stringMatching(message) });
  });
});
