/**
 * How the outbox reaches a Miniflux server: read and unread as `PUT /v1/entries` with up to 1,000 ids a call; stars
 * through the client's `setStarred`, which sets `starred` explicitly on 2.3.2+ and, on older servers whose bookmark
 * endpoint toggles, reads each entry first and toggles only where it differs — so a row replayed after a crash
 * (sent, never confirmed here) finds the server already so and sends nothing: it can never flip a star back.
 * No mark-all on the server: Miniflux's mark-all of a feed or category takes no bound, so it would also mark
 * entries that arrived after the reader's click; those wishes go as ids. No item labels.
 */
import { IDS_PER_UPDATE } from '../miniflux/client-entries';
import type { MinifluxClient } from '../miniflux/client';
import { MinifluxRefusedError } from '../miniflux/errors';
import type { AccountCapabilities } from './backend';
import type { StatePusher } from './remote/push-outbox';

export const MINIFLUX_CAPABILITIES: AccountCapabilities = {
  subscriptions: true,
  folders: true,
  starred: true,
  markAllOnServer: false,
  itemLabels: false,
};

export function createMinifluxPusher(client: MinifluxClient): StatePusher {
  const call = (signal?: AbortSignal) => (signal ? { signal } : undefined);
  return {
    batchSize: IDS_PER_UPDATE,
    setRead: (ids, read, signal) => client.setStatus(ids, read ? 'read' : 'unread', call(signal)),
    async setStarred(ids, starred, signal) {
      // Entries the server no longer has are left out by it (explicit) or skipped after the read (toggle).
      await client.setStarred(ids, starred, call(signal));
    },
    permanentRefusal: (error) => (error instanceof MinifluxRefusedError ? error.message : null),
  };
}
