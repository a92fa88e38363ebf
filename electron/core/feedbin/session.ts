/**
 * One account's conversation with Feedbin: HTTP Basic credentials on every request (README.md, "Making
 * Requests": there is no session or token to keep), JSON bodies with `Content-Type: application/json;
 * charset=utf-8` (without it Feedbin answers 415), and network failures turned into FeedbinNetworkError. The
 * credentials live in this closure only, in memory: never in a URL, a message or a log.
 */
import type { HttpMethod, HttpResponse, HttpTransport } from '../net/http-transport';
import { FeedbinNetworkError } from './errors';
import { failureFor } from './http-status';
import type { FeedbinCallOptions } from './types';

/** Feedbin's one host (README.md, "Making Requests"); tests point the client at the fake instead. */
export const FEEDBIN_API_URL = 'https://api.feedbin.com/v2/';

export interface SessionConfig {
  transport: HttpTransport;
  /** The API root, `FEEDBIN_API_URL` unless a test says otherwise. */
  apiUrl: string;
  user: string;
  password: string;
  now: () => Date;
}

export type Query = readonly (readonly [string, string])[];

export interface Session {
  /** Sends one request; the answer whatever its status. `json` is sent as the body. */
  send(
    method: HttpMethod,
    endpoint: string,
    request: { query?: Query; json?: unknown },
    options?: FeedbinCallOptions,
  ): Promise<HttpResponse>;
  /** The body of a 2xx answer; anything else as its FeedbinError. */
  bodyOf(response: HttpResponse, endpoint: string): string;
}

export function createSession(config: SessionConfig): Session {
  const base = config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/`;
  const authorization = `Basic ${Buffer.from(`${config.user}:${config.password}`, 'utf8').toString('base64')}`;
  return {
    async send(method, endpoint, request, options) {
      const headers: Record<string, string> = { Authorization: authorization, Accept: 'application/json' };
      if (request.json !== undefined) headers['Content-Type'] = 'application/json; charset=utf-8';
      const query = request.query ?? [];
      const search = query.length > 0 ? `?${new URLSearchParams(query.map(([k, v]): [string, string] => [k, v]))}` : '';
      try {
        return await config.transport({
          url: `${base}${endpoint}${search}`,
          method,
          headers,
          ...(request.json === undefined ? {} : { body: JSON.stringify(request.json) }),
          ...(options?.signal ? { signal: options.signal } : {}),
        });
      } catch (error) {
        if (options?.signal?.aborted) throw error;
        throw new FeedbinNetworkError(endpoint, error);
      }
    },
    bodyOf(response, endpoint) {
      const failure = failureFor(response, endpoint, config.now());
      if (failure !== null) throw failure;
      return response.body;
    },
  };
}
