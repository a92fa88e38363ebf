/** A client for a running Nextcloud News fake, with the fake's credentials unless told otherwise. */
import { createNextcloudClient, type NextcloudClient } from '../../../../electron/core/nextcloud/client';
import type { NextcloudFake } from '../../../support/nextcloud-fake/nextcloud-fake';
import { createFetchTransport } from '../../../support/fetch-transport';

export function clientFor(
  fake: NextcloudFake,
  credentials: { user?: string; password?: string } = {},
): NextcloudClient {
  return createNextcloudClient({
    transport: createFetchTransport(),
    apiUrl: fake.apiUrl,
    user: credentials.user ?? fake.user,
    password: credentials.password ?? fake.password,
  });
}
