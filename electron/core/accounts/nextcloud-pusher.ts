/**
 * How the outbox reaches Nextcloud News: read, unread, star and unstar by item id (`items/{read,unread,star,unstar}/
 * multiple` with `itemIds`). The API document sets no limit on a call's ids; the client sends them `IDS_PER_CALL`
 * (500) at a time so one body stays small. Each call sets a state (never toggles), so a change replayed after a
 * crash finds the server in that state already and changes nothing; ids the server no longer has are skipped there.
 *
 * Mark all as read goes as the server's own call: `feeds/{id}/read`, `folders/{id}/read` or `items/read` with
 * `newestItemId` mark read exactly the scope's items whose id is at most that one (ItemMapperV2::readAll, `id <=`).
 * The intent's `upTo` is the newest `remote_time` the reader had in the stream, and an item's `serverTime` is its id
 * (nextcloud-items.ts), so the call means "the items up to the newest one the reader saw": items that reached the
 * server after stay unread. The server's scope must still hold exactly the feeds the reader marked (a feed moved or
 * subscribed elsewhere since makes it another set): otherwise the wishes go as id lists.
 */
import { NextcloudRefusedError } from '../nextcloud/errors';
import type { NextcloudClient } from '../nextcloud/client';
import { IDS_PER_CALL } from '../nextcloud/client-writes';
import type { NextcloudFeed } from '../nextcloud/types';
import type { MarkAllIntent } from '../library/outbox/mark-all-intents';
import type { AccountCapabilities } from './backend';
import type { StatePusher } from './remote/push-outbox';

export const NEXTCLOUD_CAPABILITIES: AccountCapabilities = {
  subscriptions: true,
  folders: true,
  starred: true,
  markAllOnServer: true,
  itemLabels: false,
};

export function createNextcloudPusher(client: NextcloudClient): StatePusher {
  const call = (signal?: AbortSignal) => (signal ? { signal } : undefined);
  // Read once per push: every mark-all of this push checks its scope against the same list.
  let feeds: Promise<NextcloudFeed[]> | null = null;
  return {
    batchSize: IDS_PER_CALL,
    setRead: (ids, read, signal) =>
      read ? client.markItemsRead(ids, call(signal)) : client.markItemsUnread(ids, call(signal)),
    setStarred: (ids, starred, signal) =>
      starred ? client.starItems(ids, call(signal)) : client.unstarItems(ids, call(signal)),
    async markAll(intent, signal) {
      const list = await (feeds ??= client.feeds(call(signal)).then((answer) => answer.feeds));
      if (!sameSet(feedsInScope(list, intent), intent.feeds)) return 'not-same-set';
      const scope =
        intent.scope === 'all' ? ({ type: 'all' } as const) : ({ type: intent.scope, id: intent.remoteId! } as const);
      await client.markRead(scope, String(intent.upTo), call(signal));
      return 'sent';
    },
    // A 4xx other than 401 (the feed or folder is gone), or an id that is not a Nextcloud id: never accepted.
    permanentRefusal: (error) =>
      error instanceof NextcloudRefusedError || error instanceof RangeError ? error.message : null,
  };
}

function feedsInScope(list: readonly NextcloudFeed[], intent: MarkAllIntent): string[] {
  switch (intent.scope) {
    case 'feed':
      return list.filter((feed) => feed.id === intent.remoteId).map((feed) => feed.id);
    case 'folder':
      return list.filter((feed) => feed.folderId === intent.remoteId).map((feed) => feed.id);
    case 'all':
      return list.map((feed) => feed.id);
  }
}

function sameSet(server: readonly string[], marked: readonly string[]): boolean {
  const want = new Set(marked);
  return server.length === want.size && server.every((id) => want.has(id));
}
