/**
 * What "Add account" checks before it asks the server anything, and the row it then saves (the services it offers
 * are offered-services.ts'): the service's API address completed and allowed (https, or http only where the URL
 * policy and the reader allow it), Inoreader's App credentials present, a pinned fingerprint only for https. Credentials never go into the row (the host keeps
 * them); Inoreader's App ID and the pin are not secrets and do.
 */
import { randomBytes } from 'node:crypto';
import { ApiError } from '../../api/errors';
import type { AddAccountInput } from '../../api/methods/accounts';
import { checkAccountServerUrl } from '../../api/url-policy/account-server-policy';
import { FEEDBIN_API_URL } from '../feedbin/session';
import { completeApiUrl } from '../greader/api-url';
import { completeMinifluxUrl } from '../miniflux/api-url';
import { GREADER_SERVICES } from '../greader/services';
import { completeNextcloudApiUrl } from '../nextcloud/api-url';
import type { NewAccount } from '../library/tables/accounts-table';

export interface CheckedAccount {
  /** The row's `service`: a Google Reader API variant, or the kind itself for a protocol of one kind (`fever`). */
  serviceId: string;
  /** As the reader knows the service ("FreshRSS", "Fever API"), for the account's default name. */
  label: string;
  /** The API endpoint, completed for the service and allowed by the URL policy. */
  url: string;
  pin: string | null;
}

/** What the server said of the account while its credentials were tested, where the reader did not type it. */
export interface TestedAccount {
  /** The user an API key belongs to (Miniflux's `/v1/me`). */
  user?: string;
}

/** What the Fever entry of the form says it cannot do (its protocol has no calls for these). */
export const FEVER_CANNOT = 'Cannot add or remove feeds or rename folders: do that on the server’s own site.';
export const FEVER_LABEL = 'Fever API (FreshRSS, Miniflux, Tiny Tiny RSS…)';
export const MINIFLUX_LABEL = 'Miniflux';
/** The Google Reader API variant of Miniflux, as the form lists it after Miniflux's own API. */
export const MINIFLUX_GREADER_LABEL = 'Miniflux (Google Reader API)';
export const NEXTCLOUD_LABEL = 'Nextcloud News';

export function checkNewAccount(input: AddAccountInput): CheckedAccount {
  let serviceId: string;
  let label: string;
  let typed: string;
  if (input.kind === 'greader') {
    const service = GREADER_SERVICES[input.service];
    const completed = completeApiUrl(service, input.url);
    if (!completed.ok) throw new ApiError('INVALID_ARGUMENTS', completed.message);
    if (service.needsAppCredentials && (!input.appId || !input.appKey))
      throw new ApiError('INVALID_ARGUMENTS', `${service.label} needs your App ID and App key.`);
    [serviceId, label, typed] = [service.id, service.label, completed.url];
  } else if (input.kind === 'miniflux') {
    const completed = completeMinifluxUrl(input.url);
    if (!completed.ok) throw new ApiError('INVALID_ARGUMENTS', completed.message);
    if (input.auth === 'password' && !input.user)
      throw new ApiError('INVALID_ARGUMENTS', 'Miniflux needs your user name with your password.');
    [serviceId, label, typed] = ['miniflux-api', MINIFLUX_LABEL, completed.url];
  } else if (input.kind === 'nextcloud') {
    // The Nextcloud's own address or the News app's page: completed to `…/index.php/apps/news/api/v1-3`.
    const completed = completeNextcloudApiUrl(input.url);
    if (!completed.ok) throw new ApiError('INVALID_ARGUMENTS', completed.message);
    [serviceId, label, typed] = ['nextcloud', NEXTCLOUD_LABEL, completed.url];
  } else if (input.kind === 'feedbin') {
    // Feedbin is hosted at one address; another only where a test points it at a fake.
    [serviceId, label, typed] = ['feedbin', 'Feedbin', input.url ?? FEEDBIN_API_URL];
  } else {
    // Fever's address is the server's own endpoint (FreshRSS: …/api/fever.php, Miniflux: …/fever/): nothing to complete.
    [serviceId, label, typed] = ['fever', 'Fever API', input.url];
  }
  const verdict = checkAccountServerUrl(typed, { allowHttp: input.allowHttp ?? false });
  if (!verdict.allowed) throw new ApiError('UNSAFE_URL', `That server address cannot be used: ${verdict.reason}.`);
  const pin = input.pinnedFingerprint ?? null;
  if (pin !== null && !verdict.url.startsWith('https:'))
    throw new ApiError('INVALID_ARGUMENTS', 'A certificate fingerprint can be pinned only for an https:// server.');
  return { serviceId, label, url: verdict.url, pin };
}

/** The row of an account whose credentials the server accepted (its id: the service and 8 random hex digits). */
export function newAccountRow(
  input: AddAccountInput,
  checked: CheckedAccount,
  now: number,
  tested?: TestedAccount,
): NewAccount {
  const user = tested?.user ?? input.user ?? '';
  return {
    id: `${checked.serviceId}-${randomBytes(4).toString('hex')}`,
    kind: input.kind,
    service: checked.serviceId,
    name: input.name ?? `${checked.label} (${user})`,
    url: checked.url,
    user,
    status: 'ok',
    options: JSON.stringify({
      ...(input.appId ? { appId: input.appId } : {}),
      ...(input.kind === 'miniflux' ? { auth: input.auth } : {}),
      ...(input.allowHttp ? { allowHttp: true } : {}),
      ...(checked.pin === null ? {} : { pinnedFingerprint: checked.pin }),
    }),
    position: 'last',
    createdAt: now,
  };
}
