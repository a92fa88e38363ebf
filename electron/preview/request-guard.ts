import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Who may talk to the preview server. It listens on 127.0.0.1 only, but any
 * web page the reader visits can still send requests there: the per-run secret
 * stops cross-site calls, and the Host check stops DNS rebinding (a hostile
 * domain re-pointed at 127.0.0.1 sends its own name as Host). The check
 * covers every route, static files included, because index.html carries the
 * secret.
 */
export type GuardVerdict = { allowed: true } | { allowed: false; status: 403; reason: string };

export function checkHost(headers: IncomingHttpHeaders, listenHost: string, port: number): GuardVerdict {
  const expected = `${listenHost}:${port}`;
  if (headers.host !== expected) return deny(`Host header must be ${expected}`);
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${expected}`) return deny('cross-origin request');
  return { allowed: true };
}

export function checkSecret(provided: string | string[] | null | undefined, secret: string): GuardVerdict {
  if (typeof provided !== 'string') return deny('missing secret');
  const a = Buffer.from(provided);
  const b = Buffer.from(secret);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return deny('wrong secret');
  return { allowed: true };
}

function deny(reason: string): GuardVerdict {
  return { allowed: false, status: 403, reason };
}
