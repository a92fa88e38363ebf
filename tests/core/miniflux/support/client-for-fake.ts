/** A Miniflux client for a running fake, by API key unless told otherwise. */
import {
  createMinifluxClient,
  type MinifluxClient,
  type MinifluxClientOptions,
} from '../../../../electron/core/miniflux/client';
import { createFetchTransport } from '../../../support/fetch-transport';
import type { MinifluxFake } from '../../../support/miniflux-fake/miniflux-fake';

export function clientFor(fake: MinifluxFake, overrides: Partial<MinifluxClientOptions> = {}): MinifluxClient {
  return createMinifluxClient({
    transport: createFetchTransport(),
    baseUrl: fake.origin,
    credentials: { kind: 'token', token: fake.token },
    ...overrides,
  });
}
