/**
 * Stream ids: the names the Google Reader API gives to states, labels and feeds. Servers write the user part as
 * `-` or as the user's id (`user/1005921515/label/News` on Inoreader, `user/-/label/News` on FreshRSS), so reading
 * accepts both and writing always uses `-`, which every server reads as "the signed-in user"
 * (theoldreader/api README; bazqux/bazqux-api README, "User info").
 */

export const READING_LIST = 'user/-/state/com.google/reading-list';
export const READ = 'user/-/state/com.google/read';
export const STARRED = 'user/-/state/com.google/starred';

const LABEL = /^user\/[^/]+\/label\/(.+)$/;
const STATE = /^user\/[^/]+\/state\/com\.google\/(.+)$/;

/** The stream of a label (folder or tag) by its name. */
export function labelStreamId(name: string): string {
  return `user/-/label/${name}`;
}

/** The name of a label stream, or null when the stream is not a label. */
export function labelName(streamId: string): string | null {
  return LABEL.exec(streamId)?.[1] ?? null;
}

/** The state a stream names (`read`, `starred`, `reading-list`…), or null when it is not a state. */
export function stateName(streamId: string): string | null {
  return STATE.exec(streamId)?.[1] ?? null;
}

/** The stream id under which `subscription/edit` subscribes to a feed URL (all servers accept the URL form). */
export function feedStreamIdForUrl(url: string): string {
  return `feed/${url}`;
}
