/**
 * One API call — method, headers, body — over a pooled dispatcher: the fetch policy on every address, redirects
 * followed by hand (at most 5, never https→http, credentials left behind as redirect-hop.ts says), one time bound
 * on the whole exchange, the body decompressed and capped, and every answer returned whatever its status. It
 * rejects only when no answer came, with a TransportError whose message names the server and nothing secret.
 */
import type { Dispatcher } from 'undici';
import { checkFetchUrl, checkRedirect } from '../../api/url-policy/fetch-policy';
import type { UrlRefusal } from '../../api/url-policy/url-verdict';
import { startBoundedAttempt } from './bounded-attempt';
import { classifyFailure, endpoint, type FailureContext } from './classify-error';
import { decodingPlan } from './content-decoding';
import { fetchMessages } from './fetch-messages';
import type { HttpRequest, HttpResponse } from './http-transport';
import { hostKey, type Limiter } from './limiter';
import { readBody } from './read-body';
import { abandon, discard, header } from './read-ok';
import { nextHop, sameServer, type Hop } from './redirect-hop';
import { ACCEPT_ENCODING, userAgent } from './request-headers';
import { pinMessages, TransportError, transportMessages } from './transport-error';

export interface SendOptions {
  /** Asked on every hop: the pool is replaced when the proxy setting changes. */
  dispatcher: () => Dispatcher;
  limiter: Limiter;
  appVersion: string;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** A certificate is pinned: plain http would skip it, so it is refused. */
  httpsOnly: boolean;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function sendRequest(request: HttpRequest, options: SendOptions): Promise<HttpResponse> {
  const start = checkFetchUrl(request.url);
  if (!start.allowed) throw refusedUrl(start);
  const firstUrl = new URL(start.url);
  if (options.httpsOnly && firstUrl.protocol !== 'https:')
    throw new TransportError('CERTIFICATE_PIN', pinMessages.httpsOnly());
  // Waiting for a slot is not the server's time: the bound starts once the request may go.
  const release = await options.limiter.acquire(hostKey(firstUrl.href), request.signal).catch(() => {
    throw new TransportError('CANCELLED', transportMessages.cancelled());
  });
  try {
    return await exchange(firstUrl, request, options);
  } finally {
    release();
  }
}

async function exchange(firstUrl: URL, request: HttpRequest, options: SendOptions): Promise<HttpResponse> {
  if (request.signal?.aborted) throw new TransportError('CANCELLED', transportMessages.cancelled());
  const attempt = startBoundedAttempt(firstUrl, options, request.signal);
  try {
    return await follow(firstUrl, firstHop(request, options), options, attempt.signal, attempt.context);
  } catch (error) {
    if (error instanceof TransportError && !attempt.context.cancelled && !attempt.context.timedOut) throw error;
    const failure = classifyFailure(error, attempt.context, transportMessages);
    throw new TransportError(failure.code, failure.message);
  } finally {
    attempt.end();
  }
}

function firstHop(request: HttpRequest, options: SendOptions): Hop {
  const given = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
  const headers: Record<string, string> = {
    'user-agent': userAgent(options.appVersion),
    'accept-encoding': ACCEPT_ENCODING,
    ...(request.body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
    ...given,
  };
  return { method: request.method, headers, body: request.body };
}

async function follow(
  firstUrl: URL,
  first: Hop,
  options: SendOptions,
  signal: AbortSignal,
  context: FailureContext,
): Promise<HttpResponse> {
  let url = firstUrl;
  let hop = first;
  let leftFirstServer = false;
  for (let redirects = 0; ; redirects += 1) {
    Object.assign(context, endpoint(url));
    context.phase = 'response';
    const response = await options.dispatcher().request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: hop.method,
      headers: hop.headers,
      body: hop.body,
      signal,
      // Backstops only: the total timer normally fires first.
      headersTimeout: options.totalTimeoutMs + 1_000,
      bodyTimeout: options.totalTimeoutMs + 1_000,
    });
    const location = header(response.headers, 'location');
    if (!REDIRECTS.has(response.statusCode) || !location) return await readAnswer(response, url, options, context);
    discard(response.body);
    if (redirects >= options.maxRedirects)
      throw new TransportError('TOO_MANY_REDIRECTS', fetchMessages.tooManyRedirects(options.maxRedirects));
    const verdict = checkRedirect(url.href, location);
    if (!verdict.allowed) throw new TransportError('BAD_REDIRECT', fetchMessages.badRedirect(verdict.scheme));
    const target = new URL(verdict.url);
    leftFirstServer ||= !sameServer(firstUrl, target);
    const next = nextHop(hop, response.statusCode, leftFirstServer);
    if (!next.ok)
      throw new TransportError(
        'BAD_REDIRECT',
        `The server sent this request on to another server (${target.host}); Broadsheet does not send a form or data there.`,
      );
    url = target;
    hop = next.hop;
  }
}

async function readAnswer(
  response: Dispatcher.ResponseData,
  url: URL,
  options: SendOptions,
  context: FailureContext,
): Promise<HttpResponse> {
  const declared = Number(header(response.headers, 'content-length') ?? Number.NaN);
  if (declared > options.maxBytes) {
    abandon(response.body);
    throw new TransportError('TOO_LARGE', transportMessages.tooLarge(options.maxBytes));
  }
  const plan = decodingPlan(header(response.headers, 'content-encoding'));
  if (!plan.ok) {
    abandon(response.body);
    throw new TransportError('DECODE', transportMessages.decode());
  }
  context.phase = 'body';
  const body = await readBody(response.body, plan.stages, options.maxBytes);
  return {
    status: response.statusCode,
    headers: flatHeaders(response.headers),
    body: new TextDecoder().decode(body),
    url: url.href,
  };
}

function flatHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function refusedUrl(verdict: UrlRefusal): TransportError {
  if (verdict.rule === 'scheme')
    return new TransportError('UNSUPPORTED_SCHEME', fetchMessages.unsupportedScheme(verdict.scheme ?? ''));
  return new TransportError('INVALID_URL', fetchMessages.invalidUrl());
}
