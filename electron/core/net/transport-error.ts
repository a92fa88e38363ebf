/**
 * How an API call fails when no answer came at all: a code the caller can branch on (cancelled, timed out, the
 * certificate refused…) and a sentence for the reader that names the server, never a password or a token — every
 * message goes through the app's one redaction policy on its way in.
 */
import { FINGERPRINT_FORMAT } from '../../api/certificate-fingerprint';
import { redactSecrets } from '../../api/redact-secrets';
import { duration, fetchMessages, size, type FailureMessages } from './fetch-messages';
import type { FetchErrorCode } from './fetch-result';

/** The fetcher's codes, plus a certificate that is not the one pinned for the server. */
export type TransportErrorCode = FetchErrorCode | 'CERTIFICATE_PIN';

export class TransportError extends Error {
  override readonly name = 'TransportError';
  readonly code: TransportErrorCode;

  constructor(code: TransportErrorCode, message: string) {
    super(redactSecrets(message));
    this.code = code;
  }
}

/** `classifyFailure`'s sentences for an API call: about the server's answer, not a feed. */
export const transportMessages: FailureMessages = {
  ...fetchMessages,
  cancelled: () => 'The request was cancelled.',
  tooLarge: (maxBytes) => `The server's answer is larger than ${size(maxBytes)}, the most Broadsheet accepts at once.`,
  bodyTimeout: (ms) => `The server took longer than ${duration(ms)} to send its whole answer.`,
  tls: (host) =>
    `The secure connection to ${host} failed: its certificate could not be verified. ` +
    'If the server uses a certificate of its own, pin its fingerprint.',
  network: (failure, host) => {
    if (failure === 'reset') return `The connection to ${host} was cut off before the answer was complete.`;
    if (failure === 'proxy') return `Could not reach ${host} through the configured proxy.`;
    return fetchMessages.network(failure, host);
  },
};

export const pinMessages = {
  mismatch: (host: string, actual: string) =>
    `The certificate of ${host} is not the one pinned for this server (it presented SHA-256 ${actual}). ` +
    'If the server’s certificate was replaced, check the new one and pin its fingerprint.',
  httpsOnly: () => 'A certificate fingerprint is pinned for this server, so Broadsheet only reaches it over https.',
  invalid: () => FINGERPRINT_FORMAT,
};
