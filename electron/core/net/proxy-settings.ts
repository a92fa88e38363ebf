/**
 * Which proxy a fetch goes through. `system` follows the conventional
 * environment variables (lower-case first, as curl does); `manual` is the
 * reader's explicit setting and wins over HTTP(S)_PROXY, while NO_PROXY
 * still lists the hosts to reach directly; `direct` ignores all of it.
 */
import { redactSecrets } from '../../api/redact-secrets';

export type ProxySetting = { mode: 'system' } | { mode: 'direct' } | { mode: 'manual'; url: string };

export interface ProxyRoutes {
  /** '' means "no proxy" for that scheme. */
  httpProxy: string;
  httpsProxy: string;
  noProxy: string;
}

type Env = Record<string, string | undefined>;

export function proxyRoutes(setting: ProxySetting, env: Env): ProxyRoutes {
  if (setting.mode === 'direct') return { httpProxy: '', httpsProxy: '', noProxy: '' };
  const noProxy = (env.no_proxy ?? env.NO_PROXY ?? '').trim();
  if (setting.mode === 'manual') {
    const url = normalizeProxyUrl(setting.url);
    // The address may carry the proxy's password: the message never does.
    if (!url) throw new TypeError(`Invalid proxy address: ${JSON.stringify(redactSecrets(setting.url))}`);
    return { httpProxy: url, httpsProxy: url, noProxy };
  }
  const httpProxy = normalizeProxyUrl(env.http_proxy ?? env.HTTP_PROXY ?? '');
  // As in curl and undici, an https request without HTTPS_PROXY uses HTTP_PROXY.
  const httpsProxy = normalizeProxyUrl(env.https_proxy ?? env.HTTPS_PROXY ?? '') || httpProxy;
  return { httpProxy, httpsProxy, noProxy };
}

/**
 * Accepts "host:port" as curl does; anything that is not an http(s) proxy
 * address becomes '' so a stray variable cannot stop every refresh.
 */
export function normalizeProxyUrl(raw: string): string {
  const value = raw.trim();
  if (!value) return '';
  const url = URL.parse(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  if (!url || !url.hostname || (url.protocol !== 'http:' && url.protocol !== 'https:')) return '';
  return url.href;
}
