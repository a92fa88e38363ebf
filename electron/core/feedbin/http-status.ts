/**
 * One reading of an HTTP answer's status for every call: which FeedbinError (if any) it means. 2xx is success;
 * 300 and 302 are answers of `POST subscriptions.json` and `POST taggings.json` that the calls read themselves
 * (content/subscriptions.md, content/taggings.md), so they never come here. 401 is refused credentials
 * (content/authentication.md); 429, and 503 with Retry-After, ask the client to wait.
 */
import type { HttpResponse } from '../net/http-transport';
import { retryAfterUntil } from '../net/retry-after';
import {
  FeedbinAuthError,
  FeedbinRateLimitError,
  FeedbinRefusedError,
  FeedbinServerError,
  type FeedbinError,
} from './errors';

export function failureFor(response: HttpResponse, endpoint: string, now: Date): FeedbinError | null {
  const { status, headers } = response;
  if (status >= 200 && status < 300) return null;
  if (status === 401) return new FeedbinAuthError(endpoint);
  const retryAfter = headers['retry-after'];
  if (status === 429 || (status === 503 && retryAfter !== undefined)) {
    const until = retryAfterUntil(retryAfter, now);
    return new FeedbinRateLimitError(status, until.getTime() - now.getTime(), endpoint);
  }
  if (status >= 500) return new FeedbinServerError(status, endpoint);
  return new FeedbinRefusedError(status, endpoint);
}
