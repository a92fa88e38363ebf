/**
 * Item ids in the one form every Google Reader API server reads the same way. Servers write ids in two forms
 * (https://github.com/mihaip/google-reader-api/blob/master/wiki/ItemId.wiki, repeated by Inoreader's
 * developers/article-ids page): the long form `tag:google.com,2005:reader/item/<16 hex digits>` and the short form,
 * a signed decimal. Servers disagree on how they READ a short id: FreshRSS reads it as decimal, Miniflux before
 * 2.2.9 read it as hexadecimal (miniflux/v2 issue #1498, fixed by pull request #3325), BazQux answers bare hex with a
 * 500 (jocmp/capyreader pull request #2084). So the client converts every id it receives to the long form once and
 * only ever sends that; stored remote ids are long forms too, so one article has one remote id whatever the server.
 * The Old Reader's ids are 24-digit BSON ObjectIds, not 64-bit numbers (theoldreader/api README, "Differences"):
 * they are kept as they are, behind the same prefix (as RSS Guard's convertShortStreamIdToLongStreamId does).
 */

export const ITEM_ID_PREFIX = 'tag:google.com,2005:reader/item/';

/**
 * How a server writes short ids: `number` — a signed 64-bit decimal (FreshRSS, Miniflux, Inoreader, BazQux,
 * Google's own); `opaque` — a string that is not a number (The Old Reader's ObjectIds).
 */
export type ItemIdForm = 'number' | 'opaque';

const MAX_ID_LENGTH = 128;
const UINT64_LIMIT = 1n << 64n;
const INT64_MIN = -(1n << 63n);
const DECIMAL = /^-?\d{1,20}$/;
const HEX_UP_TO_16 = /^[0-9a-fA-F]{1,16}$/;
const HEX_16_WITH_LETTER = /^(?=.*[a-fA-F])[0-9a-fA-F]{16}$/;
const OPAQUE = /^[\x21-\x7e]+$/;

/**
 * The long form of an id as a server wrote it, or null when it cannot be an item id (empty, too long, spaces or
 * control characters, a number outside 64 bits). A long form with up to 16 hex digits comes back zero-padded in lower
 * case; a long form with anything else after the prefix (an ObjectId) comes back unchanged.
 */
export function toLongItemId(raw: string, form: ItemIdForm): string | null {
  if (raw.length === 0 || raw.length > MAX_ID_LENGTH || !OPAQUE.test(raw)) return null;
  if (raw.startsWith(ITEM_ID_PREFIX)) return fromLongForm(raw.slice(ITEM_ID_PREFIX.length));
  if (form === 'opaque') return ITEM_ID_PREFIX + raw;
  if (DECIMAL.test(raw)) return fromDecimal(raw);
  // Reeder sends 16 bare hex digits (miniflux/v2 pull request #3325); one with a letter cannot be a decimal.
  if (HEX_16_WITH_LETTER.test(raw)) return ITEM_ID_PREFIX + raw.toLowerCase();
  return null;
}

/** The signed decimal short form of a numeric long form (what Google Reader itself wrote), or null. */
export function toShortItemId(longId: string): string | null {
  if (!longId.startsWith(ITEM_ID_PREFIX)) return null;
  const hex = longId.slice(ITEM_ID_PREFIX.length);
  if (!HEX_UP_TO_16.test(hex)) return null;
  return BigInt.asIntN(64, BigInt(`0x${hex}`)).toString();
}

/** The long form of a 64-bit id given as a BigInt (negative values are the signed short form). */
export function longItemIdFromBigInt(value: bigint): string | null {
  if (value < INT64_MIN || value >= UINT64_LIMIT) return null;
  return ITEM_ID_PREFIX + BigInt.asUintN(64, value).toString(16).padStart(16, '0');
}

function fromLongForm(tail: string): string | null {
  if (tail.length === 0) return null;
  if (HEX_UP_TO_16.test(tail)) return ITEM_ID_PREFIX + tail.toLowerCase().padStart(16, '0');
  return ITEM_ID_PREFIX + tail;
}

function fromDecimal(raw: string): string | null {
  return longItemIdFromBigInt(BigInt(raw));
}
