import { STATUS_CODES } from 'node:http';
import { feedBytes, htmlPage, invalidUtf8FeedBytes, latin1FeedBytes } from './payloads';
import type { RouteContext, RouteTable } from './route-types';

/** Error statuses, rate limits and bodies that are not what they claim. */

function send(
  res: RouteContext['res'],
  status: number,
  headers: Record<string, string>,
  body: Buffer | string = '',
): void {
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export const responseRoutes: RouteTable = {
  '/status': {
    description: 'answers ?code= (default 500) with a short text body; ?retry-after= adds that header',
    handle: ({ res, query }) => {
      const code = Number(query.get('code') ?? 500);
      const status = code >= 200 && code <= 599 ? code : 500;
      const retryAfter = query.get('retry-after');
      send(
        res,
        status,
        { 'content-type': 'text/plain', ...(retryAfter === null ? {} : { 'retry-after': retryAfter }) },
        STATUS_CODES[status] ?? 'Error',
      );
    },
  },
  '/retry-after/seconds': {
    description: '429 with Retry-After: 120',
    handle: ({ res }) => send(res, 429, { 'retry-after': '120' }, 'Too Many Requests'),
  },
  '/retry-after/date': {
    description: '503 with Retry-After as an HTTP-date two hours from now',
    handle: ({ res }) => send(res, 503, { 'retry-after': new Date(Date.now() + 2 * 3_600_000).toUTCString() }, 'Busy'),
  },
  '/retry-after/garbage': {
    description: '429 with an unreadable Retry-After',
    handle: ({ res }) => send(res, 429, { 'retry-after': 'soon, maybe' }, 'Too Many Requests'),
  },
  '/retry-after/huge': {
    description: '503 asking to wait ten years',
    handle: ({ res }) => send(res, 503, { 'retry-after': String(10 * 365 * 86_400) }, 'Busy'),
  },
  '/html': {
    description: 'an HTML page instead of a feed',
    handle: ({ res }) => send(res, 200, { 'content-type': 'text/html; charset=utf-8' }, htmlPage),
  },
  '/lying-type': {
    description: 'a valid feed labelled image/png',
    handle: ({ res }) => send(res, 200, { 'content-type': 'image/png' }, feedBytes),
  },
  '/lying-charset': {
    description: 'windows-1252 bytes labelled UTF-8',
    handle: ({ res }) => send(res, 200, { 'content-type': 'application/rss+xml; charset=utf-8' }, latin1FeedBytes),
  },
  '/unknown-charset': {
    description: 'a feed labelled with a charset that does not exist',
    handle: ({ res }) => send(res, 200, { 'content-type': 'text/xml; charset=x-klingon' }, feedBytes),
  },
  '/invalid-utf8': {
    description: 'a UTF-8 feed containing invalid byte sequences',
    handle: ({ res }) => send(res, 200, { 'content-type': 'application/rss+xml; charset=utf-8' }, invalidUtf8FeedBytes),
  },
  '/no-content-type': {
    description: 'a feed with no Content-Type at all',
    handle: ({ res }) => send(res, 200, {}, feedBytes),
  },
  '/empty': {
    description: '200 with an empty body',
    handle: ({ res }) => send(res, 200, { 'content-type': 'application/rss+xml' }),
  },
};
