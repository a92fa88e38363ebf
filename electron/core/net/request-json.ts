/**
 * JSON over a transport: the small client the sync services' JSON endpoints are called with. The answer is parsed
 * and checked against the caller's zod schema — a server is as hostile as a feed — and a status outside 2xx is an
 * `HttpStatusError` carrying the status and headers (Retry-After), so the caller decides what a 401 or a 429 means.
 * Messages name the status, never the body, which may echo what was sent.
 */
import type { z } from 'zod';
import type { HttpMethod, HttpTransport } from './http-transport';

export interface JsonRequest {
  url: string;
  /** GET, or POST when `json` or `form` is given. */
  method?: HttpMethod;
  headers?: Readonly<Record<string, string>>;
  /** Sent as `application/json`. */
  json?: unknown;
  /** Sent as `application/x-www-form-urlencoded`; a list repeats its name (`i=1&i=2`). */
  form?: Readonly<Record<string, string | readonly string[]>>;
  signal?: AbortSignal;
}

export interface JsonResponse<T> {
  status: number;
  url: string;
  headers: Readonly<Record<string, string>>;
  value: T;
}

/** The server answered, but not with 2xx. */
export class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError';

  constructor(
    readonly status: number,
    readonly headers: Readonly<Record<string, string>>,
  ) {
    super(statusMessage(status));
  }
}

/** A 2xx answer that is not JSON, or not in the shape the caller expects. */
export class UnexpectedAnswerError extends Error {
  override readonly name = 'UnexpectedAnswerError';

  constructor(readonly status: number) {
    super('The server’s answer is not in the form Broadsheet expects. Is this the right address for the service?');
  }
}

export async function requestJson<S extends z.ZodType>(
  transport: HttpTransport,
  request: JsonRequest,
  schema: S,
): Promise<JsonResponse<z.output<S>>> {
  const { body, contentType } = encodeBody(request);
  const response = await transport({
    url: request.url,
    method: request.method ?? (body === undefined ? 'GET' : 'POST'),
    headers: {
      accept: 'application/json',
      ...(contentType ? { 'content-type': contentType } : {}),
      ...request.headers,
    },
    ...(body === undefined ? {} : { body }),
    ...(request.signal ? { signal: request.signal } : {}),
  });
  if (response.status < 200 || response.status > 299) throw new HttpStatusError(response.status, response.headers);
  const parsed = schema.safeParse(parseJson(response.body));
  if (!parsed.success) throw new UnexpectedAnswerError(response.status);
  return { status: response.status, url: response.url, headers: response.headers, value: parsed.data };
}

function encodeBody(request: JsonRequest): { body?: string; contentType?: string } {
  if (request.json !== undefined) return { body: JSON.stringify(request.json), contentType: 'application/json' };
  if (request.form === undefined) return {};
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(request.form)) {
    for (const one of typeof value === 'string' ? [value] : value) form.append(name, one);
  }
  return { body: form.toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** undefined for a body that is not JSON, so the schema refuses it like any other wrong shape. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function statusMessage(status: number): string {
  if (status === 401 || status === 403) return `The server refused the request (HTTP ${status}).`;
  if (status === 404) return 'The server has nothing at this address (HTTP 404).';
  if (status === 429) return 'The server asked Broadsheet to slow down (HTTP 429).';
  if (status >= 500) return `The server had an internal problem (HTTP ${status}).`;
  return `The server answered with an error (HTTP ${status}).`;
}
