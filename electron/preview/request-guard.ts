/**
 * Checks every request to the preview server makes before the door (`preview-door.ts`) looks at its cookie. It
 * listens on 127.0.0.1 only, but any web page the reader visits can still send requests there: the Host check
 * stops DNS rebinding (a hostile domain re-pointed at 127.0.0.1 sends its own name as Host), the Origin check
 * stops cross-origin calls — including from other ports of 127.0.0.1, which count as the same site, so
 * SameSite=Strict alone would let their requests carry the cookie — and the request header on POSTs keeps out
 * form posts from browsers old enough to leave out Origin.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { PREVIEW_REQUEST_HEADER, PREVIEW_REQUEST_VALUE } from '../api/preview-http';

export type GuardVerdict = { allowed: true } | { allowed: false; status: 403; reason: string };

export function checkHost(headers: IncomingHttpHeaders, listenHost: string, port: number): GuardVerdict {
  const expected = `${listenHost}:${port}`;
  if (headers.host !== expected) return deny(`Host header must be ${expected}`);
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${expected}`) return deny('cross-origin request');
  return { allowed: true };
}

/** Reading methods pass; anything else must say it comes from the page's own scripts. */
export function checkPageRequest(method: string | undefined, headers: IncomingHttpHeaders): GuardVerdict {
  if (method === 'GET' || method === 'HEAD') return { allowed: true };
  if (headers[PREVIEW_REQUEST_HEADER.toLowerCase()] !== PREVIEW_REQUEST_VALUE) {
    return deny(`${PREVIEW_REQUEST_HEADER} header missing`);
  }
  return { allowed: true };
}

/** Constant-time comparison of a presented secret (token or cookie value) with the real one. */
export function sameSecret(provided: unknown, secret: string): boolean {
  if (typeof provided !== 'string') return false;
  const a = Buffer.from(provided);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function deny(reason: string): GuardVerdict {
  return { allowed: false, status: 403, reason };
}
