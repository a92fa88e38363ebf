/** Turns a 2xx response into an `ok` result, refusing bodies that are too big or undecodable. */
import type { Dispatcher } from 'undici';
import type { FailureContext } from './classify-error';
import { decodingPlan } from './content-decoding';
import { fetchMessages } from './fetch-messages';
import type { ResolvedFetch } from './fetch-options';
import { fetchError, type FetchResult } from './fetch-result';
import { readBody } from './read-body';

export async function readOk(
  response: Dispatcher.ResponseData,
  url: URL,
  permanentlyMoved: boolean,
  options: ResolvedFetch,
  context: FailureContext,
): Promise<FetchResult> {
  const declared = Number(header(response.headers, 'content-length') ?? Number.NaN);
  if (declared > options.maxBytes) {
    abandon(response.body);
    return fetchError('TOO_LARGE', fetchMessages.tooLarge(options.maxBytes));
  }
  const plan = decodingPlan(header(response.headers, 'content-encoding'));
  if (!plan.ok) {
    abandon(response.body);
    return fetchError('DECODE', fetchMessages.decode());
  }
  context.phase = 'body';
  const body = await readBody(response.body, plan.stages, options.maxBytes);
  const etag = header(response.headers, 'etag');
  const lastModified = header(response.headers, 'last-modified');
  return {
    kind: 'ok',
    status: response.statusCode,
    finalUrl: url.href,
    body,
    contentType: header(response.headers, 'content-type') ?? null,
    ...(etag ? { etag } : {}),
    ...(lastModified ? { lastModified } : {}),
    ...(permanentlyMoved ? { permanentRedirect: url.href } : {}),
  };
}

/** Closes the connection under a body we refuse to read; the resulting abort error is expected. */
export function abandon(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined).destroy();
}

/**
 * Reads away a small unwanted body (a redirect's or an error page's) so the
 * connection can be reused; a large or stalled one is cut off instead.
 */
export function discard(body: Dispatcher.ResponseData['body']): void {
  body.dump({ limit: 16 * 1024, signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
}

export function header(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
