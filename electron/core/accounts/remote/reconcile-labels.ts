/**
 * Item labels become the tags of the reader's bookmarks, once a sync has every label's items. For each bookmarked
 * article of the account, per label (never one named like a folder: that is the folder, and a tag of that name
 * stays here):
 * - a change of that tag still waiting in the outbox wins (a pending local change beats server state);
 * - on the server and not here: added on another device, the tag is added;
 * - here and not on the server: removed on another device if the server had it at the last sync, so the tag goes;
 *   otherwise the server never knew it (written before labels travelled, or refused) and it stays: sync never
 *   deletes what the reader wrote.
 * What the server had is then remembered for the next sync. Labels on items not bookmarked here are not tags here
 * (a bookmark holds the tags); they stay on the server and come back if the item is starred again.
 */
import { LIMITS } from '../../../api/library-models';
import { all, transaction, type Db } from '../../db/sql';
import { folderNamesOf, pendingLabels } from '../../library/outbox/label-changes';
import { addBookmarkTags, bookmarkTagsOf, removeBookmarkTags } from '../../library/tables/bookmarks-table';
import { replaceServerLabels, serverLabelsOf } from '../../library/tables/server-labels-table';

/** Returns how many bookmarks' tags changed. */
export function reconcileLabels(
  db: Db,
  accountId: string,
  serverLabels: ReadonlyMap<string, ReadonlySet<string>>,
): number {
  return transaction(db, () => {
    const folders = folderNamesOf(db, accountId);
    const travels = (label: string) => !folders.has(label.toLowerCase()) && fitsAsTag(label);
    const lastSeen = serverLabelsOf(db, accountId);
    const pending = pendingLabels(db, accountId);
    const seenNow = new Map<string, Set<string>>();
    let changed = 0;
    const bookmarked = all<{ id: number; remote_id: string }>(
      db,
      `SELECT a.id, a.remote_id FROM articles a JOIN feeds f ON f.id = a.feed_id JOIN bookmarks b ON b.article_id = a.id
       WHERE f.account_id = ? AND a.remote_id IS NOT NULL`,
      accountId,
    );
    for (const { id, remote_id: remoteId } of bookmarked) {
      const server = new Set([...(serverLabels.get(remoteId) ?? [])].filter(travels));
      const before = lastSeen.get(remoteId) ?? new Set<string>();
      const waiting = pending.get(remoteId);
      const local = new Set(bookmarkTagsOf(db, id));
      const remove = [...local].filter(
        (label) => travels(label) && !server.has(label) && before.has(label) && !waiting?.has(label),
      );
      // A bookmark holds at most LIMITS.tags tags, as the reader's own form allows.
      const room = Math.max(0, LIMITS.tags - (local.size - remove.length));
      const add = [...server].filter((label) => !local.has(label) && !waiting?.has(label)).slice(0, room);
      if (remove.length > 0) removeBookmarkTags(db, id, remove);
      if (add.length > 0) addBookmarkTags(db, id, add);
      if (add.length + remove.length > 0) changed += 1;
      if (server.size > 0) seenNow.set(remoteId, server);
    }
    replaceServerLabels(db, accountId, seenNow);
    return changed;
  });
}

/** A label the bookmark form would accept as a tag (the reader could not have written a longer or blank one). */
function fitsAsTag(label: string): boolean {
  const trimmed = label.trim();
  return trimmed.length > 0 && trimmed === label && label.length <= LIMITS.tag;
}
