/**
 * The sentences every sync-service protocol (Google Reader, Fever, Miniflux, Nextcloud News, Feedbin) tells the
 * reader when a call got no answer or was asked to wait: one wording, so the services read alike.
 */
import { TransportError } from './transport-error';

/** A refused certificate (not the pinned one, or not verifiable): its own sentence names the server and what to do. */
export function isCertificateRefusal(cause: unknown): cause is TransportError {
  return cause instanceof TransportError && (cause.code === 'CERTIFICATE_PIN' || cause.code === 'TLS');
}

/**
 * "<who> could not be reached: <the transport's reason>", or a refused certificate's own sentence (that is no
 * "could not be reached"). The endpoint stays on the caller's error; the reader is told what happened.
 */
export function unreachableSentence(cause: unknown, who = 'The server'): string {
  if (isCertificateRefusal(cause)) return cause.message;
  const reason = cause instanceof Error && cause.message !== '' ? cause.message : 'no answer came.';
  return `${who} could not be reached: ${reason}`;
}

/** A Retry-After wait in words: seconds under two minutes, minutes under two hours, else hours (rounded up). */
export function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} minutes`;
  return `${Math.ceil(minutes / 60)} hours`;
}
