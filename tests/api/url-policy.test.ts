/**
 * Every URL policy against the same hostile inputs, one row per input and one
 * column per purpose, so a difference between two policies is visible and
 * deliberate. A cell is the URL the policy hands on, or the rule that refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSrcset, checkArticleLink, checkArticlePicture } from '../../electron/api/url-policy/article-policy';
import { checkExportUrl, exportLinkUrl } from '../../electron/api/url-policy/export-policy';
import { checkExternalUrl } from '../../electron/api/url-policy/external-policy';
import { checkFeedAddress } from '../../electron/api/url-policy/feed-address-policy';
import { checkFetchUrl, checkRedirect } from '../../electron/api/url-policy/fetch-policy';
import { MAX_URL_LENGTH } from '../../electron/api/url-policy/url-rules';
import type { UrlRule, UrlVerdict } from '../../electron/api/url-policy/url-verdict';

/** The feed a redirect came from, which is also the page a feed link was found on. */
const FROM = 'https://feeds.example/a/feed';
/** The article that links and pictures are shown in. */
const ARTICLE = 'https://news.example/2025/story';

const POLICIES = {
  fetch: (raw: unknown) => checkFetchUrl(raw),
  redirect: (raw: unknown) => checkRedirect(FROM, raw),
  subscribe: (raw: unknown) => checkFeedAddress(raw, FROM),
  external: (raw: unknown) => checkExternalUrl(raw),
  link: (raw: unknown) => checkArticleLink(raw, ARTICLE),
  picture: (raw: unknown) => checkArticlePicture(raw, ARTICLE),
  export: (raw: unknown) => checkExportUrl(raw),
} satisfies Record<string, (raw: unknown) => UrlVerdict>;
type Policy = keyof typeof POLICIES;
const NAMES = Object.keys(POLICIES) as Policy[];

/** A URL (it has a colon) or the name of the rule that refused. */
type Cell = string | UrlRule;
type Cells = [Cell, Cell, Cell, Cell, Cell, Cell, Cell];
type Row = [label: string, input: unknown, ...cells: Cells];
const same = (cell: Cell): Cells => [cell, cell, cell, cell, cell, cell, cell];
/** Any http: result is a downgrade when it is a redirect from the https feed. */
const web = (url: string, fetched = url): Cells => [
  fetched,
  url.startsWith('http:') ? 'downgrade' : fetched,
  fetched,
  url,
  url,
  url,
  url,
];
/** Opening externally refuses whitespace anywhere; every other policy trims the ends and lets the parser encode the rest. */
const spaced = (url: string): Cells => [url, url, url, 'characters', url, url, url];

