/** A request as the fake's routes see it and as tests inspect it afterwards, and the answer a route gives. */
import type { IncomingHttpHeaders } from 'node:http';

export interface FeedbinFakeRequest {
  method: string;
  /** The path under `/v2/`, e.g. `unread_entries.json`, `subscriptions/501.json`. */
  endpoint: string;
  query: URLSearchParams;
  /** The JSON body, or undefined when there was none. */
  json: unknown;
  headers: IncomingHttpHeaders;
  /** The status the fake answered with. */
  status: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Text as is; anything else as JSON; undefined for no body (204). */
  body?: unknown;
}

export const json = (body: unknown, status = 200, headers?: Record<string, string>): Reply => ({
  status,
  body,
  ...(headers ? { headers } : {}),
});
/** Feedbin answers a record that is not the user's with 403 (content/subscriptions.md, taggings.md). */
export const forbidden = (): Reply => ({ status: 403, body: { status: 403, error: 'Forbidden' } });
export const notFound = (): Reply => ({ status: 404, body: { status: 404, error: 'Not Found' } });
