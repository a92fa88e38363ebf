/**
 * The real FreshRSS as a Fever conformance target: the same server and "other device" as freshrss-target.ts (a
 * Google Reader client signed in with the API password), while the app under test speaks Fever at
 * `<url>/api/fever.php` with the same user and API password. The cases see Fever's ids (FreshRSS's entry ids in
 * decimal); the other device's long-form ids are translated both ways. Fever cannot subscribe or change folders from
 * the app: those cases are skipped (`lacks`).
 */
import { toLongItemId, toShortItemId } from '../../../../electron/core/greader/item-id';
import { freshrssTarget } from './freshrss-target';
import type { ConformanceTarget, RemoteSide } from './remote-side';

export function freshrssFeverTarget(): ConformanceTarget {
  const base = freshrssTarget();
  return {
    name: 'the real FreshRSS (Fever API)',
    unavailable: base.unavailable,
    large: false,
    lacks: ['subscriptions', 'folders'],
    async start(): Promise<RemoteSide> {
      return feverSide(await base.start());
    },
  };
}

const short = (id: string) => toShortItemId(id) ?? id;
const long = (id: string) => toLongItemId(id, 'number') ?? id;
const shortSet = (ids: Set<string>) => new Set([...ids].map(short));

function feverSide(side: RemoteSide): RemoteSide {
  if (side.input.kind !== 'greader') throw new Error('The FreshRSS target speaks the Google Reader API.');
  const { url, user, password } = side.input;
  return {
    ...side,
    input: { kind: 'fever', url: url!.replace(/greader\.php$/, 'fever.php'), user, password },
    addItems: async (feedUrl, count) => (await side.addItems(feedUrl, count)).map(short),
    itemIds: async () => (await side.itemIds()).map(short),
    readIds: async () => shortSet(await side.readIds()),
    starredIds: async () => shortSet(await side.starredIds()),
    markRead: (ids, read) => side.markRead(ids.map(long), read),
    star: (ids, starred) => side.star(ids.map(long), starred),
    // Fever has no item labels: the app keeps bookmark tags here, whatever the server could hold.
    keepsItemLabels: false,
    label: (ids, label, on) => side.label(ids.map(long), label, on),
    labelsOf: (id) => side.labelsOf(long(id)),
  };
}
