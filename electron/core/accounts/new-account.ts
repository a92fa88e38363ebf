/**
 * What "Add account" checks before it asks the server anything, and the row it then saves: the service's API
 * address completed and allowed (https, or http only where the URL policy and the reader allow it), Inoreader's App
 * credentials present, a pinned fingerprint only for https. Credentials never go into the row (the host keeps
 * them); Inoreader's App ID and the pin are not secrets and do.
 */
import { randomBytes } from 'node:crypto';
import { ApiError } from '../../api/errors';
import type { AccountServiceInfo, AddAccountInput } from '../../api/methods/accounts';
import { checkAccountServerUrl } from '../../api/url-policy/account-server-policy';
import { FEEDBIN_API_URL } from '../feedbin/session';
import { completeApiUrl } from '../greader/api-url';
import { GREADER_SERVICES, GREADER_SERVICE_IDS } from '../greader/services';
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

/** What the Fever entry of the form says it cannot do (its protocol has no calls for these). */
export const FEVER_CANNOT = 'Cannot add or remove feeds or rename folders: do that on the server’s own site.';
export const FEVER_LABEL = 'Fever API (FreshRSS, Miniflux, Tiny Tiny RSS…)';

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
export function newAccountRow(input: AddAccountInput, checked: CheckedAccount, now: number): NewAccount {
  return {
    id: `${checked.serviceId}-${randomBytes(4).toString('hex')}`,
    kind: input.kind,
    service: checked.serviceId,
    name: input.name ?? `${checked.label} (${input.user})`,
    url: checked.url,
    user: input.user,
    status: 'ok',
    options: JSON.stringify({
      ...(input.appId ? { appId: input.appId } : {}),
      ...(input.allowHttp ? { allowHttp: true } : {}),
      ...(checked.pin === null ? {} : { pinnedFingerprint: checked.pin }),
    }),
    position: 'last',
    createdAt: now,
  };
}

/** The services "Add account" offers, as the form needs them: the Google Reader API variants, then Fever, Feedbin. */
export function accountServices(): AccountServiceInfo[] {
  const greader = GREADER_SERVICE_IDS.map((id): AccountServiceInfo => {
    const service = GREADER_SERVICES[id];
    return {
      service: id,
      kind: 'greader',
      label: service.label,
      needsUrl: service.needsUrl,
      defaultUrl: service.defaultUrl,
      needsAppCredentials: service.needsAppCredentials,
    };
  });
  const fever: AccountServiceInfo = {
    service: 'fever',
    kind: 'fever',
    label: FEVER_LABEL,
    needsUrl: true,
    defaultUrl: null,
    needsAppCredentials: false,
    cannot: FEVER_CANNOT,
  };
  const feedbin: AccountServiceInfo = {
    service: 'feedbin',
    kind: 'feedbin',
    label: 'Feedbin',
    needsUrl: false,
    defaultUrl: FEEDBIN_API_URL,
    needsAppCredentials: false,
  };
  return [...greader, fever, feedbin];
}
