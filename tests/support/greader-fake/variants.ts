/**
 * How each service the fake imitates departs from plain Google Reader behaviour. The fake exists for the quirks the
 * real FreshRSS in ../shared cannot show; each flag names where the behaviour is documented. The `freshrss` variant
 * follows what was measured against FreshRSS 1.25 (../shared/servers/freshrss/README.md), so the same client tests
 * can run against the fake and the real server.
 */

export type FakeServiceId = 'freshrss' | 'theoldreader' | 'bazqux' | 'miniflux' | 'inoreader' | 'other';

export interface FakeVariant {
  service: FakeServiceId;
  /** Path of the API endpoint under the server's origin (FreshRSS: /api/greader.php; the others: the root). */
  apiPath: string;
  /** How item ids look: numbers from `idBase` up, or 24-hex-digit ObjectIds (The Old Reader). */
  itemIds: 'number' | 'object-id';
  /** First item's number (FreshRSS ids are crawl times in microseconds; Miniflux's are small entry ids). */
  idBase: number;
  /** How an `i=` value without the long-form prefix is read. */
  shortIdInput: 'decimal' | 'hex' | 'object-id';
  /** BazQux answers a bare hexadecimal `i=` with a 500 (jocmp/capyreader pull request #2084). */
  bareHexIs500: boolean;
  /** What `continuation` is: the last id sent (FreshRSS), an offset (Miniflux), a token (Inoreader), the next id (BazQux). */
  continuation: 'last-id' | 'offset' | 'token' | 'next-id';
  /** Miniflux writes the offset as a JSON string (`json:",string"` in internal/googlereader/response.go). */
  continuationAsNumber: boolean;
  streamContents: boolean;
  /** Miniflux parses `it=` but ignores it (internal/googlereader/README.md). */
  includeFilter: boolean;
  /** Miniflux: "label streams are not supported here" (stream/items/ids). */
  labelStreamsInItemIds: boolean;
  /** Miniflux authenticates a POST by its T field alone, and T is the Auth token (internal/googlereader/README.md). */
  writeTokenIsAuth: boolean;
  /** A POST without T is refused with 401 (Miniflux); FreshRSS accepts one (measured). */
  requireWriteToken: boolean;
  /** FreshRSS honours only the last `a=` and the last `r=` of an edit-tag (measured). */
  editTagLastTagOnly: boolean;
  /** Inoreader wants AppId and AppKey headers on every request, 403 otherwise (inoreader.com/developers/app-auth). */
  appCredentials: boolean;
  /** The header that marks a refused token: FreshRSS `Google-Bad-Token`, Google and Miniflux `X-Reader-Google-Bad-Token`. */
  badTokenHeader: string;
  /** BazQux answers bad credentials with a 200 whose body is `Error=BadAuthentication` (bazqux/bazqux-api README). */
  badAuthAs200: boolean;
  /** Miniflux answers unknown /reader/api/0 paths with `[]` and 200 (internal/googlereader/README.md). */
  unknownPathAnswer: 'bad-request' | 'empty-array';
  /** How feed stream ids look: `feed/12` (FreshRSS, Miniflux), `feed/<url>` (Inoreader, BazQux), `feed/<ObjectId>` (The Old Reader). */
  feedIds: 'number' | 'url' | 'object-id';
  /** Whether `a=` on subscription/edit moves a feed (one folder per feed) or adds a folder (BazQux: "You can put one subscription in many folders"). */
  oneFolderPerFeed: boolean;
  /**
   * Miniflux keeps every feed in a category: subscription/edit ignores `r=` ("removing a label is not implemented
   * here"), and disable-tag moves the label's feeds to the first remaining category, failing (500, from
   * `RemoveAndReplaceCategoriesByName`) when none would remain (internal/googlereader/README.md, handler.go).
   */
  feedsAlwaysInFolder: boolean;
  /** Inoreader and BazQux send a `sortid` per label and feed. */
  sortIds: boolean;
  /** The user part of the stream ids the server writes: `-`, or the user's number (Inoreader, Miniflux). */
  userPart: string;
  /**
   * Which of an item's times mark-all-as-read compares with `ts`: `crawl` — when the server got it, as Google Reader
   * did (FreshRSS: its id, which is its crawl time, `id <= ts`); `published` — Miniflux, "only unread entries
   * published before ts" (internal/googlereader/README.md).
   */
  markAllCompares: 'crawl' | 'published';
  /**
   * What a label stream means to mark-all-as-read: FreshRSS looks for a category of that name first and only then for
   * a tag (p/api/greader.php markAllAsRead), and refuses a name that is neither; the others: the folder and the tag.
   */
  markAllLabel: 'folder-first' | 'folder-or-tag';
  /**
   * Whether edit-tag keeps user labels on items: FreshRSS (p/api/greader.php editTag), BazQux (README, "Tagging
   * items"), Inoreader (developers/edit-tag, "add custom tag"). Miniflux refuses them ("unsupported tag types cause
   * an error"); The Old Reader lists "Tagging items" as to do (README), so the fake ignores them there, and for
   * "other" too.
   */
  itemLabels: 'kept' | 'refused' | 'ignored';
}

