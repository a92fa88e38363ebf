/** A request as the fake's routes see it and as tests inspect it afterwards, and the answer a route gives. */
import type { IncomingHttpHeaders } from 'node:http';

export interface FakeRequest {
  method: string;
  /** The path under the API root, without a leading slash: `accounts/ClientLogin`, `reader/api/0/edit-tag`. */
  endpoint: string;
  query: URLSearchParams;
  /** The form body (empty for a GET). */
  form: URLSearchParams;
  /** Query and form together, form last (servers read merged values). */
  params: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The status the fake answered with. */
  status: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Text as is; anything else as JSON. */
  body: unknown;
}

export const ok = (): Reply => ({ status: 200, body: 'OK' });
export const json = (body: unknown): Reply => ({ status: 200, body });
export const badRequest = (why: string): Reply => ({ status: 400, body: why });
