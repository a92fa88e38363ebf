import { afterAll, beforeAll } from 'vitest';
import { createFetcher, type Fetcher } from '../../../../electron/core/net/fetch-resource';
import type { FetcherConfig } from '../../../../electron/core/net/fetch-options';
import type { FetchResult } from '../../../../electron/core/net/fetch-result';
import { startHostileServer, type HostileServer } from '../../../support/hostile-server';

/** Starts one hostile server for the file and hands out fetchers with test-sized bounds. */
export function useHostileServer(): () => HostileServer {
  let server: HostileServer | undefined;
  beforeAll(async () => {
    server = await startHostileServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('hostile server not started');
    return server;
  };
}

/**
 * Roomy bounds so a loaded CI box never turns a success into a timeout;
 * tests about timeouts set small ones themselves. `direct` keeps the
 * machine's proxy variables out of the suite.
 */
export const testConfig: FetcherConfig = {
  appVersion: '9.9.9-test',
  connectTimeoutMs: 5_000,
  totalTimeoutMs: 10_000,
  proxy: { mode: 'direct' },
};

export function useFetcher(overrides: Partial<FetcherConfig> = {}): () => Fetcher {
  let fetcher: Fetcher | undefined;
  beforeAll(() => {
    fetcher = createFetcher({ ...testConfig, ...overrides });
  });
  afterAll(async () => {
    await fetcher?.close();
  });
  return () => {
    if (!fetcher) throw new Error('fetcher not created');
    return fetcher;
  };
}

export function bodyText(result: FetchResult): string {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return Buffer.from(result.body).toString('utf8');
}
