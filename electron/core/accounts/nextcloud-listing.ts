/**
 * The complete listing of a Nextcloud News account, for the first sync (and whenever the unread count here no longer
 * matches the server's): Nextcloud has no id-only lists, so the only way to know every unread item is to page
 * through them (`items?type=3&getRead=false`, newest first, `ITEMS_PER_PAGE` a page), and every starred one
 * (`type=2`). Each page is stored in one transaction as it arrives, so the first articles are readable at once.
 *
 * Of the unread items, those the server received or changed within the reader's window (`bodyDays`, read at each
 * sync) are stored, and `OLDER_PER_PULL` older ones; the rest are counted at once as pending items (their ids are
 * known now) and come `OLDER_PER_PULL` per sync from where the stored ones stopped (`fetchOlder`). Read items are
 * not listed: the API's "How To Sync" asks for unread and starred only, and later syncs bring new ones anyway. With
 * both complete sets, every stored article's read and starred state is reconciled.
 */
import { countPendingItems, listPendingItems, removePendingItems } from '../library/tables/remote-pending-items-table';
import type { NextcloudItem, NextcloudItemsQuery } from '../nextcloud/types';
import type { NextcloudCursor } from './nextcloud-cursor';
import type { PullContext } from './nextcloud-pull-context';
import { storedRemoteIds } from './remote/apply-items';
import { recordUnreadOnServer } from './remote/pending-items';
import { reconcileStates } from './remote/reconcile-states';

export const ITEMS_PER_PAGE = 250;
/** Older unread items (outside the window) stored per pull: bounded work, so no first sync "never ends". */
export const OLDER_PER_PULL = 4 * ITEMS_PER_PAGE;
const DAY_MS = 86_400_000;

/** Lists everything; answers the cursor the deltas start from, and how many stored articles changed state. */
export async function listEverything(ctx: PullContext): Promise<{ cursor: NextcloudCursor; pulledStates: number }> {
  // Before anything is listed: the newest item's stamp. Every change from now on is stamped later on the server's
  // clock, so asking `items/updated` from it misses nothing that happens while the listing runs.
  const probe = await ctx.client.items({ scope: { type: 'all' }, batchSize: 1 }, ctx.call);
  const newest = probe.items[0] ?? null;
  const unread = await listUnread(ctx);
  const starred: string[] = [];
  const stored = storedRemoteIds(ctx.db(), ctx.accountId);
  for await (const items of pages(ctx, { scope: { type: 'starred' }, batchSize: ITEMS_PER_PAGE })) {
    starred.push(...items.map((item) => item.id));
    ctx.store(items.filter((item) => !stored.has(item.id)));
  }
  recordUnreadOnServer(ctx.db(), ctx.accountId, unread.ids, storedRemoteIds(ctx.db(), ctx.accountId), ctx.startedAt);
  const states = reconcileStates(ctx.db(), ctx.accountId, new Set(unread.ids), new Set(starred), ctx.now());
  return {
    cursor: {
      lastModified: newest?.lastModified ?? 0,
      newestItemId: newest?.id ?? null,
      older: countPendingItems(ctx.db(), ctx.accountId) > 0 ? unread.older : null,
    },
    pulledStates: states.read + states.unread + states.starred + states.unstarred,
  };
}

async function listUnread(ctx: PullContext): Promise<{ ids: string[]; older: { offset: string | null } | null }> {
  const days = ctx.bodyDays;
  const since = days === null ? null : ctx.startedAt - days * DAY_MS;
  // An item whose time is unknown counts as recent: better stored than forgotten.
  const recent = (item: NextcloudItem) => since === null || (item.lastModified ?? Infinity) * 1000 >= since;
  const stored = storedRemoteIds(ctx.db(), ctx.accountId);
  const ids: string[] = [];
  let budget = OLDER_PER_PULL;
  let older: { offset: string | null } | null = null;
  let previous: string | null = null;
  for await (const items of pages(ctx, { scope: { type: 'all' }, getRead: false, batchSize: ITEMS_PER_PAGE })) {
    const keep: NextcloudItem[] = [];
    for (const item of items) {
      ids.push(item.id);
      if (!stored.has(item.id)) {
        if (recent(item)) keep.push(item);
        else if (older === null && budget > 0) {
          budget -= 1;
          keep.push(item);
        } else older ??= { offset: previous };
      }
      previous = item.id;
    }
    ctx.store(keep);
  }
  return { ids, older };
}

/**
 * The next `OLDER_PER_PULL` pending (older unread) items, newest first, from where the last pull stopped. Once the
 * listing reaches its end, a pending id it did not meet is no longer unread on the server (read, or its feed gone):
 * it leaves the count. Answers where the next pull continues, or null when nothing waits.
 */
export async function fetchOlder(ctx: PullContext, older: NextcloudCursor['older']): Promise<NextcloudCursor['older']> {
  if (older === null) return null;
  const pending = listPendingItems(ctx.db(), ctx.accountId);
  if (pending.size === 0) return null;
  const stored = storedRemoteIds(ctx.db(), ctx.accountId);
  const seen = new Set<string>();
  let offset = older.offset;
  let fetched = 0;
  for (;;) {
    ctx.signal?.throwIfAborted();
    const page = await ctx.client.items(
      { scope: { type: 'all' }, getRead: false, batchSize: ITEMS_PER_PAGE, offset },
      ctx.call,
    );
    for (const item of page.items) seen.add(item.id);
    const fresh = page.items.filter((item) => !stored.has(item.id));
    ctx.store(fresh);
    fetched += fresh.length;
    if (page.nextOffset === null || page.nextOffset === offset) break;
    offset = page.nextOffset;
    if (fetched >= OLDER_PER_PULL) return { offset };
  }
  removePendingItems(
    ctx.db(),
    ctx.accountId,
    [...pending.keys()].filter((id) => !seen.has(id)),
  );
  return null;
}

/** Every page of a listing, checked for a stop between pages. */
async function* pages(ctx: PullContext, query: NextcloudItemsQuery): AsyncGenerator<NextcloudItem[]> {
  for await (const page of ctx.client.itemPages(query, ctx.call)) {
    ctx.signal?.throwIfAborted();
    yield page.items;
  }
}
