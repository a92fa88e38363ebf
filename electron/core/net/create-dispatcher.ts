/**
 * One connection pool per fetcher, so refreshing many feeds on one host
 * reuses keep-alive connections. Proxies are resolved here, once: undici's
 * EnvHttpProxyAgent picks direct or proxied per origin and honours NO_PROXY.
 * Routes are always passed explicitly (never left to undici's own reading of
 * `process.env`) so tests and the proxy setting get exactly what they ask for.
 * Without a redirect interceptor undici never follows redirects: the fetcher
 * does, one checked hop at a time. `tls` is the accounts' trust (tls-trust.ts);
 * feeds, pages and pictures keep Node's defaults.
 */
import { EnvHttpProxyAgent, type Dispatcher } from 'undici';
import { fetchDefaults, type FetcherConfig } from './fetch-options';
import { proxyRoutes } from './proxy-settings';

export function createDispatcher(config: FetcherConfig, tls: EnvHttpProxyAgent.Options = {}): Dispatcher {
  const routes = proxyRoutes(config.proxy ?? { mode: 'system' }, config.env ?? process.env);
  return new EnvHttpProxyAgent({
    ...tls,
    ...routes,
    connectTimeout: config.connectTimeoutMs ?? fetchDefaults.connectTimeoutMs,
    // Feeds are fetched every few minutes at most; idle sockets need not linger.
    keepAliveTimeout: 4_000,
  });
}
