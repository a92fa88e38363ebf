import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../../electron/core/net/fetch-resource';
import type { FetcherConfig } from '../../../electron/core/net/fetch-options';
import { closedPort, startForwardProxy, type ForwardProxy } from './support/forward-proxy';
import { testConfig, useHostileServer } from './support/net-fixtures';

const server = useHostileServer();
let proxy: ForwardProxy;
let deadProxy: string;

beforeAll(async () => {
  proxy = await startForwardProxy();
  deadProxy = `http://127.0.0.1:${await closedPort()}`;
});
afterAll(async () => {
  await proxy.close();
});

async function fetchVia(config: Partial<FetcherConfig>, path: string) {
  const fetcher = createFetcher({ ...testConfig, ...config });
  try {
    return await fetcher.fetchResource(server().url(path));
  } finally {
    await fetcher.close();
  }
}

const relayed = (path: string) => proxy.seen.filter((entry) => entry.target === server().url(path));

describe('fetchResource: proxies', () => {
  it('goes through HTTP_PROXY from the environment', async () => {
    const result = await fetchVia({ proxy: { mode: 'system' }, env: { HTTP_PROXY: proxy.url } }, '/feed?env');
    expect(result.kind).toBe('ok');
    expect(relayed('/feed?env')).toHaveLength(1);
    expect(
      server()
        .requestsTo('/feed')
        .find((request) => request.path === '/feed?env')?.headers.via,
    ).toBe('1.1 test-proxy');
  });

  it('reads lower-case http_proxy too', async () => {
    const result = await fetchVia({ proxy: { mode: 'system' }, env: { http_proxy: proxy.url } }, '/feed?lower');
    expect(result.kind).toBe('ok');
    expect(relayed('/feed?lower')).toHaveLength(1);
  });

  it('bypasses the proxy for hosts in NO_PROXY', async () => {
    const result = await fetchVia(
      { proxy: { mode: 'system' }, env: { HTTP_PROXY: deadProxy, NO_PROXY: 'localhost,127.0.0.1' } },
      '/feed?bypass',
    );
    expect(result.kind).toBe('ok');
    expect(relayed('/feed?bypass')).toHaveLength(0);
  });

  it('lets the proxy setting win over the environment', async () => {
    const result = await fetchVia(
      { proxy: { mode: 'manual', url: proxy.url }, env: { HTTP_PROXY: deadProxy } },
      '/feed?manual',
    );
    expect(result.kind).toBe('ok');
    expect(relayed('/feed?manual')).toHaveLength(1);
  });

  it('ignores the environment when set to direct', async () => {
    const result = await fetchVia({ proxy: { mode: 'direct' }, env: { HTTP_PROXY: deadProxy } }, '/feed?direct');
    expect(result.kind).toBe('ok');
  });

  it('blames the proxy, not the site, when the proxy is down', async () => {
    const result = await fetchVia({ proxy: { mode: 'manual', url: deadProxy } }, '/feed?dead');
    expect(result).toEqual({
      kind: 'error',
      code: 'NETWORK',
      message: 'Could not reach the feed through the configured proxy.',
    });
  });

  it('passes the fetcher’s own headers through the proxy', async () => {
    await fetchVia({ proxy: { mode: 'manual', url: proxy.url } }, '/feed?ua');
    expect(relayed('/feed?ua')[0]?.headers['user-agent']).toMatch(/^Broadsheet\/9\.9\.9-test /);
  });
});
