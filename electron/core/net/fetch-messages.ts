/**
 * Reader-facing sentences for every fetch outcome. They are shown next to a
 * feed until it next succeeds, so they say what happened in plain words and,
 * where the reader can act, what to do.
 */

export type NetworkFailure = 'reset' | 'refused' | 'dns' | 'closed' | 'protocol' | 'proxy' | 'other';

export const fetchMessages = {
  invalidUrl: () => 'This is not a valid web address.',
  unsupportedScheme: (scheme: string) =>
    `Broadsheet only fetches http and https addresses, not "${scheme.replace(/:$/, '')}:" ones.`,
  connectTimeout: (host: string, ms: number) => `Could not connect to ${host} within ${duration(ms)}.`,
  responseTimeout: (ms: number) => `The server took longer than ${duration(ms)} to respond.`,
  bodyTimeout: (ms: number) => `The server took longer than ${duration(ms)} to send the whole feed.`,
  tooLarge: (maxBytes: number) => `The feed is larger than ${size(maxBytes)}, the most Broadsheet downloads at once.`,
  tooManyRedirects: (max: number) => `The address redirected more than ${max} times, probably in a loop.`,
  badRedirect: (scheme: string | undefined) =>
    scheme === 'http:'
      ? 'The server redirected from a secure (https) address to an insecure (http) one, which Broadsheet does not follow.'
      : scheme
        ? `The server redirected to a "${scheme.replace(/:$/, '')}:" address, which Broadsheet never follows.`
        : 'The server redirected to an address that is not valid.',
  httpError: (status: number) => httpErrorMessage(status),
  network: (failure: NetworkFailure, host: string) => networkMessage(failure, host),
  tls: (host: string) => `The secure connection to ${host} failed: its certificate could not be verified.`,
  decode: () => 'The server sent compressed data that is damaged or in an unknown format.',
  cancelled: () => 'The refresh was cancelled.',
  gone: () => 'The server says this feed has been removed for good (HTTP 410). You may want to unsubscribe.',
  retryLater: (status: number, waitMs: number) =>
    `${status === 429 ? 'The server asked Broadsheet to slow down' : 'The server is temporarily unavailable'} (HTTP ${status}). Broadsheet will try again in ${duration(waitMs)}.`,
};

function httpErrorMessage(status: number): string {
  if (status === 401 || status === 403) return `The server refused access to this feed (HTTP ${status}).`;
  if (status === 404) return 'The server has no feed at this address (HTTP 404). It may have moved.';
  if (status >= 500) return `The server had an internal problem (HTTP ${status}). Broadsheet will try again later.`;
  if (status >= 300 && status < 400) return `The server sent a redirect (HTTP ${status}) without saying where to.`;
  return `The server answered with an error (HTTP ${status}).`;
}

function networkMessage(failure: NetworkFailure, host: string): string {
  switch (failure) {
    case 'reset':
      return `The connection to ${host} was cut off before the feed finished downloading.`;
    case 'refused':
      return `${host} refused the connection. The site may be down.`;
    case 'dns':
      return `Could not find ${host}. Check the address or your internet connection.`;
    case 'closed':
      return `${host} closed the connection without answering.`;
    case 'protocol':
      return `${host} sent a response that is not valid HTTP.`;
    case 'proxy':
      return 'Could not reach the feed through the configured proxy.';
    case 'other':
      return `Could not reach ${host}.`;
  }
}

/** The sentences `classifyFailure` needs; the transport words them for an API call instead of a feed. */
export type FailureMessages = Pick<
  typeof fetchMessages,
  'cancelled' | 'tooLarge' | 'decode' | 'connectTimeout' | 'responseTimeout' | 'bodyTimeout' | 'tls' | 'network'
>;

export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${Math.round(ms / 100) / 10} s`;
  if (ms < 120 * 60_000) return `${Math.round(ms / 60_000)} min`;
  return `${Math.round(ms / 3_600_000)} h`;
}

export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
