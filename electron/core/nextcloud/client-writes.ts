/**
 * The writing calls, with the v1-3 methods from the server's routes (appinfo/routes.php: v1-3 corrected v1-2's PUTs
 * to POST for move, rename and every read/star call; folder rename stays PUT) and JSON bodies. Item states go by
 * item id (`itemIds`, the v1-3 form; v1-2 took `items` and, for stars, feed id + guid hash), in batches so one body
 * stays small: the server loops over them and skips ids it does not know.
 */
import { NextcloudBadResponseError } from './errors';
import { parseJsonObject, requireList } from './json-fields';
import { newestItemIdOf, parseAll, parseFeed, parseFolder } from './parse';
import type { NextcloudSession } from './session';
import type { NextcloudCallOptions, NextcloudCreatedFeed, NextcloudFolder } from './types';
import { idSegment, wireId } from './wire-id';

/** Ids per `…/multiple` call. */
export const IDS_PER_CALL = 500;

export type ItemStateChange = 'read' | 'unread' | 'star' | 'unstar';

export async function createFolder(
  session: NextcloudSession,
  name: string,
  options?: NextcloudCallOptions,
): Promise<NextcloudFolder> {
  const endpoint = 'folders';
  const body = await session.send({ method: 'POST', endpoint, json: { name } }, options);
  const [folder] = parseAll(requireList(parseJsonObject(body, endpoint), 'folders', endpoint), parseFolder);
  if (folder === undefined) throw new NextcloudBadResponseError(endpoint, 'it holds no folder');
  return folder;
}

export async function renameFolder(
  session: NextcloudSession,
  folderId: string,
  name: string,
  options?: NextcloudCallOptions,
): Promise<void> {
  await session.send({ method: 'PUT', endpoint: `folders/${idSegment(folderId)}`, json: { name } }, options);
}

/** Deletes the folder and every feed in it (docs/api/api-v1-3.md "Delete a folder"). */
export async function deleteFolder(session: NextcloudSession, folderId: string, options?: NextcloudCallOptions) {
  await session.send({ method: 'DELETE', endpoint: `folders/${idSegment(folderId)}` }, options);
}

/** Subscribes; `folderId` null puts the feed at the top level. The server fetches the feed before it answers. */
export async function createFeed(
  session: NextcloudSession,
  url: string,
  folderId: string | null,
  options?: NextcloudCallOptions,
): Promise<NextcloudCreatedFeed> {
  const endpoint = 'feeds';
  const json = { url, folderId: folderId === null ? null : wireId(folderId) };
  const answer = parseJsonObject(await session.send({ method: 'POST', endpoint, json }, options), endpoint);
  const [feed] = parseAll(requireList(answer, 'feeds', endpoint), parseFeed);
  if (feed === undefined) throw new NextcloudBadResponseError(endpoint, 'it holds no feed');
  return { feed, newestItemId: newestItemIdOf(answer) };
}

export async function deleteFeed(session: NextcloudSession, feedId: string, options?: NextcloudCallOptions) {
  await session.send({ method: 'DELETE', endpoint: `feeds/${idSegment(feedId)}` }, options);
}

export async function moveFeed(
  session: NextcloudSession,
  feedId: string,
  folderId: string | null,
  options?: NextcloudCallOptions,
): Promise<void> {
  const json = { folderId: folderId === null ? null : wireId(folderId) };
  await session.send({ method: 'POST', endpoint: `feeds/${idSegment(feedId)}/move`, json }, options);
}

export async function renameFeed(
  session: NextcloudSession,
  feedId: string,
  title: string,
  options?: NextcloudCallOptions,
): Promise<void> {
  const json = { feedTitle: title };
  await session.send({ method: 'POST', endpoint: `feeds/${idSegment(feedId)}/rename`, json }, options);
}

/** Marks items read, unread, starred or unstarred by id, in batches of IDS_PER_CALL. */
export async function changeItems(
  session: NextcloudSession,
  change: ItemStateChange,
  itemIds: readonly string[],
  options?: NextcloudCallOptions,
): Promise<void> {
  const ids = [...new Set(itemIds)].map(wireId);
  const endpoint = `items/${change}/multiple`;
  for (let start = 0; start < ids.length; start += IDS_PER_CALL) {
    const json = { itemIds: ids.slice(start, start + IDS_PER_CALL) };
    await session.send({ method: 'POST', endpoint, json }, options);
  }
}

/** Where a mark-all applies: every item, one feed's or one folder's. */
export type MarkReadScope = { type: 'all' } | { type: 'feed'; id: string } | { type: 'folder'; id: string };

/**
 * Marks read every item of the scope whose id is at most `newestItemId` — the newest item the reader had seen, so
 * items that reached the server after the click stay unread (docs/api/api-v1-3.md "Mark all items as read").
 */
export async function markRead(
  session: NextcloudSession,
  scope: MarkReadScope,
  newestItemId: string,
  options?: NextcloudCallOptions,
): Promise<void> {
  const endpoint =
    scope.type === 'all' ? 'items/read' : `${scope.type === 'feed' ? 'feeds' : 'folders'}/${idSegment(scope.id)}/read`;
  await session.send({ method: 'POST', endpoint, json: { newestItemId: wireId(newestItemId) } }, options);
}
