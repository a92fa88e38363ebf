/**
 * The Google Reader API services Broadsheet knows, as data: what the add-account form asks for, where the API lives,
 * and how each server departs from what FreshRSS does. The client reads these flags; nothing else asks which
 * service it talks to. Every quirk names where it is documented.
 */
import type { ItemIdForm } from './item-id';

export const GREADER_SERVICE_IDS = ['freshrss', 'theoldreader', 'bazqux', 'miniflux', 'inoreader', 'other'] as const;
export type GReaderServiceId = (typeof GREADER_SERVICE_IDS)[number];

/** What a continuation is: an opaque string, a row offset (Miniflux), or an item id (BazQux). Always kept a string. */
export type ContinuationKind = 'opaque' | 'offset' | 'item-id';

export interface GReaderQuirks {
  /** How the server writes short item ids in `stream/items/ids`. */
  readonly itemIdForm: ItemIdForm;
  readonly continuation: ContinuationKind;
  /** Whether `stream/contents` exists (the client never needs it: ids, then `stream/items/contents`). */
  readonly streamContents: boolean;
  /** Whether `it=` (include target) filters `stream/items/ids`; when not, ask the state's own stream instead. */
  readonly includeFilter: boolean;
  /** Whether `stream/items/ids` accepts a label stream (`user/-/label/…`). */
  readonly labelStreamsInItemIds: boolean;
  /**
   * Whether `mark-all-as-read` with an item's `timestampUsec` as `ts` marks exactly the items the server had up to
   * that item: the reader's "mark all as read" can then be the server's own call (where the stream still means the
   * same feeds). False where the server compares another time (Miniflux: the published date) or where it is not
   * documented which time it compares.
   */
  readonly markAllByItemTime: boolean;
  /** Whether items carry the reader's own labels (`edit-tag` with `user/-/label/…`): bookmark tags can travel. */
  readonly itemLabels: boolean;
  /**
   * Every feed sits in a folder and `subscription/edit` cannot take a feed out of one (`r=` is ignored), so "no
   * folder" is not something to ask for.
   */
  readonly feedsAlwaysInFolder: boolean;
}

export interface GReaderLimits {
  /** Most ids one `stream/items/ids` page may ask for. */
  readonly idsPerPage: number;
  /** Most ids one `stream/items/contents` call sends. */
  readonly contentsPerRequest: number;
  /** Most ids one `edit-tag` call sends. */
  readonly idsPerEdit: number;
}

export interface GReaderService {
  readonly id: GReaderServiceId;
  readonly label: string;
  /** Whether the reader must type the server's address (self-hosted servers). */
  readonly needsUrl: boolean;
  /** The API endpoint used when the reader gives no address (hosted services). */
  readonly defaultUrl: string | null;
  /** Whether the form asks for an App ID and App key (sent as headers on every request). */
  readonly needsAppCredentials: boolean;
  /** Appended to a base URL that does not already end with it, to reach the API endpoint. */
  readonly apiPath: string;
  readonly quirks: GReaderQuirks;
  readonly limits: GReaderLimits;
}

/** Not documented for a service: say no (the reader's actions then go as explicit id lists, tags stay here). */
const googleReaderLike: GReaderQuirks = {
  itemIdForm: 'number',
  continuation: 'opaque',
  streamContents: true,
  includeFilter: true,
  labelStreamsInItemIds: true,
  markAllByItemTime: false,
  itemLabels: false,
  feedsAlwaysInFolder: false,
};

/**
 * 250 ids per POST everywhere: FreshRSS runs on PHP, whose `max_input_vars` (1000 by default) silently drops the
 * form fields past it (https://www.php.net/manual/en/info.configuration.php#ini.max-input-vars); the hosted services
 * allow more (The Old Reader 1000 contents, BazQux 10000) but gain little from it.
 */
const postBatches = { contentsPerRequest: 250, idsPerEdit: 250 } as const;

