/** A Feedbin client pointed at a fake, over plain fetch (the app plugs in the network service's transport). */
import { createFeedbinClient, type FeedbinClient } from '../../../../electron/core/feedbin/client';
import { createFetchTransport } from '../../../support/fetch-transport';
import type { FeedbinFake } from '../../../support/feedbin-fake/feedbin-fake';

export function clientFor(fake: FeedbinFake, overrides: { password?: string; now?: () => Date } = {}): FeedbinClient {
  return createFeedbinClient({
    transport: createFetchTransport(),
    apiUrl: fake.apiUrl,
    user: fake.user,
    password: overrides.password ?? fake.password,
    ...(overrides.now ? { now: overrides.now } : {}),
  });
}
