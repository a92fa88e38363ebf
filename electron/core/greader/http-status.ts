/**
 * One reading of an HTTP answer's status for every call: which GReaderError (if any) it means. 401 is a refused
 * session (FreshRSS adds `Google-Bad-Token: true`, Miniflux and Google `X-Reader-Google-Bad-Token: true`: the
 * client does not need them, a 401 is a 401); 403 is Inoreader's "App ID or key refused"
 * (https://www.inoreader.com/developers/app-auth); 429, and 503 with Retry-After, ask the client to wait; Inoreader's
 * daily quota says how long in X-Reader-Limits-Reset-After (https://www.inoreader.com/developers/rate-limiting).
 */
import type { HttpResponse } from '../net/http-transport';
import { retryAfterUntil } from '../net/retry-after';
import {
  GReaderAuthError,
  GReaderRateLimitError,
  GReaderRefusedError,
  GReaderServerError,
  type GReaderError,
} from './errors';
import type { GReaderService } from './services';

export function failureFor(
  response: HttpResponse,
  endpoint: string,
  service: GReaderService,
  now: Date,
): GReaderError | null {
  const { status, headers } = response;
  if (status >= 200 && status < 300) return null;
  if (status === 401) return new GReaderAuthError('session', endpoint);
  if (status === 403)
    return new GReaderAuthError(service.needsAppCredentials ? 'app-credentials' : 'session', endpoint);
  const retryAfter = headers['retry-after'] ?? headers['x-reader-limits-reset-after'];
  if (status === 429 || (status === 503 && retryAfter !== undefined)) {
    const until = retryAfterUntil(retryAfter, now);
    return new GReaderRateLimitError(status, until.getTime() - now.getTime(), endpoint);
  }
  if (status >= 500) return new GReaderServerError(status, endpoint);
  return new GReaderRefusedError(status, endpoint);
}