// Columns after the input: fetch, redirect, subscribe, external, link, picture, export (the order of POLICIES).
// prettier-ignore
const ROWS: Row[] = [
  ['plain https', 'https://example.com', ...web('https://example.com/')],
  ['query and fragment', 'http://example.com/news?id=1#top', ...web('http://example.com/news?id=1#top', 'http://example.com/news?id=1')],
  ['upper-case scheme and host', 'HTTPS://EXAMPLE.COM/Path', ...web('https://example.com/Path')],
  ['mixed-case scheme', 'hTtPs://Example.com', ...web('https://example.com/')],
  ['a port', 'https://example.com:8443/a', ...web('https://example.com:8443/a')],
  ['IDN host and path', 'https://例え.jp/パス', ...web('https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9')],
  ['IDN look-alike (Cyrillic а), shown as punycode', 'https://pаypal.example/', ...web('https://xn--pypal-4ve.example/')],
  ['markup in the path, encoded', 'https://example.com/<script>', ...web('https://example.com/%3Cscript%3E')],
  ['IPv6 host', 'https://[2001:db8::1]/', ...web('https://[2001:db8::1]/')],
  ['encoded CR LF in the path', 'https://example.com/%0d%0a', ...web('https://example.com/%0d%0a')],
  ['IPv6 loopback', 'http://[::1]:8080/feed', ...web('http://[::1]:8080/feed')],
  ['IPv4 loopback', 'http://127.0.0.1/feed', ...web('http://127.0.0.1/feed')],
  ['whitespace around', '  https://example.com/feed  ', ...spaced('https://example.com/feed')],
  ['leading space', ' https://example.com', ...spaced('https://example.com/')],
  ['trailing space', 'https://example.com ', ...spaced('https://example.com/')],
  ['leading NBSP', '\u00a0https://example.com', ...spaced('https://example.com/')],
  ['a space in the path', 'https://example.com/a b', ...spaced('https://example.com/a%20b')],
  ['a space in the host', 'http://exa mple.com/', 'malformed', 'malformed', 'malformed', 'characters', 'malformed', 'malformed', 'malformed'],
  ['ideographic space in the host', 'https://\u3000example.com', 'malformed', 'malformed', 'malformed', 'characters', 'malformed', 'malformed', 'malformed'],

  ['javascript', 'javascript:alert(1)', ...same('scheme')],
  ['javascript, odd case', 'JaVaScRiPt:alert(1)', ...same('scheme')],
  ['javascript with a tab', 'java\tscript:alert(1)', ...same('characters')],
  ['javascript with a newline', 'java\nscript:alert(1)', ...same('characters')],
  ['javascript with a NUL', 'java\u0000script:alert(1)', ...same('characters')],
  ['javascript inside http-looking text', 'javascript://example.com/%0aalert(1)', ...same('scheme')],
  ['javascript, entity-like: only ever a relative path', 'javascript&colon;alert(1)', 'malformed', 'https://feeds.example/a/javascript&colon;alert(1)', 'https://feeds.example/a/javascript&colon;alert(1)', 'malformed', 'https://news.example/2025/javascript&colon;alert(1)', 'https://news.example/2025/javascript&colon;alert(1)', 'malformed'],
  ['vbscript', 'vbscript:msgbox(1)', ...same('scheme')],
  ['file', 'file:///etc/passwd', ...same('scheme')],
  ['file, Windows share', 'file://server/share/x.exe', ...same('scheme')],
  ['data, HTML', 'data:text/html,<script>alert(1)</script>', 'scheme', 'scheme', 'scheme', 'scheme', 'scheme', 'picture-data', 'scheme'],
  ['data, base64 HTML', 'data:text/html;base64,PHNjcmlwdD4=', 'scheme', 'scheme', 'scheme', 'scheme', 'scheme', 'picture-data', 'scheme'],
  ['data, SVG picture', 'data:image/svg+xml;base64,PHN2Zz4=', 'scheme', 'scheme', 'scheme', 'scheme', 'scheme', 'picture-data', 'scheme'],
  ['data, PNG picture', 'data:image/png;base64,iVBORw0KGgo=', 'scheme', 'scheme', 'scheme', 'scheme', 'scheme', 'data:image/png;base64,iVBORw0KGgo=', 'scheme'],
  ['blob', 'blob:https://example.com/1234', ...same('scheme')],
  ['view-source', 'view-source:https://example.com', ...same('scheme')],
  ['about', 'about:blank', ...same('scheme')],
  ['chrome', 'chrome://settings', ...same('scheme')],
  ['ftp', 'ftp://example.com/file', ...same('scheme')],
  ['feed scheme (read by "Add feed" before any policy)', 'feed://example.com/rss', ...same('scheme')],
  ['websocket', 'wss://example.com', ...same('scheme')],
  ['mailto', 'mailto:someone@example.com', 'scheme', 'scheme', 'scheme', 'scheme', 'mailto:someone@example.com', 'scheme', 'scheme'],
  ['mailto with a space', 'mailto:a b@example.com', 'scheme', 'scheme', 'scheme', 'characters', 'characters', 'scheme', 'scheme'],
  ['custom scheme', 'ms-settings:privacy', ...same('scheme')],
  ['custom scheme with slashes', 'steam://run/123', ...same('scheme')],
  ['private scheme', 'x-private://open', ...same('scheme')],
  ['the app scheme', 'app://broadsheet/index.html', ...same('scheme')],
  ['the image cache scheme', 'bsimg://img/abc', 'scheme', 'scheme', 'scheme', 'scheme', 'scheme', 'bsimg://img/abc', 'scheme'],
  ['smb', 'smb://host/share', ...same('scheme')],

  ['leading newline', '\nhttps://example.com', ...same('characters')],
  ['zero-width space', 'https://example.com\u200b', ...same('characters')],
  ['zero-width joiner in the host', 'https://ex\u200dample.com', ...same('characters')],
  ['soft hyphen in the host', 'https://exam\u00adple.com', ...same('characters')],
  ['right-to-left override', 'https://example.com/\u202egpj.exe', ...same('characters')],
  ['line separator', 'https://example.com/?q=\u2028', ...same('characters')],
  ['byte-order mark', '\ufeffhttps://example.com', ...same('characters')],

  ['user and password', 'https://user:pass@example.com/', 'https://example.com/', 'https://example.com/', 'credentials', 'credentials', 'credentials', 'credentials', 'credentials'],
  ['user only', 'https://user@example.com/', 'https://example.com/', 'https://example.com/', 'credentials', 'credentials', 'credentials', 'credentials', 'credentials'],
  ['empty credentials', 'https://@example.com/', 'https://example.com/', 'https://example.com/', 'credentials', 'credentials', 'credentials', 'credentials', 'credentials'],
  ['empty user and password', 'https://:@example.com/', 'https://example.com/', 'https://example.com/', 'credentials', 'credentials', 'credentials', 'credentials', 'credentials'],
  ['look-alike authority', 'https://bank.example@evil.example/', 'https://evil.example/', 'https://evil.example/', 'credentials', 'credentials', 'credentials', 'credentials', 'credentials'],
  ['encoded slash before @', 'https://example.com%2f@evil.example', 'https://evil.example/', 'https://evil.example/', 'credentials', 'credentials', 'credentials', 'credentials', 'credentials'],

  ['backslashes', 'https:\\\\evil.example', ...same('backslash')],
  ['mixed slashes', 'https:/\\evil.example', ...same('backslash')],
  ['backslash before @', 'https://example.com\\@evil.example', ...same('backslash')],
  ['backslash in a relative path', '/images\\a.png', ...same('backslash')],

  ['no slashes', 'https:example.com', ...same('no-host')],
  ['one slash', 'https:/example.com', ...same('no-host')],
  ['three slashes', 'https:///example.com', ...same('no-host')],
  ['no host', 'https://', ...same('malformed')],
  ['no host, http', 'http://', ...same('malformed')],
  ['dot host', 'https://./', ...same('no-host')],
  ['unspecified IPv6 host', 'http://[::]/', ...same('no-host')],
  ['unclosed IPv6 host', 'http://[::1', ...same('malformed')],

  ['protocol-relative', '//example.com/a', 'malformed', 'https://example.com/a', 'https://example.com/a', 'malformed', 'https://example.com/a', 'https://example.com/a', 'malformed'],
  ['protocol-relative without a host', '///example.com', 'malformed', 'no-host', 'no-host', 'malformed', 'no-host', 'no-host', 'malformed'],
  ['root-relative', '/next', 'malformed', 'https://feeds.example/next', 'https://feeds.example/next', 'malformed', 'https://news.example/next', 'https://news.example/next', 'malformed'],
  ['path-relative', 'rss.xml', 'malformed', 'https://feeds.example/a/rss.xml', 'https://feeds.example/a/rss.xml', 'malformed', 'https://news.example/2025/rss.xml', 'https://news.example/2025/rss.xml', 'malformed'],
  ['query only', '?page=2', 'malformed', 'https://feeds.example/a/feed?page=2', 'https://feeds.example/a/feed?page=2', 'malformed', 'https://news.example/2025/story?page=2', 'https://news.example/2025/story?page=2', 'malformed'],
  ['bare host: a relative path to a browser', 'example.com', 'malformed', 'https://feeds.example/a/example.com', 'https://feeds.example/a/example.com', 'malformed', 'https://news.example/2025/example.com', 'https://news.example/2025/example.com', 'malformed'],
  ['very long', `https://example.com/${'a'.repeat(9000)}`, ...same('too-long')],
  ['empty', '', ...same('not-a-url')],
  ['not a string', 42, ...same('not-a-url')],
  ['null', null, ...same('not-a-url')],
  ['an object with toString', { toString: () => 'https://example.com' }, ...same('not-a-url')],
];

