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
import { completeApiUrl } from '../greader/api-url';
import { GREADER_SERVICES, GREADER_SERVICE_IDS, type GReaderService } from '../greader/services';
import type { NewAccount } from '../library/tables/accounts-table';

export interface CheckedAccount {
  service: GReaderService;
  /** The API endpoint, completed for the service and allowed by the URL policy. */
  url: string;
  pin: string | null;
}

export function checkNewAccount(input: AddAccountInput): CheckedAccount {
  const service = GREADER_SERVICES[input.service];
  const completed = completeApiUrl(service, input.url);
  if (!completed.ok) throw new ApiError('INVALID_ARGUMENTS', completed.message);
  const verdict = checkAccountServerUrl(completed.url, { allowHttp: input.allowHttp ?? false });
  if (!verdict.allowed) throw new ApiError('UNSAFE_URL', `That server address cannot be used: ${verdict.reason}.`);
  if (service.needsAppCredentials && (!input.appId || !input.appKey))
    throw new ApiError('INVALID_ARGUMENTS', `${service.label} needs your App ID and App key.`);
  const pin = input.pinnedFingerprint ?? null;
  if (pin !== null && !verdict.url.startsWith('https:'))
    throw new ApiError('INVALID_ARGUMENTS', 'A certificate fingerprint can be pinned only for an https:// server.');
  return { service, url: verdict.url, pin };
}

/** The row of an account whose credentials the server accepted (its id: the service and 8 random hex digits). */
export function newAccountRow(input: AddAccountInput, checked: CheckedAccount, now: number): NewAccount {
  return {
    id: `${input.service}-${randomBytes(4).toString('hex')}`,
    kind: 'greader',
    service: input.service,
    name: input.name ?? `${checked.service.label} (${input.user})`,
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

/** The services "Add account" offers, as the form needs them. */
export function accountServices(): AccountServiceInfo[] {
  return GREADER_SERVICE_IDS.map((id) => {
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
}
