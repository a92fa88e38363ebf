/** A client for a running fake, signed in or not, with the fake's app credentials where its variant needs them. */
import {
  createGReaderClient,
  type GReaderClient,
  type GReaderClientOptions,
} from '../../../../electron/core/greader/client';
import type { FakeServiceId, GReaderFake } from '../../../support/greader-fake/greader-fake';
import { createFetchTransport } from '../../../support/fetch-transport';

export function clientFor(fake: GReaderFake, overrides: Partial<GReaderClientOptions> = {}): GReaderClient {
  return createGReaderClient({
    transport: createFetchTransport(),
    apiUrl: fake.apiUrl,
    service: fake.variant.service satisfies FakeServiceId,
    ...(fake.variant.appCredentials ? { appId: fake.appId, appKey: fake.appKey } : {}),
    ...overrides,
  });
}

export async function signedInClientFor(fake: GReaderFake, overrides: Partial<GReaderClientOptions> = {}) {
  const client = clientFor(fake, overrides);
  await client.login(fake.user, fake.password);
  return client;
}
