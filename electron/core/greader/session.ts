/**
 * One signed-in conversation with a server: the Auth token from ClientLogin (sent as `Authorization: GoogleLogin
 * auth=…`), the `T` write token (fetched on the first POST and sent with every POST — Miniflux authenticates POSTs by
 * T alone), the service's own headers, and the status of every answer turned into a typed error. A POST refused
 * with 401 gets one fresh T and one more try: T tokens expire (Google's after 30 minutes, which BazQux's README says
 * it may copy), and FreshRSS answers an expired or wrong T with 401 just as it does a wrong session. A second 401,
 * or a 401 on the token call itself, means the session is gone: GReaderAuthError('session').
 */
import type { HttpMethod, HttpResponse, HttpTransport } from '../net/http-transport';
import { GReaderAuthError, GReaderBadResponseError, GReaderNetworkError } from './errors';
import { failureFor } from './http-status';
import { serviceHeaders, type GReaderService } from './services';
import type { GReaderCallOptions } from './types';

export interface SessionConfig {
  transport: HttpTransport;
  /** The API endpoint, e.g. `https://host/api/greader.php` (completeApiUrl). */
  apiUrl: string;
  service: GReaderService;
  appId?: string | undefined;
  appKey?: string | undefined;
  now: () => Date;
}

/** Form or query fields; a key may repeat (`i=…&i=…`). */
export type Fields = readonly (readonly [string, string])[];

export interface Session {
  readonly service: GReaderService;
  setAuth(token: string | null): void;
  auth(): string | null;
  /** The write token, fetched once and kept until a POST is refused. */
  writeToken(options?: GReaderCallOptions): Promise<string>;
  /** A GET under the signed-in session; the body of a 2xx answer. */
  get(endpoint: string, query: Fields, options?: GReaderCallOptions): Promise<string>;
  /** A POST with T under the signed-in session; the body of a 2xx answer. */
  post(endpoint: string, query: Fields, form: Fields, options?: GReaderCallOptions): Promise<string>;
  /** A request outside the session (ClientLogin): the raw answer, network failures already typed. */
  sendUnsigned(method: HttpMethod, endpoint: string, form: Fields, options?: GReaderCallOptions): Promise<HttpResponse>;
  /** Remembers a secret sent to the server (the password at login) so no server text can repeat it to the reader. */
  redact(secret: string): void;
  /** The secrets held, for redaction. */
  secrets(): (string | null)[];
}

const TOKEN_ENDPOINT = 'reader/api/0/token';

export function createSession(config: SessionConfig): Session {
  const base = config.apiUrl.replace(/\/+$/, '');
  const fixedHeaders = serviceHeaders(config.service, config);
  let authToken: string | null = null;
  let tToken: string | null = null;
  let pendingToken: Promise<string> | null = null;
  /** Passwords sent at login (the last few): a server could echo any of them. */
  const sentSecrets: string[] = [];

  async function send(
    method: HttpMethod,
    endpoint: string,
    query: Fields,
    form: Fields | null,
    signed: boolean,
    options: GReaderCallOptions | undefined,
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = { ...fixedHeaders };
    if (signed) headers.Authorization = `GoogleLogin auth=${requireAuth(endpoint)}`;
    if (form !== null) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    const search = query.length > 0 ? `?${encode(query)}` : '';
    try {
      return await config.transport({
        url: `${base}/${endpoint}${search}`,
        method,
        headers,
        ...(form === null ? {} : { body: encode(form) }),
        ...(options?.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (options?.signal?.aborted) throw error;
      throw new GReaderNetworkError(endpoint, error);
    }
  }

  function requireAuth(endpoint: string): string {
    if (authToken === null) throw new GReaderAuthError('session', endpoint);
    return authToken;
  }

  function bodyOf(response: HttpResponse, endpoint: string): string {
    const failure = failureFor(response, endpoint, config.service, config.now());
    if (failure !== null) throw failure;
    return response.body;
  }

  async function fetchWriteToken(options?: GReaderCallOptions): Promise<string> {
    const response = await send('GET', TOKEN_ENDPOINT, [], null, true, options);
    const token = bodyOf(response, TOKEN_ENDPOINT).trim();
    if (token === '' || /\s/.test(token)) throw new GReaderBadResponseError(TOKEN_ENDPOINT, 'no token in it');
    return token;
  }

  async function writeToken(options?: GReaderCallOptions): Promise<string> {
    if (tToken !== null) return tToken;
    const forSession = authToken;
    pendingToken ??= fetchWriteToken(options).finally(() => (pendingToken = null));
    const token = await pendingToken;
    // A token fetched for a session replaced meanwhile (setAuth) is used once, not kept.
    if (authToken === forSession) tToken = token;
    return token;
  }

  async function postOnce(endpoint: string, query: Fields, form: Fields, options?: GReaderCallOptions) {
    const token = await writeToken(options);
    return { token, response: await send('POST', endpoint, query, [...form, ['T', token]], true, options) };
  }

  return {
    service: config.service,
    setAuth(token) {
      authToken = token;
      tToken = null;
    },
    auth: () => authToken,
    writeToken,
    async get(endpoint, query, options) {
      return bodyOf(await send('GET', endpoint, query, null, true, options), endpoint);
    },
    async post(endpoint, query, form, options) {
      const first = await postOnce(endpoint, query, form, options);
      if (first.response.status !== 401) return bodyOf(first.response, endpoint);
      if (tToken === first.token) tToken = null;
      return bodyOf((await postOnce(endpoint, query, form, options)).response, endpoint);
    },
    sendUnsigned: (method, endpoint, form, options) => send(method, endpoint, [], form, false, options),
    redact(secret) {
      if (!sentSecrets.includes(secret)) sentSecrets.push(secret);
      if (sentSecrets.length > 4) sentSecrets.shift();
    },
    secrets: () => [authToken, tToken, ...sentSecrets],
  };
}

function encode(fields: Fields): string {
  return new URLSearchParams(fields.map(([key, value]): [string, string] => [key, value])).toString();
}
