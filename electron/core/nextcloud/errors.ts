/**
 * What can go wrong in a Nextcloud News API call, as types the account backend can act on: ask for the password
 * again (auth), retry later (server error, network), drop the change (refused: the folder exists, the feed is gone),
 * or report a server that does not speak the News API (bad response: the app is not installed, the address is not a
 * Nextcloud). Messages are sentences for the reader; none contains the password, the Authorization header or a
 * response body (a confused server could echo a secret into it).
 */
import { redactSecrets } from '../../api/redact-secrets';
import { unreachableSentence } from '../net/failure-sentences';

export abstract class NextcloudError extends Error {
  /** The route called, e.g. `items/read/multiple` or `feeds/12/move` (never a query or a body). */
  readonly endpoint: string;
  constructor(message: string, endpoint: string, options?: ErrorOptions) {
    super(message, options);
    this.endpoint = endpoint;
  }
}

/** HTTP 401: Nextcloud refused the user name or the (app) password. Basic auth has no session to renew. */
export class NextcloudAuthError extends NextcloudError {
  override readonly name = 'NextcloudAuthError';
  constructor(endpoint: string) {
    super(
      'Nextcloud refused the user name or password. Check them (an app password if two-factor sign-in is on).',
      endpoint,
    );
  }
}

export class NextcloudServerError extends NextcloudError {
  override readonly name = 'NextcloudServerError';
  readonly status: number;
  constructor(status: number, endpoint: string) {
    super(
      `The Nextcloud server failed (HTTP ${status}) while answering ${endpoint}; it may work again later.`,
      endpoint,
    );
    this.status = status;
  }
}

/** Why a 4xx was given, where the News API documents it (docs/api/api-v1-3.md "Return codes"). */
export type NextcloudRefusal = 'not-found' | 'exists' | 'invalid' | 'other';

/** A 4xx other than 401: the server will not do this, however often it is asked. */
export class NextcloudRefusedError extends NextcloudError {
  override readonly name = 'NextcloudRefusedError';
  readonly status: number;
  readonly reason: NextcloudRefusal;
  constructor(status: number, endpoint: string) {
    const reason = refusalOf(status);
    super(refusalMessages[reason](endpoint, status), endpoint);
    this.status = status;
    this.reason = reason;
  }
}

function refusalOf(status: number): NextcloudRefusal {
  if (status === 404) return 'not-found';
  if (status === 409) return 'exists';
  if (status === 422) return 'invalid';
  return 'other';
}

const refusalMessages: Record<NextcloudRefusal, (endpoint: string, status: number) => string> = {
  'not-found': (endpoint) =>
    `Nextcloud News has no such folder, feed or article (${endpoint}); it may have been removed elsewhere, or the feed could not be read.`,
  exists: (endpoint) => `Nextcloud News already has one of that name or address (${endpoint}).`,
  invalid: (endpoint) => `Nextcloud News refused ${endpoint}: the name is empty or the feed cannot be read.`,
  other: (endpoint, status) => `Nextcloud News refused ${endpoint} (HTTP ${status}).`,
};

export class NextcloudBadResponseError extends NextcloudError {
  override readonly name = 'NextcloudBadResponseError';
  constructor(endpoint: string, what: string) {
    super(
      `The server's answer to ${endpoint} could not be read: ${what}. Is the News app installed on this Nextcloud, and is this its address?`,
      endpoint,
    );
  }
}

/** No answer came (network down, timeout, certificate refused); `cause` is the transport's error. */
export class NextcloudNetworkError extends NextcloudError {
  override readonly name = 'NextcloudNetworkError';
  constructor(endpoint: string, cause: unknown, secrets: readonly string[]) {
    super(hideSecrets(unreachableSentence(cause, 'The Nextcloud server'), secrets), endpoint, { cause });
  }
}

/** The app's redaction first (URL credentials, Basic headers), then the held secrets themselves, longest first. */
function hideSecrets(text: string, secrets: readonly string[]): string {
  let line = redactSecrets(text);
  for (const secret of [...secrets].filter(Boolean).sort((a, b) => b.length - a.length)) {
    line = line.split(secret).join('***');
  }
  return line;
}
