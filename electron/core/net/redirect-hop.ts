/**
 * What an API request carries to the next hop of a redirect. Credentials are meant for the server the caller
 * named: once a redirect leaves it, only headers that say nothing about the reader go on (Accept*, Content-Type,
 * User-Agent) — `Authorization`, `Cookie`, an API's key headers and anything else the caller set stay behind, for
 * the rest of the chain. Leaving it means another origin, except the upgrade of the same host from http to https
 * on the default ports, which only makes the credentials safer. A request with a body (a login form, a token) is
 * never carried to another server; 301/302 turn a POST into a bodiless GET and 303 anything into one, as browsers do.
 */
import type { HttpMethod } from './http-transport';

export interface Hop {
  method: HttpMethod;
  headers: Record<string, string>;
  body: string | undefined;
}

export type NextHop = { ok: true; hop: Hop } | { ok: false; reason: 'body-to-another-server' };

const KEPT_ACROSS_SERVERS = new Set(['accept', 'accept-encoding', 'accept-language', 'content-type', 'user-agent']);

export function sameServer(first: URL, next: URL): boolean {
  if (next.origin === first.origin) return true;
  return (
    first.protocol === 'http:' &&
    next.protocol === 'https:' &&
    first.hostname === next.hostname &&
    first.port === '' &&
    next.port === ''
  );
}

export function nextHop(hop: Hop, status: number, leavesFirstServer: boolean): NextHop {
  const toGet = status === 303 ? hop.method !== 'GET' : (status === 301 || status === 302) && hop.method === 'POST';
  const method = toGet ? 'GET' : hop.method;
  const body = toGet ? undefined : hop.body;
  if (body !== undefined && leavesFirstServer) return { ok: false, reason: 'body-to-another-server' };
  const headers = Object.fromEntries(
    Object.entries(hop.headers).filter(
      ([name]) => !(toGet && name === 'content-type') && (!leavesFirstServer || KEPT_ACROSS_SERVERS.has(name)),
    ),
  );
  return { ok: true, hop: { method, headers, body } };
}
