/**
 * The writing calls, each a POST with the T token (session.ts). `edit-tag` sends one `a=` and one `r=` per call —
 * FreshRSS honours only the last of each (../shared/servers/freshrss/README.md) — and its ids in batches, all in the
 * form body (Miniflux reads `a` and `r` from the body only: internal/googlereader/README.md). Every call that
 * answers plain `OK` is checked for it: a server that answers something else did not do what was asked.
 */
import { GReaderBadResponseError, GReaderRefusedError } from './errors';
import { asNumber, asText, parseJsonObject } from './json-fields';
import { chunks, longIds } from './client-reads';
import { serverSentence } from './server-text';
import type { Fields, Session } from './session';
import type { GReaderCallOptions, GReaderEditTag, GReaderQuickAddResult, GReaderSubscriptionEdit } from './types';

export async function editTag(session: Session, edit: GReaderEditTag, options?: GReaderCallOptions): Promise<void> {
  const endpoint = 'reader/api/0/edit-tag';
  if (edit.add === undefined && edit.remove === undefined) return;
  const tagFields: [string, string][] = [];
  if (edit.add !== undefined) tagFields.push(['a', edit.add]);
  if (edit.remove !== undefined) tagFields.push(['r', edit.remove]);
  for (const batch of chunks(longIds(session, edit.ids), session.service.limits.idsPerEdit)) {
    const form: Fields = [...batch.map((id) => ['i', id] as const), ...tagFields];
    expectOk(await session.post(endpoint, [], form, options), endpoint);
  }
}

/**
 * Marks read every item of `stream` the server received up to `timestampUsec` — the server's own clock (an item's
 * `timestampUsec`, or the id of the newest item seen on FreshRSS), never this machine's: items that arrive on the
 * server after the reader's click stay unread.
 */
export async function markAllAsRead(
  session: Session,
  stream: string,
  timestampUsec: string,
  options?: GReaderCallOptions,
): Promise<void> {
  const endpoint = 'reader/api/0/mark-all-as-read';
  if (!/^\d{1,20}$/.test(timestampUsec)) throw new RangeError('markAllAsRead takes a timestamp in microseconds.');
  const form: Fields = [
    ['s', stream],
    ['ts', timestampUsec],
  ];
  expectOk(await session.post(endpoint, [], form, options), endpoint);
}

export async function subscriptionEdit(
  session: Session,
  edit: GReaderSubscriptionEdit,
  options?: GReaderCallOptions,
): Promise<void> {
  const endpoint = 'reader/api/0/subscription/edit';
  const form: [string, string][] = [
    ['ac', edit.action],
    ['s', edit.stream],
  ];
  if (edit.title !== undefined) form.push(['t', edit.title]);
  if (edit.addLabel !== undefined) form.push(['a', edit.addLabel]);
  if (edit.removeLabel !== undefined) form.push(['r', edit.removeLabel]);
  expectOk(await session.post(endpoint, [], form, options), endpoint);
}

/** Subscribes to a URL (a feed or a page that links one). A server that finds no feed is a GReaderRefusedError. */
export async function quickAdd(
  session: Session,
  url: string,
  options?: GReaderCallOptions,
): Promise<GReaderQuickAddResult> {
  const endpoint = 'reader/api/0/subscription/quickadd';
  const body = await session.post(endpoint, [['output', 'json']], [['quickadd', url]], options);
  const json = parseJsonObject(body, endpoint);
  const streamId = asText(json.streamId);
  if ((asNumber(json.numResults) ?? 0) < 1 || streamId === null) {
    const said = asText(json.error);
    const detail = said === null ? 'no feed was found there.' : serverSentence(said, session.secrets());
    throw new GReaderRefusedError(200, endpoint, detail);
  }
  return { streamId, title: asText(json.streamName) };
}

/** Renames a label: both are label streams (`labelStreamId(name)`). */
export async function renameTag(
  session: Session,
  from: string,
  to: string,
  options?: GReaderCallOptions,
): Promise<void> {
  const endpoint = 'reader/api/0/rename-tag';
  const form: Fields = [
    ['s', from],
    ['dest', to],
  ];
  expectOk(await session.post(endpoint, [], form, options), endpoint);
}

/** Deletes a label; its feeds stay subscribed (Google Reader's meaning, kept by every server). */
export async function disableTag(session: Session, stream: string, options?: GReaderCallOptions): Promise<void> {
  const endpoint = 'reader/api/0/disable-tag';
  expectOk(await session.post(endpoint, [], [['s', stream]], options), endpoint);
}

function expectOk(body: string, endpoint: string): void {
  if (body.trim().toUpperCase() !== 'OK') throw new GReaderBadResponseError(endpoint, 'it is not “OK”');
}
