/**
 * One conversation with a Miniflux server: the credentials on every request (`X-Auth-Token` for an API key, HTTP
 * Basic for a user name and password: miniflux.app/docs/api.html, "Authentication"), JSON bodies, and the status
 * of every answer turned into a typed error. Miniflux keeps no session, so nothing is renewed: a 401 means the key
 * or password itself was refused. Every text that could reach a message (a server's `error_message`, a transport
 * failure) has the token, the password and the Basic header's value replaced first, then goes through the app's
 * redaction policy.
 */
import { redactSecrets } from '../../api/redact-secrets';
import type { HttpMethod, HttpTransport } from '../net/http-transport';
import { MinifluxNetworkError } from './errors';
import { failureFor } from './http-status';
import type { MinifluxCallOptions, MinifluxCredentials } from './types';
import { unreachableSentence } from '../net/failure-sentences';

/** Query fields; a key may repeat (`status=read&status=unread`). */
export type Fields = readonly (readonly [string, string])[];

export interface SessionConfig {
  transport: HttpTransport;
  /** The server's base address (`completeMinifluxUrl`), without `/v1`. */
  baseUrl: string;
  credentials: MinifluxCredentials;
  now: () => Date;
}

export interface SendOptions {
  query?: Fields;
  /** A JSON text, sent as `application/json`. */
  json?: string;
  /** Answer null instead of failing on 404 (an entry removed on the server). */
  allowNotFound?: boolean;
}

export interface Session {
  /** The body of a 2xx answer (null for an allowed 404); every other answer is a MinifluxError. */
  send(method: HttpMethod, path: string, send?: SendOptions, options?: MinifluxCallOptions): Promise<string | null>;
  /** A text with every held secret replaced, for messages. */
  scrub(text: string): string;
}

export function createSession(config: SessionConfig): Session {
  const base = config.baseUrl.replace(/\/+$/, '');
  const { credentials } = config;
  const basic =
    credentials.kind === 'password'
      ? Buffer.from(`${credentials.user}:${credentials.password}`, 'utf8').toString('base64')
      : null;
  const authHeaders: Record<string, string> =
    credentials.kind === 'token' ? { 'X-Auth-Token': credentials.token } : { Authorization: `Basic ${basic}` };
  // Longest first, so a secret that contains another is hidden whole.
  const secrets = [credentials.kind === 'token' ? credentials.token : credentials.password, basic]
    .filter((secret): secret is string => typeof secret === 'string' && secret !== '')
    .sort((a, b) => b.length - a.length);

  function scrub(text: string): string {
    let line = text;
    for (const secret of secrets) line = line.split(secret).join('[hidden]');
    return redactSecrets(line);
  }

  return {
    scrub,
    async send(method, path, sendOptions = {}, options) {
      const endpoint = `${method} ${path}`;
      const query = sendOptions.query ?? [];
      const search = query.length > 0 ? `?${new URLSearchParams(query.map(([k, v]): [string, string] => [k, v]))}` : '';
      const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders };
      if (sendOptions.json !== undefined) headers['Content-Type'] = 'application/json';
      let response;
      try {
        response = await config.transport({
          url: `${base}/${path}${search}`,
          method,
          headers,
          ...(sendOptions.json === undefined ? {} : { body: sendOptions.json }),
          ...(options?.signal ? { signal: options.signal } : {}),
        });
      } catch (error) {
        if (options?.signal?.aborted) throw error;
        throw new MinifluxNetworkError(endpoint, scrub(unreachableSentence(error)), error);
      }
      if (response.status === 404 && sendOptions.allowNotFound) return null;
      const failure = failureFor(response, endpoint, config.now(), scrub);
      if (failure !== null) throw failure;
      return response.body;
    },
  };
}
