/**
 * Turns what came over the wire into a value or a thrown ApiError. The bytes
 * crossed a process (or network) boundary, so the shape is checked rather
 * than trusted: a malformed answer becomes a readable error, not `undefined`.
 */
import type { Envelope } from '@contract/envelope';
import { ApiError, isApiErrorData } from '@contract/errors';

export function unwrapEnvelope<T>(envelope: unknown, method: string): T {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    const tagged = envelope as Envelope<T>;
    if (tagged.ok === true && 'value' in tagged) return tagged.value;
    if (tagged.ok === false && isApiErrorData(tagged.error)) throw ApiError.fromData(tagged.error);
  }
  throw new ApiError('INTERNAL', `Broadsheet received a malformed answer to “${method}”.`);
}
