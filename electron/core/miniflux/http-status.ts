/**
 * One reading of an answer's status for every call. Miniflux documents 401 (bad user name or password, or API key)
 * and 403 (access not allowed) as its refusals (miniflux.app/docs/api.html, "Status Codes"): both mean the
 * credentials no longer do, so the account asks for them again. Miniflux itself sends no 429, but a reverse proxy in
 * front of it may, and a 503 with Retry-After (maintenance) asks the same: wait. Other 4xx answers carry
 * `{"error_message": "…"}`, the server's reason, which reaches the message with every secret replaced.
 */
import type { HttpResponse } from '../net/http-transport';
import { retryAfterUntil } from '../net/retry-after';
import {
  MinifluxAuthError,
  MinifluxRateLimitError,
  MinifluxRefusedError,
  MinifluxServerError,
  type MinifluxError,
} from './errors';

export function failureFor(
  response: HttpResponse,
  endpoint: string,
  now: Date,
  scrub: (text: string) => string,
): MinifluxError | null {
  const { status, headers } = response;
  if (status >= 200 && status < 300) return null;
  if (status === 401 || status === 403) return new MinifluxAuthError(status, endpoint);
  const retryAfter = headers['retry-after'];
  if (status === 429 || (status === 503 && retryAfter !== undefined)) {
    const until = retryAfterUntil(retryAfter, now);
    return new MinifluxRateLimitError(status, until.getTime() - now.getTime(), endpoint);
  }
  if (status >= 500) return new MinifluxServerError(status, endpoint);
  return new MinifluxRefusedError(status, endpoint, serverReason(response.body, scrub));
}

const MAX_REASON = 200;

/** Miniflux's `error_message`, on one short line with every secret replaced; null when there is none. */
function serverReason(body: string, scrub: (text: string) => string): string | null {
  let said: unknown;
  try {
    said = (JSON.parse(body) as { error_message?: unknown } | null)?.error_message;
  } catch {
    return null;
  }
  if (typeof said !== 'string') return null;
  const line = scrub(
    said
      .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  if (line === '') return null;
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line;
}
