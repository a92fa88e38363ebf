import type { HostileServer } from '../../support/hostile-server';

/**
 * The hostile network matrix: one feed per fault, each with what the reader
 * must see after a refresh. `error` matches the feed's stored message (the
 * reader-facing sentence for the fetcher's or parser's error code); cases
 * without one are delivered fine and must store a bounded, safe result.
 */
export interface MatrixContext {
  server: HostileServer;
  /** A local file only the external-entity case names; its content must never be stored. */
  secretFile: string;
}

export interface StoredArticle {
  guid: string | null;
  title: string;
  summary: string;
  content_html: string | null;
  published_at: number;
}

export interface MatrixCase {
  name: string;
  url: (context: MatrixContext) => string;
  /** The stored error, for faults; absent for deliveries that must succeed. */
  error?: RegExp;
  /** 410: the feed is paused with its articles kept. */
  gone?: true;
  /** The feed must not be tried again sooner than this after the refresh (Retry-After honoured). */
  notBeforeMs?: number;
  /** Checks on the articles this refresh added (seeded ones are checked separately). */
  added?: (articles: StoredArticle[], now: number) => void;
}

const TIMEOUT = /took longer than [\d.]+ s to (respond|send the whole feed)\./;
const TOO_LARGE = /larger than 20 MB, the most Broadsheet downloads at once/;
const LOOP = /redirected more than 5 times, probably in a loop/;
const refusedScheme = (scheme: string) =>
  new RegExp(`redirected to a "${scheme}:" address, which Broadsheet never follows`);

const at =
  (path: string) =>
  ({ server }: MatrixContext) =>
    server.url(path);

