/**
 * One reading of an HTTP answer's status for every call. Nextcloud answers a missing or refused Basic auth with 401
 * (`{"message":"CORS requires basic auth"}`: the News API's routes are #[CORS], and Nextcloud's CORSMiddleware
 * signs the client in on every request), and the News API documents 404, 409 and 422 per route
 * (docs/api/api-v1-3.md "Return codes"). Nextcloud sends no Retry-After: a 5xx is "try again later".
 */
import type { HttpResponse } from '../net/http-transport';
import { NextcloudAuthError, NextcloudRefusedError, NextcloudServerError, type NextcloudError } from './errors';

export function failureFor(response: HttpResponse, endpoint: string): NextcloudError | null {
  const { status } = response;
  if (status >= 200 && status < 300) return null;
  if (status === 401) return new NextcloudAuthError(endpoint);
  if (status >= 500) return new NextcloudServerError(status, endpoint);
  return new NextcloudRefusedError(status, endpoint);
}
