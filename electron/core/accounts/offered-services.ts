/**
 * The services "Add account" offers, as the form needs them (what to ask for, and a line each on what an account of
 * it keeps in step and what it cannot do, said from the capabilities its backend row reports).
 */
import type { AccountServiceInfo } from '../../api/methods/accounts';
import { FEEDBIN_API_URL } from '../feedbin/session';
import { GREADER_SERVICES, GREADER_SERVICE_IDS } from '../greader/services';
import { remoteCapabilities } from './backend-factory';
import { FEVER_CANNOT, FEVER_LABEL, MINIFLUX_GREADER_LABEL, MINIFLUX_LABEL, NEXTCLOUD_LABEL } from './new-account';
import { capabilitySummary } from './service-summary';

/** The services "Add account" offers, as the form needs them: the Google Reader API variants (Miniflux's own API before its Google Reader one), then Fever, Nextcloud News, Feedbin. */
export function accountServices(): AccountServiceInfo[] {
  return offeredServices().map((info) => ({
    ...info,
    can: capabilitySummary(remoteCapabilities({ kind: info.kind, service: info.service })),
  }));
}

function offeredServices(): AccountServiceInfo[] {
  const greader = GREADER_SERVICE_IDS.map((id): AccountServiceInfo => {
    const service = GREADER_SERVICES[id];
    return {
      service: id,
      kind: 'greader',
      label: id === 'miniflux' ? MINIFLUX_GREADER_LABEL : service.label,
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
  const miniflux: AccountServiceInfo = {
    service: 'miniflux-api',
    kind: 'miniflux',
    label: MINIFLUX_LABEL,
    needsUrl: true,
    defaultUrl: null,
    needsAppCredentials: false,
  };
  const nextcloud: AccountServiceInfo = {
    service: 'nextcloud',
    kind: 'nextcloud',
    label: NEXTCLOUD_LABEL,
    needsUrl: true,
    defaultUrl: null,
    needsAppCredentials: false,
  };
  const feedbin: AccountServiceInfo = {
    service: 'feedbin',
    kind: 'feedbin',
    label: 'Feedbin',
    needsUrl: false,
    defaultUrl: FEEDBIN_API_URL,
    needsAppCredentials: false,
  };
  // Miniflux's own API first; its Google Reader API variant stays, for accounts added with it, right after.
  const beforeGReaderMiniflux = greader.findIndex((entry) => entry.service === 'miniflux');
  greader.splice(beforeGReaderMiniflux < 0 ? greader.length : beforeGReaderMiniflux, 0, miniflux);
  return [...greader, fever, nextcloud, feedbin];
}