const freshrss: FakeVariant = {
  service: 'freshrss',
  apiPath: '/api/greader.php',
  itemIds: 'number',
  idBase: 1_700_000_000_000_000,
  shortIdInput: 'decimal',
  bareHexIs500: false,
  continuation: 'last-id',
  continuationAsNumber: false,
  streamContents: true,
  includeFilter: true,
  labelStreamsInItemIds: true,
  writeTokenIsAuth: false,
  requireWriteToken: false,
  editTagLastTagOnly: true,
  appCredentials: false,
  badTokenHeader: 'Google-Bad-Token',
  badAuthAs200: false,
  unknownPathAnswer: 'bad-request',
  feedIds: 'number',
  oneFolderPerFeed: true,
  feedsAlwaysInFolder: false,
  sortIds: false,
  userPart: '-',
  markAllCompares: 'crawl',
  markAllLabel: 'folder-first',
  itemLabels: 'kept',
};

export const FAKE_VARIANTS: Readonly<Record<FakeServiceId, FakeVariant>> = {
  freshrss,
  // https://github.com/miniflux/v2/blob/main/internal/googlereader/README.md and miniflux/v2 issue #1498 (short ids
  // read as hexadecimal before pull request #3325).
  miniflux: {
    ...freshrss,
    service: 'miniflux',
    apiPath: '',
    idBase: 1,
    shortIdInput: 'hex',
    continuation: 'offset',
    streamContents: false,
    includeFilter: false,
    labelStreamsInItemIds: false,
    writeTokenIsAuth: true,
    requireWriteToken: true,
    editTagLastTagOnly: false,
    badTokenHeader: 'X-Reader-Google-Bad-Token',
    unknownPathAnswer: 'empty-array',
    feedsAlwaysInFolder: true,
    userPart: '1',
    markAllCompares: 'published',
    markAllLabel: 'folder-or-tag',
    itemLabels: 'refused',
  },
  // https://www.inoreader.com/developers/ (app-auth, rate-limiting, item-ids: "c - Continuation - a string").
  inoreader: {
    ...freshrss,
    service: 'inoreader',
    apiPath: '',
    idBase: 3_614_359_203,
    continuation: 'token',
    editTagLastTagOnly: false,
    appCredentials: true,
    badTokenHeader: 'X-Reader-Google-Bad-Token',
    feedIds: 'url',
    oneFolderPerFeed: false,
    sortIds: true,
    userPart: '1005921515',
    markAllLabel: 'folder-or-tag',
  },
  // https://github.com/theoldreader/api (README, "Differences": BSON ObjectIds for items and feeds).
  theoldreader: {
    ...freshrss,
    service: 'theoldreader',
    apiPath: '',
    itemIds: 'object-id',
    shortIdInput: 'object-id',
    continuation: 'token',
    editTagLastTagOnly: false,
    badTokenHeader: 'X-Reader-Google-Bad-Token',
    feedIds: 'object-id',
    markAllLabel: 'folder-or-tag',
    itemLabels: 'ignored',
  },
  // https://github.com/bazqux/bazqux-api (README: continuation "is just an ItemId", Error=BadAuthentication).
  bazqux: {
    ...freshrss,
    service: 'bazqux',
    apiPath: '',
    idBase: 910_533_068_000,
    bareHexIs500: true,
    continuation: 'next-id',
    editTagLastTagOnly: false,
    badTokenHeader: 'X-Reader-Google-Bad-Token',
    badAuthAs200: true,
    feedIds: 'url',
    oneFolderPerFeed: false,
    sortIds: true,
    markAllLabel: 'folder-or-tag',
  },
  other: {
    ...freshrss,
    service: 'other',
    apiPath: '',
    idBase: 1000,
    continuation: 'token',
    editTagLastTagOnly: false,
    badTokenHeader: 'X-Reader-Google-Bad-Token',
    markAllLabel: 'folder-or-tag',
    // A server the app knows nothing about: the fake plays one that ignores item labels, as the app assumes.
    itemLabels: 'ignored',
  },
};
