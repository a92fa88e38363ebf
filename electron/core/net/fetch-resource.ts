import type { Dispatcher } from 'undici';
import { checkFetchUrl, checkRedirect } from '../../api/url-policy/fetch-policy';
import type { UrlRefusal } from '../../api/url-policy/url-verdict';
import { startBoundedAttempt } from './bounded-attempt';
import { classifyFailure, endpoint, type FailureContext } from './classify-error';
import { createDispatcher } from './create-dispatcher';
import { fetchMessages } from './fetch-messages';
import { resolveFetch, type FetcherConfig, type FetchRequest, type ResolvedFetch } from './fetch-options';
import { fetchError, type FetchResult } from './fetch-result';
import { requestHeaders } from './request-headers';
import { discard, header, readOk } from './read-ok';
import { responseOutcome } from './response-outcome';

export interface Fetcher {
  /** Never rejects: every network problem comes back as a result. */
  fetchResource(url: string, request?: FetchRequest): Promise<FetchResult>;
  /** Closes pooled connections; fetches still in flight end as errors. */
  close(): Promise<void>;
}

export function createFetcher(config: FetcherConfig): Fetcher {
  const dispatcher = createDispatcher(config);
  const now = config.now ?? (() => new Date());
  return {
    fetchResource: (url, request = {}) => fetchOnce(dispatcher, config, now, url, resolveFetch(config, request)),
    close: () => dispatcher.destroy(),
  };
}

/** A single fetch with its own connection pool, for scripts and the CLI. */
export async function fetchResource(url: string, options: FetcherConfig & FetchRequest): Promise<FetchResult> {
  const fetcher = createFetcher(options);
  try {
    return await fetcher.fetchResource(url, options);
  } finally {
    await fetcher.close();
  }
}

async function fetchOnce(
  dispatcher: Dispatcher,
  config: FetcherConfig,
  now: () => Date,
  rawUrl: string,
  options: ResolvedFetch,
): Promise<FetchResult> {
  const start = checkFetchUrl(rawUrl);
  if (!start.allowed) return refusedUrl(start);
  const firstUrl = new URL(start.url);
  if (options.signal?.aborted) return fetchError('CANCELLED', fetchMessages.cancelled());

  // One controller ends everything in flight: the reader's cancel or the total time bound.
  const attempt = startBoundedAttempt(firstUrl, options, options.signal);
  try {
    return await followRedirects(dispatcher, config, now, firstUrl, options, attempt.signal, attempt.context);
  } catch (error) {
    return classifyFailure(error, attempt.context);
  } finally {
    attempt.end();
  }
}

async function followRedirects(
  dispatcher: Dispatcher,
  config: FetcherConfig,
  now: () => Date,
  firstUrl: URL,
  options: ResolvedFetch,
  signal: AbortSignal,
  context: FailureContext,
): Promise<FetchResult> {
  const headers = requestHeaders({ appVersion: config.appVersion, ...options });
  let url = firstUrl;
  let allPermanent = true;
  for (let redirects = 0; ; redirects += 1) {
    Object.assign(context, endpoint(url));
    context.phase = 'response';
    const response = await dispatcher.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers,
      signal,
      // Backstops only: the total timer above normally fires first.
      headersTimeout: options.totalTimeoutMs + 1_000,
      bodyTimeout: options.totalTimeoutMs + 1_000,
    });
    const outcome = responseOutcome({
      status: response.statusCode,
      location: header(response.headers, 'location'),
      retryAfter: header(response.headers, 'retry-after'),
      finalUrl: url.href,
      now: now(),
    });
    if (outcome.kind !== 'read-body') discard(response.body);
    if (outcome.kind === 'done') {
      const result = outcome.result;
      if (result.kind === 'not-modified' && redirects > 0 && allPermanent)
        return { ...result, permanentRedirect: url.href };
      return result;
    }
    if (outcome.kind === 'redirect') {
      if (redirects >= options.maxRedirects) {
        return fetchError('TOO_MANY_REDIRECTS', fetchMessages.tooManyRedirects(options.maxRedirects));
      }
      const next = checkRedirect(url.href, outcome.location);
      if (!next.allowed) return fetchError('BAD_REDIRECT', fetchMessages.badRedirect(next.scheme));
      allPermanent &&= outcome.permanent;
      url = new URL(next.url);
      continue;
    }
    return readOk(response, url, redirects > 0 && allPermanent, options, context);
  }
}

function refusedUrl(verdict: UrlRefusal): FetchResult {
  if (verdict.rule === 'scheme') {
    return fetchError('UNSUPPORTED_SCHEME', fetchMessages.unsupportedScheme(verdict.scheme ?? ''));
  }
  return fetchError('INVALID_URL', fetchMessages.invalidUrl());
}