const CASES = ROWS.flatMap(([label, input, ...cells]) =>
  NAMES.map((policy, column) => [policy, label, input, cells[column]!] as const),
);

describe('URL policies against hostile input', () => {
  it.each(CASES)('%s: %s', (policy, _label, input, cell) => {
    const verdict = POLICIES[policy](input);
    if (cell.includes(':')) {
      expect(verdict).toEqual({ allowed: true, url: cell });
    } else {
      expect(verdict).toMatchObject({ allowed: false, rule: cell });
      if (!verdict.allowed) expect(verdict.reason).toMatch(/\w/);
    }
  });

  it.each(NAMES)('%s: accepts URLs up to the length limit and no further', (policy) => {
    const base = 'https://example.com/';
    expect(POLICIES[policy](base + 'a'.repeat(MAX_URL_LENGTH - base.length)).allowed).toBe(true);
    expect(POLICIES[policy](base + 'a'.repeat(MAX_URL_LENGTH + 1 - base.length))).toMatchObject({ rule: 'too-long' });
  });

  it('keeps an inline picture of any length, wrapped base64 included', () => {
    const picture = `data:image/jpeg;base64,${'QUJD\n'.repeat(5000)}`;
    expect(checkArticlePicture(picture)).toEqual({ allowed: true, url: picture.trim() });
  });

  const allowedSchemes: Record<Policy, string[]> = {
    fetch: ['http:', 'https:'],
    redirect: ['https:'],
    subscribe: ['http:', 'https:'],
    external: ['http:', 'https:'],
    link: ['http:', 'https:', 'mailto:'],
    picture: ['http:', 'https:', 'bsimg:', 'data:'],
    export: ['http:', 'https:'],
  };
  it.each(NAMES)('%s: only lets out credential-free URLs of its schemes, which pass again unchanged', (policy) => {
    const candidates = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(
          fc.constantFrom('https://', 'http://', 'HTTP://', '//', 'javascript:', 'https:\\\\', ' https://', 'mailto:'),
          fc.string({ unit: 'binary', maxLength: 60 }),
        )
        .map(([scheme, rest]) => scheme + rest),
    );
    fc.assert(
      fc.property(candidates, (raw) => {
        const verdict = POLICIES[policy](raw);
        if (!verdict.allowed) return;
        const url = new URL(verdict.url);
        expect(allowedSchemes[policy]).toContain(url.protocol);
        expect(url.username + url.password).toBe('');
        if (url.protocol !== 'data:') expect(verdict.url).not.toMatch(/\s/);
        expect(POLICIES[policy](verdict.url)).toEqual(verdict);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('following a redirect', () => {
  const http = 'http://example.com/a/feed';
  const https = 'https://example.com/a/feed';

  it.each([
    [http, 'http://other.example/feed', 'http://other.example/feed'],
    [http, 'https://example.com/feed', 'https://example.com/feed'],
    [https, 'https://cdn.example/feed', 'https://cdn.example/feed'],
    [http, '/rss', 'http://example.com/rss'],
    [http, 'rss.xml', 'http://example.com/a/rss.xml'],
    [https, '//cdn.example/feed', 'https://cdn.example/feed'],
    [http, '  /padded  ', 'http://example.com/padded'],
    [http, 'http://[::1]:8080/feed#part', 'http://[::1]:8080/feed'],
  ])('from %s follows %j to %s', (from, location, href) => {
    expect(checkRedirect(from, location)).toEqual({ allowed: true, url: href });
  });

  // The fetcher's message names the refused scheme ("… redirected to a "file:" address").
  it.each([
    [http, 'file:///etc/passwd', 'file:'],
    [http, 'data:application/rss+xml;base64,PHJzcy8+', 'data:'],
    [http, 'ftp://example.com/feed', 'ftp:'],
    [http, 'JaVaScRiPt:alert(1)', 'javascript:'],
    [http, 'x-private://open', 'x-private:'],
    [https, 'http://example.com/feed', 'http:'],
    [https, 'HTTP://example.com/feed', 'http:'],
  ])('from %s refuses %j, naming %s', (from, location, scheme) => {
    expect(checkRedirect(from, location)).toMatchObject({ allowed: false, scheme });
  });

  it.each(['http://', 'http://exa mple.com/', 'http://[::1'])(
    'refuses the malformed %j without naming a scheme',
    (location) => {
      const verdict = checkRedirect(http, location);
      expect(verdict.allowed).toBe(false);
      expect(verdict).not.toHaveProperty('scheme');
    },
  );
});

describe('article pictures in a srcset, and links in an export', () => {
  it('keeps only the allowed srcset candidates, resolved against the article', () => {
    expect(articleSrcset('a.png 1x, javascript:alert(1) 2x, https://x.test/b.png 3x', ARTICLE)).toBe(
      'https://news.example/2025/a.png 1x, https://x.test/b.png 3x',
    );
    expect(articleSrcset('javascript:alert(1) 1x, file:///c.png 2x', ARTICLE)).toBeNull();
  });

  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['mailto:someone@example.com', 'mailto:someone@example.com'],
    [' MAILTO:someone@example.com ', 'mailto:someone@example.com'],
    ['mailto:"><script>', null],
    ['https://user:pw@example.com/', null],
    ['javascript:alert(1)', null],
    ['/relative', null],
    [undefined, null],
  ])('writes the export link %j as %j', (raw, expected) => {
    expect(exportLinkUrl(raw)).toBe(expected);
  });
});
