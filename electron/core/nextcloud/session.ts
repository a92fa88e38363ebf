/**
 * The conversation with one Nextcloud: every request carries HTTP Basic auth (the News API is stateless: "you have
 * to send user and password each time", docs/api/api-v1-3.md), bodies go as JSON (the doc's convention for POST,
 * PUT and DELETE), and the status of every answer becomes a typed error (http-status.ts). The password lives in
 * this closure only and is handed to the network errors' redaction, so no message can carry it.
 */
import type { HttpMethod, HttpResponse, HttpTransport } from '../net/http-transport';
import { NextcloudNetworkError } from './errors';
import { failureFor } from './http-status';
import type { NextcloudCallOptions } from './types';

export interface NextcloudSessionConfig {
  transport: HttpTransport;
  /** The v1-3 base (`completeNextcloudApiUrl`). */
  apiUrl: string;
  user: string;
  password: string;
}

export type Query = readonly (readonly [string, string])[];

export interface NextcloudRequest {
  method: HttpMethod;
  /** The route under the base, e.g. `feeds/12/move`; also what errors name. */
  endpoint: string;
  query?: Query;
  json?: unknown;
}

export interface NextcloudSession {
  /** The body of a 2xx answer; anything else is a NextcloudError. */
  send(request: NextcloudRequest, options?: NextcloudCallOptions): Promise<string>;
}

export function createNextcloudSession(config: NextcloudSessionConfig): NextcloudSession {
  const base = config.apiUrl.replace(/\/+$/, '');
  const basic = Buffer.from(`${config.user}:${config.password}`, 'utf8').toString('base64');
  const secrets = [config.password, basic];

  async function exchange(request: NextcloudRequest, options?: NextcloudCallOptions): Promise<HttpResponse> {
    const query = request.query ?? [];
    const search = query.length > 0 ? `?${new URLSearchParams(query.map(([k, v]): [string, string] => [k, v]))}` : '';
    const headers: Record<string, string> = { Authorization: `Basic ${basic}`, Accept: 'application/json' };
    if (request.json !== undefined) headers['Content-Type'] = 'application/json';
    try {
      return await config.transport({
        url: `${base}/${request.endpoint}${search}`,
        method: request.method,
        headers,
        ...(request.json === undefined ? {} : { body: JSON.stringify(request.json) }),
        ...(options?.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (options?.signal?.aborted) throw error;
      throw new NextcloudNetworkError(request.endpoint, error, secrets);
    }
  }

  return {
    async send(request, options) {
      const response = await exchange(request, options);
      const failure = failureFor(response, request.endpoint);
      if (failure !== null) throw failure;
      return response.body;
    },
  };
}
