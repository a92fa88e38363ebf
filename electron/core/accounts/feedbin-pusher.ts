/**
 * How the outbox reaches Feedbin: read, unread, star and unstar as id lists, at most 1,000 ids per request
 * (unread-entries.md, starred-entries.md), through the client's `markRead`/`markUnread`/`star`/`unstar`. Feedbin
 * answers with the ids it changed; one it leaves out is an entry no longer this account's to change (its feed was
 * unsubscribed, the entry is gone), so the change is done with, never retried forever. The calls set a state rather
 * than toggle it, so a change replayed after a crash (sent, not yet confirmed here) is harmless. No mark-all: Feedbin
 * has no such call, so "mark all as read" goes as the ids the reader had.
 */
import type { FeedbinClient } from '../feedbin/client';
import { IDS_PER_STATE_CALL } from '../feedbin/client-writes';
import { FeedbinRefusedError } from '../feedbin/errors';
import type { AccountCapabilities } from './backend';
import type { StatePusher } from './remote/push-outbox';

export const FEEDBIN_CAPABILITIES: AccountCapabilities = {
  subscriptions: true,
  folders: true,
  starred: true,
  markAllOnServer: false,
  itemLabels: false,
};

export function createFeedbinPusher(client: FeedbinClient): StatePusher {
  const call = (signal?: AbortSignal) => (signal ? { signal } : undefined);
  return {
    batchSize: IDS_PER_STATE_CALL,
    async setRead(ids, read, signal) {
      await (read ? client.markRead(ids, call(signal)) : client.markUnread(ids, call(signal)));
    },
    async setStarred(ids, starred, signal) {
      await (starred ? client.star(ids, call(signal)) : client.unstar(ids, call(signal)));
    },
    permanentRefusal: (error) => (error instanceof FeedbinRefusedError ? error.message : null),
  };
}
