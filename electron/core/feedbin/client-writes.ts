/**
 * The writing calls. Subscribing reads the statuses Feedbin documents for it (content/subscriptions.md): 201 a new
 * subscription, 302 one that was already there (a transport that follows the redirect ends in a 200 from
 * `subscriptions/<id>.json`: the same meaning), 300 several feeds at a site's address — a choice for the reader,
 * not an error — and 404 no feed at all. Tagging reads 201 and 302 the same way (content/taggings.md). Entry
 * states go at most 1,000 ids per request (unread-entries.md, starred-entries.md); each answer lists the ids Feedbin
 * changed, and those are what the calls return. Deleting a subscription or tagging that is already gone (403, 404)
 * counts as done: that is what was asked, and a replayed change must not fail forever.
 */
import { FeedbinBadResponseError, FeedbinRefusedError } from './errors';
import { parseChoices, parseIdList, parseSubscription, parseTagging, parseTaggings } from './parse';
import type { Session } from './session';
import type { FeedbinCallOptions, FeedbinSubscribeResult, FeedbinSubscription, FeedbinTagging } from './types';
import { chunks, wireId, wireIds } from './wire-ids';

/** Entry ids per state request (unread-entries.md, starred-entries.md: "a limit of 1,000 entry_ids per request"). */
export const IDS_PER_STATE_CALL = 1000;

export async function createSubscription(
  session: Session,
  feedUrl: string,
  options?: FeedbinCallOptions,
): Promise<FeedbinSubscribeResult> {
  const endpoint = 'subscriptions.json';
  const response = await session.send('POST', endpoint, { json: { feed_url: feedUrl } }, options);
  if (response.status === 300) return { kind: 'choices', choices: parseChoices(response.body, endpoint) };
  if (response.status === 404) throw new FeedbinRefusedError(404, endpoint, 'no feed was found at that address.');
  const body = response.status === 302 ? response.body : session.bodyOf(response, endpoint);
  return { kind: response.status === 201 ? 'created' : 'existing', subscription: subscriptionIn(body, endpoint) };
}

/** Sets the subscription's own title (`PATCH subscriptions/<id>.json`). */
export async function updateSubscription(
  session: Session,
  subscriptionId: string,
  title: string,
  options?: FeedbinCallOptions,
): Promise<FeedbinSubscription> {
  const endpoint = `subscriptions/${wireId(subscriptionId, 'The subscription id')}.json`;
  const response = await session.send('PATCH', endpoint, { json: { title } }, options);
  return subscriptionIn(session.bodyOf(response, endpoint), endpoint);
}

export async function deleteSubscription(
  session: Session,
  subscriptionId: string,
  options?: FeedbinCallOptions,
): Promise<void> {
  await deleteRecord(session, `subscriptions/${wireId(subscriptionId, 'The subscription id')}.json`, options);
}

/** Puts a feed in a tag (Feedbin's folder); a tagging that exists already (302) is returned as it is. */
export async function createTagging(
  session: Session,
  feedId: string,
  name: string,
  options?: FeedbinCallOptions,
): Promise<FeedbinTagging> {
  const endpoint = 'taggings.json';
  const json = { feed_id: wireId(feedId, 'The feed id'), name };
  const response = await session.send('POST', endpoint, { json }, options);
  const body = response.status === 302 ? response.body : session.bodyOf(response, endpoint);
  const tagging = parseTagging(body, endpoint);
  if (tagging === null) throw new FeedbinBadResponseError(endpoint, 'the tagging has no id, feed or name');
  return tagging;
}

export async function deleteTagging(session: Session, taggingId: string, options?: FeedbinCallOptions): Promise<void> {
  await deleteRecord(session, `taggings/${wireId(taggingId, 'The tagging id')}.json`, options);
}

/** Renames a tag on every feed (`POST tags.json`); Feedbin answers with every tagging after the rename. */
export async function renameTag(
  session: Session,
  oldName: string,
  newName: string,
  options?: FeedbinCallOptions,
): Promise<FeedbinTagging[]> {
  const endpoint = 'tags.json';
  const response = await session.send('POST', endpoint, { json: { old_name: oldName, new_name: newName } }, options);
  return parseTaggings(session.bodyOf(response, endpoint), endpoint);
}

/** Deletes a tag; its feeds stay subscribed. Feedbin answers with every tagging left (content/tags.md). */
export async function deleteTag(
  session: Session,
  name: string,
  options?: FeedbinCallOptions,
): Promise<FeedbinTagging[]> {
  const endpoint = 'tags.json';
  const response = await session.send('DELETE', endpoint, { json: { name } }, options);
  return parseTaggings(session.bodyOf(response, endpoint), endpoint);
}

/** Which entry-state list a call changes, and how: POST adds ids to it, DELETE takes them out. */
export type StateChange =
  { list: 'unread_entries'; method: 'POST' | 'DELETE' } | { list: 'starred_entries'; method: 'POST' | 'DELETE' };

/** Sends the ids in batches of 1,000; the ids Feedbin says it changed, as strings. */
export async function changeStates(
  session: Session,
  change: StateChange,
  ids: readonly string[],
  options?: FeedbinCallOptions,
): Promise<string[]> {
  const endpoint = `${change.list}.json`;
  const changed: string[] = [];
  for (const batch of chunks(wireIds(ids), IDS_PER_STATE_CALL)) {
    const response = await session.send(change.method, endpoint, { json: { [change.list]: batch } }, options);
    changed.push(...parseIdList(session.bodyOf(response, endpoint), endpoint));
  }
  return changed;
}

async function deleteRecord(session: Session, endpoint: string, options?: FeedbinCallOptions): Promise<void> {
  const response = await session.send('DELETE', endpoint, {}, options);
  if (response.status === 403 || response.status === 404) return;
  session.bodyOf(response, endpoint);
}

function subscriptionIn(body: string, endpoint: string): FeedbinSubscription {
  const subscription = parseSubscription(body, endpoint);
  if (subscription === null) throw new FeedbinBadResponseError(endpoint, 'the subscription has no id or feed id');
  return subscription;
}
