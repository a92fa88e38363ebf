/**
 * What an account lets the reader change, and why not when it does not, in words. The UI asks an account's
 * capabilities (never its kind or service): an action the service cannot do is shown unavailable with this
 * reason, never offered and then failed against the server.
 */
import type { Account } from '@contract/methods/accounts';
import { serviceText } from './account-text';

/** The capabilities that decide what the reader may change here. */
export type EditCapability = 'subscriptions' | 'folders';

const WHAT: Record<EditCapability, string> = {
  subscriptions: 'its subscriptions',
  folders: 'its folders',
};

/**
 * Null when the account allows it (or is unknown: the list has not loaded, and the core still checks); otherwise
 * e.g. "Feedbin does not let other apps change its subscriptions: change them on Feedbin itself."
 */
export function unavailableReason(account: Account | null, capability: EditCapability): string | null {
  if (!account || account.capabilities[capability]) return null;
  // Fever is a protocol many servers speak (FreshRSS, Miniflux, Tiny Tiny RSS…), not a site to go to.
  if (account.service === 'fever')
    return `The Fever API does not let other apps change ${WHAT[capability].replace('its ', '')}: change them on the server itself.`;
  const known = account.service !== null && account.service !== 'other';
  const service = known ? serviceText(account) : 'This server';
  return `${service} does not let other apps change ${WHAT[capability]}: change them on ${known ? service : 'the server'} itself.`;
}
