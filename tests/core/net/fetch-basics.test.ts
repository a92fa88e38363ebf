import { describe, expect, it } from 'vitest';
import { FEED_ETAG, FEED_LAST_MODIFIED, feedXml } from '../../support/hostile-server';
import { bodyText, useFetcher, useHostileServer } from './support/net-fixtures';

const server = useHostileServer();
const fetcher = useFetcher();

describe('fetchResource: a well-behaved feed', () => {
  it('returns the body, type and validators', async () => {
    const result = await fetcher().fetchResource(server().url('/feed'));
    expect(result).toMatchObject({
      kind: 'ok',
      status: 200,
      finalUrl: server().url('/feed'),
      contentType: 'application/rss+xml; charset=utf-8',
      etag: FEED_ETAG,
      lastModified: FEED_LAST_MODIFIED,
    });
    expect(result).not.toHaveProperty('permanentRedirect');
    expect(bodyText(result)).toBe(feedXml);
  });

  it('identifies itself and asks for feeds and compression', async () => {
    await fetcher().fetchResource(server().url('/feed?who'));
    const [request] = server().requests.filter((seen) => seen.path === '/feed?who');
    expect(request?.headers['user-agent']).toBe('Broadsheet/9.9.9-test (+https://broadsheet.invalid; feed reader)');
    expect(request?.headers.accept).toMatch(/^application\/rss\+xml, application\/atom\+xml/);
    expect(request?.headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(request?.headers['if-none-match']).toBeUndefined();
  });

  it('sends stored validators and reports 304 as not-modified', async () => {
    const result = await fetcher().fetchResource(server().url('/feed?etag'), {
      etag: FEED_ETAG,
      lastModified: FEED_LAST_MODIFIED,
    });
    expect(result).toEqual({ kind: 'not-modified', finalUrl: server().url('/feed?etag') });
    const [request] = server().requests.filter((seen) => seen.path === '/feed?etag');
    expect(request?.headers['if-none-match']).toBe(FEED_ETAG);
    expect(request?.headers['if-modified-since']).toBe(FEED_LAST_MODIFIED);
  });

  it('uses Last-Modified alone when there is no ETag', async () => {
    const result = await fetcher().fetchResource(server().url('/feed'), { lastModified: FEED_LAST_MODIFIED });
    expect(result.kind).toBe('not-modified');
  });

  it('downloads again when the stored ETag is stale', async () => {
    const result = await fetcher().fetchResource(server().url('/feed'), { etag: '"old"' });
    expect(result.kind).toBe('ok');
  });

  it('drops a stored validator that would inject a header', async () => {
    await fetcher().fetchResource(server().url('/feed?inject'), { etag: '"x"\r\nX-Evil: 1' });
    const [request] = server().requests.filter((seen) => seen.path === '/feed?inject');
    expect(request?.headers['x-evil']).toBeUndefined();
    expect(request?.headers['if-none-match']).toBeUndefined();
  });

  it('lets article and image fetches ask for their own types', async () => {
    await fetcher().fetchResource(server().url('/feed?accept'), { accept: 'image/*' });
    const [request] = server().requests.filter((seen) => seen.path === '/feed?accept');
    expect(request?.headers.accept).toBe('image/*');
  });

  it('reads a chunked body without Content-Length', async () => {
    expect(bodyText(await fetcher().fetchResource(server().url('/feed-chunked')))).toBe(feedXml);
  });

  it.each(['/feed.gz', '/feed.deflate', '/feed.deflate-raw', '/feed.br'])('decodes %s', async (path) => {
    expect(bodyText(await fetcher().fetchResource(server().url(path)))).toBe(feedXml);
  });

  it('returns an empty body as ok for the parser to judge', async () => {
    const result = await fetcher().fetchResource(server().url('/empty'));
    expect(result).toMatchObject({ kind: 'ok', status: 200 });
    expect(result.kind === 'ok' && result.body.byteLength).toBe(0);
  });
});
