/**
 * The settings' single proxy field to the fetcher's proxy mode. Empty means
 * "as the system says" (HTTP(S)_PROXY / NO_PROXY). The fetcher speaks HTTP
 * proxies only, so a SOCKS address falls back to the system route and says so
 * rather than making every refresh fail.
 */
import type { ProxySetting } from './proxy-settings';

export interface ProxyChoice {
  setting: ProxySetting;
  warning: string | null;
}

export function proxyFromSettings(value: string): ProxyChoice {
  const trimmed = value.trim();
  if (trimmed === '') return { setting: { mode: 'system' }, warning: null };
  if (/^https?:\/\//i.test(trimmed)) return { setting: { mode: 'manual', url: trimmed }, warning: null };
  return {
    setting: { mode: 'system' },
    warning: 'SOCKS proxies are not supported yet; feeds are fetched through the system proxy settings.',
  };
}
