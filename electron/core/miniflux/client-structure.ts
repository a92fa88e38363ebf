/**
 * Who am I, categories and feeds (miniflux.app/docs/api.html). Creating answers 201 with the new object (a feed:
 * only `{"feed_id": …}`), updating answers 201 with the object, deleting and refreshing answer 204. A category or
 * feed that already exists is a 400 with the server's reason: a MinifluxRefusedError the reader can read.
 */
import { MinifluxBadResponseError } from './errors';
import { asId, parseList, parseObject } from './json-fields';
import { parseCategory, parseFeed, parseUser } from './parse';
import type { Session } from './session';
import type {
  MinifluxCallOptions,
  MinifluxCategory,
  MinifluxFeed,
  MinifluxFeedCreate,
  MinifluxFeedUpdate,
  MinifluxUser,
} from './types';
import { wireId } from './wire-ids';

/** `GET /v1/me`: validates the credentials (401 when refused) and names the account. */
export async function me(session: Session, options?: MinifluxCallOptions): Promise<MinifluxUser> {
  return parseUser(await session.send('GET', 'v1/me', {}, options), 'GET v1/me');
}

export async function categories(session: Session, options?: MinifluxCallOptions): Promise<MinifluxCategory[]> {
  const body = await session.send('GET', 'v1/categories', {}, options);
  return parseList(body, 'GET v1/categories')
    .map(parseCategory)
    .filter((category): category is MinifluxCategory => category !== null);
}

export async function createCategory(
  session: Session,
  title: string,
  options?: MinifluxCallOptions,
): Promise<MinifluxCategory> {
  const body = await session.send('POST', 'v1/categories', { json: JSON.stringify({ title }) }, options);
  return requireCategory(body, 'POST v1/categories');
}

export async function renameCategory(
  session: Session,
  id: string,
  title: string,
  options?: MinifluxCallOptions,
): Promise<MinifluxCategory> {
  const path = `v1/categories/${wireId(id)}`;
  const body = await session.send('PUT', path, { json: JSON.stringify({ title }) }, options);
  return requireCategory(body, `PUT ${path}`);
}

/**
 * Deletes a category, and with it its feeds and their entries (`feeds.category_id … on delete cascade`,
 * internal/database/migrations.go): a caller moves them to another category first.
 */
export async function deleteCategory(session: Session, id: string, options?: MinifluxCallOptions): Promise<void> {
  // Already gone (a replayed delete, or deleted elsewhere) is what was asked for.
  await session.send('DELETE', `v1/categories/${wireId(id)}`, { allowNotFound: true }, options);
}

export async function feeds(session: Session, options?: MinifluxCallOptions): Promise<MinifluxFeed[]> {
  const body = await session.send('GET', 'v1/feeds', {}, options);
  return parseList(body, 'GET v1/feeds')
    .map(parseFeed)
    .filter((feed): feed is MinifluxFeed => feed !== null);
}

/** Subscribes; the server fetches the feed first and answers 400 with its reason when it cannot. Returns the id. */
export async function createFeed(
  session: Session,
  create: MinifluxFeedCreate,
  options?: MinifluxCallOptions,
): Promise<string> {
  const fields = [`"feed_url":${JSON.stringify(create.feedUrl)}`];
  if (create.categoryId !== undefined) fields.push(`"category_id":${wireId(create.categoryId)}`);
  const endpoint = 'POST v1/feeds';
  const body = await session.send('POST', 'v1/feeds', { json: `{${fields.join(',')}}` }, options);
  const id = asId(parseObject(body, endpoint).feed_id);
  if (id === null) throw new MinifluxBadResponseError(endpoint, 'it names no feed');
  return id;
}

/** Renames a feed or moves it to another category (or both). */
export async function updateFeed(
  session: Session,
  id: string,
  update: MinifluxFeedUpdate,
  options?: MinifluxCallOptions,
): Promise<void> {
  const fields: string[] = [];
  if (update.title !== undefined) fields.push(`"title":${JSON.stringify(update.title)}`);
  if (update.categoryId !== undefined) fields.push(`"category_id":${wireId(update.categoryId)}`);
  if (fields.length === 0) return;
  await session.send('PUT', `v1/feeds/${wireId(id)}`, { json: `{${fields.join(',')}}` }, options);
}

/** Unsubscribes; a feed already gone (a replayed delete, or removed elsewhere) is not an error. */
export async function deleteFeed(session: Session, id: string, options?: MinifluxCallOptions): Promise<void> {
  await session.send('DELETE', `v1/feeds/${wireId(id)}`, { allowNotFound: true }, options);
}

/** Asks the server to fetch the feed now (it answers at once; new entries arrive with a later sync). */
export async function refreshFeed(session: Session, id: string, options?: MinifluxCallOptions): Promise<void> {
  await session.send('PUT', `v1/feeds/${wireId(id)}/refresh`, {}, options);
}

function requireCategory(body: string | null, endpoint: string): MinifluxCategory {
  const category = parseCategory(parseObject(body, endpoint));
  if (category === null) throw new MinifluxBadResponseError(endpoint, 'it names no category');
  return category;
}
