/** What the fetcher knew when something went wrong. */
import { isDecodeError } from './content-decoding';
import { fetchMessages, type FailureMessages, type NetworkFailure } from './fetch-messages';
import { fetchError, type FetchError } from './fetch-result';
import { BodyTooLargeError } from './read-body';

export interface FailureContext {
  /** host[:port] of the current hop, as shown to the reader. */
  host: string;
  /** The hop's host name and effective port, to recognise failures that happened at a proxy instead. */
  hostname: string;
  port: number;
  /** Whether response headers had arrived, to tell "no answer" from "answer cut short". */
  phase: 'response' | 'body';
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  cancelled: boolean;
  timedOut: boolean;
}

/** The parts of the context that name the hop being fetched. */
export function endpoint(url: URL): Pick<FailureContext, 'host' | 'hostname' | 'port'> {
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  return { host: url.host, hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'), port };
}

const tlsCodes = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_(GET|VERIFY)_)/;

/**
 * Maps whatever undici, the socket or zlib threw onto a result a reader can understand. `messages` words it for
 * what was being fetched: a feed, page or picture by default, an account's API call for the transport.
 */
export function classifyFailure(
  error: unknown,
  context: FailureContext,
  messages: FailureMessages = fetchMessages,
): FetchError {
  // Our own abort reasons first: undici reports them as generic aborts.
  if (context.cancelled) return fetchError('CANCELLED', messages.cancelled());
  if (context.timedOut) return totalTimeout(context, messages);
  if (error instanceof BodyTooLargeError) return fetchError('TOO_LARGE', messages.tooLarge(error.maxBytes));
  if (isDecodeError(error)) return fetchError('DECODE', messages.decode());
  const code = errorCode(error);
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
    return fetchError('TIMEOUT_CONNECT', messages.connectTimeout(context.host, context.connectTimeoutMs));
  }
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return totalTimeout(context, messages);
  if (tlsCodes.test(code)) return fetchError('TLS', messages.tls(context.host));
  const failure = atAnotherEndpoint(error, context) ? 'proxy' : networkFailure(code, context);
  return fetchError('NETWORK', messages.network(failure, context.host));
}

function totalTimeout(context: FailureContext, messages: FailureMessages): FetchError {
  const message =
    context.phase === 'body'
      ? messages.bodyTimeout(context.totalTimeoutMs)
      : messages.responseTimeout(context.totalTimeoutMs);
  return fetchError('TIMEOUT_TOTAL', message);
}

function networkFailure(code: string, context: FailureContext): NetworkFailure {
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return 'dns';
  if (code.startsWith('UND_ERR_PRX')) return 'proxy';
  if (code.startsWith('HPE_')) return 'protocol';
  if (['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH'].includes(code)) {
    return context.phase === 'body' ? 'reset' : 'closed';
  }
  return 'other';
}

/**
 * Socket errors name the endpoint they were dialling. When that is not the
 * feed's host and port, the connection was to the proxy, and the reader
 * should hear about the proxy rather than a site that was never contacted.
 */
function atAnotherEndpoint(error: unknown, context: FailureContext): boolean {
  const { port, hostname } = (error ?? {}) as { port?: unknown; hostname?: unknown };
  if (typeof port === 'number' && port !== context.port) return true;
  return typeof hostname === 'string' && hostname.toLowerCase() !== context.hostname.toLowerCase();
}

/** Node and undici put the useful code on the error, its cause, or the first of an AggregateError. */
function errorCode(error: unknown): string {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR') return code;
    // undici's parser error sometimes carries no code at all.
    if ((current as { name?: unknown }).name === 'HTTPParserError') return 'HPE_INVALID';
    const nested = (current as { errors?: unknown[] }).errors;
    current = (current as { cause?: unknown }).cause ?? (Array.isArray(nested) ? nested[0] : undefined);
  }
  return '';
}