export const GREADER_SERVICES: Readonly<Record<GReaderServiceId, GReaderService>> = {
  // https://freshrss.github.io/FreshRSS/en/developers/06_GoogleReader_API.html: the API is at <base>/api/greader.php.
  // Measured against FreshRSS 1.25 (../shared/servers/freshrss/README.md): decimal ids in stream/items/ids, opaque
  // continuations, one a= and one r= per edit-tag, 401 with `Google-Bad-Token: true` for a refused T token. Item ids
  // are crawl times in microseconds and `timestampUsec` is the id; mark-all-as-read marks the stream's items whose id
  // is at most `ts` (p/api/greader.php markAllAsRead → EntryDAO markReadFeed/markReadCat/markReadEntries, `id <= ?`).
  // Items carry user labels: edit-tag with `user/-/label/<name>` tags them (creating the label), and their
  // categories list them.
  freshrss: {
    id: 'freshrss',
    label: 'FreshRSS',
    needsUrl: true,
    defaultUrl: null,
    needsAppCredentials: false,
    apiPath: '/api/greader.php',
    quirks: { ...googleReaderLike, markAllByItemTime: true, itemLabels: true },
    // No documented cap on n; measured: n=100000 is answered in full.
    limits: { idsPerPage: 10_000, ...postBatches },
  },
  // https://github.com/theoldreader/api (README): endpoints at https://theoldreader.com/reader/api/0; item ids are
  // BSON ObjectIds, not 64-bit numbers ("Differences"); "maximum limit is 10000 for item ids, 1000 for item contents".
  // "Tagging items" is on its TODO list, and its mark-all's `ts` ("older than timestamp") does not say which time.
  theoldreader: {
    id: 'theoldreader',
    label: 'The Old Reader',
    needsUrl: false,
    defaultUrl: 'https://theoldreader.com',
    needsAppCredentials: false,
    apiPath: '',
    quirks: { ...googleReaderLike, itemIdForm: 'opaque' },
    limits: { idsPerPage: 10_000, ...postBatches },
  },
  // https://github.com/bazqux/bazqux-api (README): endpoints at https://www.bazqux.com; "c=… continuation from
  // previous request (it's just an ItemId and hence never expire)"; "n=50000 maximum"; bad credentials answer
  // `Error=BadAuthentication`; the T token may expire after 30 minutes with `x-reader-google-bad-token: true`;
  // "Tagging items": edit-tag with `user/-/label/...`. Its mark-all-as-read is not described.
  bazqux: {
    id: 'bazqux',
    label: 'BazQux Reader',
    needsUrl: false,
    defaultUrl: 'https://www.bazqux.com',
    needsAppCredentials: false,
    apiPath: '',
    quirks: { ...googleReaderLike, continuation: 'item-id', itemLabels: true },
    limits: { idsPerPage: 50_000, ...postBatches },
  },
  // https://github.com/miniflux/v2/blob/main/internal/googlereader/README.md: the endpoint is the Miniflux root URL
  // (ClientLogin at BASE_URL/accounts/ClientLogin, API at BASE_URL/reader/api/0); no stream/contents (unknown paths
  // answer `[]`); `c` is "a numeric SQL offset, not an opaque token"; `it` is "parsed but currently ignored"; "label
  // streams are not supported" in stream/items/ids; POSTs authenticate by the T field alone, so a write without T
  // is refused. Short ids were read as hex before 2.2.9 (miniflux/v2 issue #1498): see item-id.ts. mark-all-as-read
  // marks "only unread entries published before ts" (the published date, not when the server got them); edit-tag
  // knows read, kept-unread and starred, and "unsupported tag types cause an error" (no item labels). Every feed is
  // in a category, and subscription/edit says "removing a label is not implemented here".
  miniflux: {
    id: 'miniflux',
    label: 'Miniflux',
    needsUrl: true,
    defaultUrl: null,
    needsAppCredentials: false,
    apiPath: '',
    quirks: {
      itemIdForm: 'number',
      continuation: 'offset',
      streamContents: false,
      includeFilter: false,
      labelStreamsInItemIds: false,
      markAllByItemTime: false,
      itemLabels: false,
      feedsAlwaysInFolder: true,
    },
    // "if n is omitted, the query is effectively unbounded": no cap of its own.
    limits: { idsPerPage: 10_000, ...postBatches },
  },
  // https://www.inoreader.com/developers/ (auth, app-auth, item-ids, rate-limiting): API at https://www.inoreader.com;
  // the App ID and App key go in the AppId and AppKey headers of every request (403 when refused); n is at most
  // 1000 for item ids; a daily quota per zone answers 429, with X-Reader-Limits-Reset-After in seconds; edit-tag
  // takes `user/-/label/tag_name` ("add custom tag", developers/edit-tag). Which time mark-all's `ts` compares is not
  // said.
  inoreader: {
    id: 'inoreader',
    label: 'Inoreader',
    needsUrl: false,
    defaultUrl: 'https://www.inoreader.com',
    needsAppCredentials: true,
    apiPath: '',
    quirks: { ...googleReaderLike, itemLabels: true },
    limits: { idsPerPage: 1000, ...postBatches },
  },
  other: {
    id: 'other',
    label: 'Other Google Reader API server',
    needsUrl: true,
    defaultUrl: null,
    needsAppCredentials: false,
    apiPath: '',
    quirks: googleReaderLike,
    limits: { idsPerPage: 1000, ...postBatches },
  },
};

export function isGReaderServiceId(value: string): value is GReaderServiceId {
  return (GREADER_SERVICE_IDS as readonly string[]).includes(value);
}

/** The headers a service wants on every request besides Authorization (Inoreader's app credentials). */
export function serviceHeaders(
  service: GReaderService,
  app: { appId?: string | undefined; appKey?: string | undefined },
): Record<string, string> {
  if (!service.needsAppCredentials) return {};
  const headers: Record<string, string> = {};
  if (app.appId) headers.AppId = app.appId;
  if (app.appKey) headers.AppKey = app.appKey;
  return headers;
}
