/** A request as the fake's routes see it and as tests inspect it afterwards, and the answer a route gives. */
import type { IncomingHttpHeaders } from 'node:http';

export interface MinifluxFakeRequest {
  method: string;
  /** The path under the server's base, without a leading slash: `v1/entries`, `v1/feeds/3/refresh`. */
  path: string;
  query: URLSearchParams;
  /** The JSON body, parsed; undefined when there was none, null when it was not JSON. */
  json: unknown;
  headers: IncomingHttpHeaders;
  /** The status the fake answered with. */
  status: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Text as is; undefined for no body (204); anything else as JSON. */
  body?: unknown;
}

export const json = (body: unknown, status = 200): Reply => ({ status, body });
export const noContent = (): Reply => ({ status: 204 });
/** Miniflux's error shape (miniflux.app/docs/api.html, "Error Response"). */
export const failure = (status: number, message: string): Reply => ({ status, body: { error_message: message } });