function expectThat(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

export const matrixCases: MatrixCase[] = [
  {
    name: 'connect timeout (TLS handshake never completes)',
    url: ({ server }) => `${server.silentTlsOrigin}/feed`,
    error: /Could not connect to 127\.0\.0\.1(:\d+)? within [\d.]+ (ms|s)\./,
  },
  { name: 'read timeout before headers', url: at('/stall-headers'), error: TIMEOUT },
  { name: 'read timeout mid-body', url: at('/stall-body'), error: TIMEOUT },
  { name: 'slow drip (one byte every 100 ms)', url: at('/drip?every=100'), error: TIMEOUT },
  {
    name: 'TCP reset mid-body',
    url: at('/reset-mid-body'),
    error: /connection to 127\.0\.0\.1.* was cut off before the feed finished downloading/,
  },
  {
    name: 'connection closed mid-body',
    url: at('/close-mid-body'),
    error: /127\.0\.0\.1.*(was cut off|closed the connection)/,
  },
  {
    name: 'not HTTP at all',
    url: at('/not-http'),
    error: /sent a response that is not valid HTTP|closed the connection|cut off/,
  },
  { name: 'endless chunked body', url: at('/endless'), error: TOO_LARGE },
  { name: '21 MB body with Content-Length', url: at('/large?mb=21'), error: TOO_LARGE },
  { name: '100 MB body with Content-Length', url: at('/large?mb=100'), error: TOO_LARGE },
  { name: '100 MB chunked body', url: at('/large?mb=100&chunked=1'), error: TOO_LARGE },
  { name: '10 GB declared', url: at('/huge-declared'), error: TOO_LARGE },
  { name: 'gzip bomb (128 MiB inflated)', url: at('/gzip-bomb'), error: TOO_LARGE },
  { name: 'brotli bomb (128 MiB inflated)', url: at('/brotli-bomb'), error: TOO_LARGE },
  { name: 'corrupt gzip', url: at('/corrupt-gzip'), error: /compressed data that is damaged or in an unknown format/ },
  {
    name: 'unknown content encoding',
    url: at('/unknown-encoding'),
    error: /compressed data that is damaged or in an unknown format/,
  },
  ...[301, 302, 307, 308].map((status) => ({
    name: `${status} redirect loop`,
    url: at(`/loop?status=${status}`),
    error: LOOP,
  })),
  { name: 'redirect to file:', url: at('/redirect-to/file'), error: refusedScheme('file') },
  { name: 'redirect to data:', url: at('/redirect-to/data'), error: refusedScheme('data') },
  { name: 'redirect to javascript:', url: at('/redirect-to/javascript'), error: refusedScheme('javascript') },
  { name: 'redirect to a private scheme', url: at('/redirect-to/private'), error: refusedScheme('x-private-scheme') },
  { name: 'redirect to ftp:', url: at('/redirect-to/ftp'), error: refusedScheme('ftp') },
  {
    name: 'redirect without Location',
    url: at('/redirect-no-location'),
    error: /redirect \(HTTP 302\) without saying where to/,
  },
  { name: '404', url: at('/status?code=404'), error: /has no feed at this address \(HTTP 404\)/ },
  { name: '410 gone', url: at('/status?code=410'), error: /removed for good \(HTTP 410\)/, gone: true },
  {
    name: '429 with Retry-After: 120',
    url: at('/retry-after/seconds'),
    error: /asked Broadsheet to slow down \(HTTP 429\)\. Broadsheet will try again in 2 min\./,
    notBeforeMs: 120_000,
  },
  {
    name: '503 with Retry-After date',
    url: at('/retry-after/date'),
    error: /temporarily unavailable \(HTTP 503\)\. Broadsheet will try again in/,
  },
  { name: '503 asking for ten years', url: at('/retry-after/huge'), error: /temporarily unavailable \(HTTP 503\)/ },
  { name: '500', url: at('/status?code=500'), error: /internal problem \(HTTP 500\)/ },
  { name: '503 without Retry-After', url: at('/status?code=503'), error: /HTTP 503/ },
  { name: 'HTML instead of a feed', url: at('/html'), error: /returned an HTML page, not a feed/ },
  { name: 'empty body', url: at('/empty'), error: /returned an empty document, not a feed/ },
  {
    name: 'feed labelled image/png',
    url: at('/lying-type'),
    added: (a) => expectThat(a.length === 2, `expected 2 articles, got ${a.length}`),
  },
  {
    name: 'windows-1252 labelled UTF-8',
    url: at('/lying-charset'),
    added: (a) => expectThat(a.length === 0, 'no items expected'),
  },
  {
    name: 'unknown charset x-klingon',
    url: at('/unknown-charset'),
    added: (a) => expectThat(a.length === 2, `expected 2 articles, got ${a.length}`),
  },
  { name: 'invalid UTF-8', url: at('/invalid-utf8'), added: (a) => expectThat(a.length === 0, 'no items expected') },
  {
    name: 'no Content-Type',
    url: at('/no-content-type'),
    added: (a) => expectThat(a.length === 2, `expected 2 articles, got ${a.length}`),
  },
  {
    name: 'billion laughs',
    url: at('/billion-laughs'),
    added: (a) => {
      expectThat(a.length === 1, `expected 1 article, got ${a.length}`);
      expectThat(JSON.stringify(a).length < 10_000 && !JSON.stringify(a).includes('lollol'), 'entities were expanded');
    },
  },
  {
    name: 'external entities naming a local file',
    url: ({ server, secretFile }) => server.url(`/external-entity?file=${encodeURIComponent(secretFile)}`),
    added: (a) => expectThat(a.length === 1, `expected 1 article, got ${a.length}`),
  },
  {
    name: '100,000-deep nesting',
    url: at('/deep-nesting'),
    added: (a) => expectThat(a.length === 1 && a[0]!.title === 'Deep', 'expected the one item'),
  },
  {
    name: '100,000 items',
    url: at('/many-items'),
    added: (a) => expectThat(a.length > 0 && a.length <= 10_000, `stored ${a.length} articles, cap is 10,000`),
  },
  {
    name: 'duplicate guids',
    url: at('/duplicate-guids'),
    added: (a) => expectThat(a.length === 1 && a[0]!.guid === 'same-guid', `expected one article, got ${a.length}`),
  },
  {
    name: 'dates far in the future',
    url: at('/future-dates'),
    added: (a, now) => {
      expectThat(a.length === 3, `expected 3 articles, got ${a.length}`);
      for (const article of a) expectThat(article.published_at <= now, `${article.title} is dated after the refresh`);
    },
  },
];
