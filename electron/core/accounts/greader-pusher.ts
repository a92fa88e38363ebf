/**
 * How the outbox reaches a Google Reader API server: read and star wishes as edit-tag calls, a "mark all as read"
 * as the server's own mark-all-as-read (where the service's call marks exactly the items up to an item's time,
 * services.ts `markAllByItemTime`), bookmark tags as item labels (where it keeps them, `itemLabels`). One pusher per
 * push: the subscription list it reads to check a mark-all's stream is read once.
 */
import type { GReaderClient } from '../greader/client';
import { GReaderRefusedError } from '../greader/errors';
import type { GReaderService } from '../greader/services';
import { labelName, labelStreamId, READ, READING_LIST, STARRED } from '../greader/streams';
import type { GReaderCallOptions, GReaderSubscription } from '../greader/types';
import type { MarkAllIntent } from '../library/outbox/mark-all-intents';
import type { AccountCapabilities } from './backend';
import type { StatePusher } from './remote/push-outbox';

/** What a Google Reader API account of this service can do here. */
export function greaderCapabilities(service: GReaderService): AccountCapabilities {
  return {
    subscriptions: true,
    folders: true,
    starred: true,
    markAllOnServer: service.quirks.markAllByItemTime,
    itemLabels: service.quirks.itemLabels && service.quirks.labelStreamsInItemIds,
  };
}

export function createGReaderPusher(client: GReaderClient): StatePusher {
  const { quirks } = client.service;
  const call = (signal?: AbortSignal): GReaderCallOptions | undefined => (signal ? { signal } : undefined);
  let subscriptions: Promise<GReaderSubscription[]> | null = null;
  const streamFeeds = async (intent: MarkAllIntent, signal?: AbortSignal): Promise<string[]> => {
    const list = await (subscriptions ??= client.subscriptions(call(signal)));
    switch (intent.scope) {
      case 'feed':
        return list.filter((feed) => feed.id === intent.remoteId).map((feed) => feed.id);
      case 'folder': {
        const name = intent.remoteId === null ? null : labelName(intent.remoteId);
        return list
          .filter((feed) => feed.labels.some((label) => (labelName(label.id) ?? label.name) === name))
          .map((feed) => feed.id);
      }
      case 'all':
        return list.map((feed) => feed.id);
    }
  };
  const pusher: StatePusher = {
    batchSize: client.service.limits.idsPerEdit,
    setRead: (ids, read, signal) => client.editTag(read ? { ids, add: READ } : { ids, remove: READ }, call(signal)),
    setStarred: (ids, starred, signal) =>
      client.editTag(starred ? { ids, add: STARRED } : { ids, remove: STARRED }, call(signal)),
    permanentRefusal: (error) => (error instanceof GReaderRefusedError ? error.message : null),
  };
  if (quirks.markAllByItemTime) {
    pusher.markAll = async (intent, signal) => {
      // The server's stream must hold exactly the feeds the reader marked (a feed moved or subscribed elsewhere since
      // would make it another set): otherwise the wishes go as id lists.
      if (!sameSet(await streamFeeds(intent, signal), intent.feeds)) return 'not-same-set';
      const stream =
        intent.scope === 'all'
          ? READING_LIST
          : intent.scope === 'folder'
            ? labelStreamId(labelName(intent.remoteId!)!)
            : intent.remoteId!;
      await client.markAllAsRead(stream, String(intent.upTo), call(signal));
      return 'sent';
    };
  }
  if (quirks.itemLabels && quirks.labelStreamsInItemIds) {
    pusher.setLabel = (ids, label, on, signal) =>
      client.editTag(on ? { ids, add: labelStreamId(label) } : { ids, remove: labelStreamId(label) }, call(signal));
  }
  return pusher;
}

function sameSet(server: readonly string[], marked: readonly string[]): boolean {
  const want = new Set(marked);
  return server.length === want.size && server.every((id) => want.has(id));
}
