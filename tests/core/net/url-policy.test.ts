import { describe, expect, it } from 'vitest';
import { checkFetchUrl, checkRedirect } from '../../../electron/core/net/url-policy';

describe('checkFetchUrl', () => {
  it.each([
    ['http://example.com/feed', 'http://example.com/feed'],
    ['HTTPS://Example.COM/feed?x=1', 'https://example.com/feed?x=1'],
    ['  https://example.com/feed  ', 'https://example.com/feed'],
    ['https://example.com/feed#section', 'https://example.com/feed'],
    ['http://[::1]:8080/feed', 'http://[::1]:8080/feed'],
  ])('fetches %j as %s', (raw, href) => {
    expect(checkFetchUrl(raw)).toEqual({ ok: true, url: new URL(href) });
  });

  it.each([
    ['file:///etc/passwd', 'UNSUPPORTED_SCHEME', 'file:'],
    ['ftp://example.com/feed', 'UNSUPPORTED_SCHEME', 'ftp:'],
    ['javascript:alert(1)', 'UNSUPPORTED_SCHEME', 'javascript:'],
    ['data:text/xml,<rss/>', 'UNSUPPORTED_SCHEME', 'data:'],
    ['feed://example.com/rss', 'UNSUPPORTED_SCHEME', 'feed:'],
    ['chrome://settings', 'UNSUPPORTED_SCHEME', 'chrome:'],
    ['example.com/feed', 'INVALID_URL', undefined],
    ['', 'INVALID_URL', undefined],
    ['http://', 'INVALID_URL', undefined],
    ['http://exa mple.com/', 'INVALID_URL', undefined],
  ])('refuses %j with %s', (raw, code, scheme) => {
    expect(checkFetchUrl(raw)).toEqual(scheme ? { ok: false, code, scheme } : { ok: false, code });
  });
});

describe('checkRedirect', () => {
  const http = new URL('http://example.com/a/feed');
  const https = new URL('https://example.com/a/feed');

  it.each([
    [http, 'http://other.example/feed', 'http://other.example/feed'],
    [http, 'https://example.com/feed', 'https://example.com/feed'],
    [https, 'https://cdn.example/feed', 'https://cdn.example/feed'],
    [http, '/rss', 'http://example.com/rss'],
    [http, 'rss.xml', 'http://example.com/a/rss.xml'],
    [https, '//cdn.example/feed', 'https://cdn.example/feed'],
    [http, '  /padded  ', 'http://example.com/padded'],
  ])('from %s follows %j to %s', (from, location, href) => {
    expect(checkRedirect(from, location)).toEqual({ ok: true, url: new URL(href) });
  });

  it.each([
    [http, 'file:///etc/passwd', 'file:'],
    [http, 'data:application/rss+xml;base64,PHJzcy8+', 'data:'],
    [http, 'ftp://example.com/feed', 'ftp:'],
    [http, 'javascript:alert(1)', 'javascript:'],
    [http, 'JaVaScRiPt:alert(1)', 'javascript:'],
    [http, 'x-private://open', 'x-private:'],
    [https, 'http://example.com/feed', 'http:'],
    [https, 'HTTP://example.com/feed', 'http:'],
  ])('from %s refuses %j (%s)', (from, location, scheme) => {
    expect(checkRedirect(from, location)).toEqual({ ok: false, code: 'BAD_REDIRECT', scheme });
  });

  it.each(['http://', 'http://exa mple.com/', 'http://[::1'])('refuses the malformed %j', (location) => {
    expect(checkRedirect(http, location)).toEqual({ ok: false, code: 'BAD_REDIRECT' });
  });
});
