/**
 * A Fever API server in memory, for the client's, the backend's and the conformance tests. It answers as an
 * `HttpTransport` (no socket) or on 127.0.0.1 (`listen`, for the CLI and the SIGKILL suite's sync child). Each quirk names where it comes from:
 * - every call is `POST <endpoint>?api&…` with `api_key` = md5(`user:password`) in the body (Fever API docs,
 *   https://feedafever.com/api; FreshRSS p/api/fever.php reads it from `$_POST['api_key']` only);
 * - a wrong key answers HTTP 200 `{"api_version":3,"auth":0}` (FreshRSS README "Facts measured": "Fever answers
 *   HTTP 200 with "auth":0"; Miniflux internal/fever returns its auth-failure JSON with 200);
 * - `items` answers at most 50: `since_id` oldest first, `max_id` newest first, `with_ids` (FreshRSS findEntries:
 *   `LIMIT 50`, `ORDER BY id ASC` / `DESC`; Fever API docs: "returns 50 items");
 * - id lists are comma-separated strings (Fever API docs: `unread_item_ids`, `saved_item_ids`, `feed_ids`);
 * - ids are JSON integers (`integerIds`: Miniflux, Tiny Tiny RSS) or numeric strings (FreshRSS's `$entry->id()`);
 * - `mark=item&as=saved|unsaved` toggle the star (`savedToggles`: the original Fever and Tiny Tiny RSS's plugin
 *   flip it, whatever `as` says — the reason the backend reads the saved ids first);
 * - `mark=feed|group&as=read&before=<seconds>` marks what the server had up to then, on its clock (Fever API docs);
 *   group 0 is every item ("Kindling", Fever API docs; FreshRSS setGroupAsRead `$id == 0`).
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { HttpRequest, HttpResponse, HttpTransport } from '../../../electron/core/net/http-transport';

export interface FeverFakeOptions {
  user?: string;
  password?: string;
  /** Ids as JSON integers (Miniflux, Tiny Tiny RSS) instead of numeric strings (FreshRSS). */
  integerIds?: boolean;
  /** `as=saved` and `as=unsaved` flip the star whatever it was (the original Fever, Tiny Tiny RSS's plugin). */
  savedToggles?: boolean;
  /** The server's clock in seconds at the start (advanced with `advanceClock`). */
  clockStartSeconds?: number;
}

export interface FakeFeverFeed {
  id: number;
  title: string;
  url: string;
  siteUrl: string;
  groupIds: number[];
}

export interface FakeFeverItem {
  id: number;
  feedId: number;
  title: string;
  html: string;
  url: string;
  author: string;
  createdOnTime: number;
  /** When the server stored it (its clock, seconds): what `before` compares. */
  addedAt: number;
  read: boolean;
  saved: boolean;
}

export interface FakeCall {
  what: string;
  fields: Record<string, string>;
  /** Items the answer held (for `items`). */
  items?: number;
}

export class FeverFake {
  readonly user: string;
  password: string;
  readonly integerIds: boolean;
  readonly savedToggles: boolean;
  nowSeconds: number;
  groups: { id: number; title: string }[] = [];
  feeds: FakeFeverFeed[] = [];
  items: FakeFeverItem[] = [];
  calls: FakeCall[] = [];
  /** Answers every call with this status while set (a server that went away: 503). */
  down: number | null = null;
  private nextId = 1;
  private server: Server | null = null;

  constructor(options: FeverFakeOptions = {}) {
    this.user = options.user ?? 'reader';
    this.password = options.password ?? 'reader-api-password';
    this.integerIds = options.integerIds ?? false;
    this.savedToggles = options.savedToggles ?? false;
    this.nowSeconds = options.clockStartSeconds ?? 1_760_000_000;
  }

  advanceClock(seconds: number): void {
    this.nowSeconds += seconds;
  }

  addGroup(title: string): number {
    const id = this.nextId++;
    this.groups.push({ id, title });
    return id;
  }

  addFeed(title: string, url: string, groupIds: number[] = []): number {
    const id = this.nextId++;
    this.feeds.push({ id, title, url, siteUrl: url.replace(/\/[^/]*$/, '/'), groupIds });
    return id;
  }

  /** A new item on the server (its id above every earlier one, as on FreshRSS and Miniflux). */
  addItem(feedId: number, fields: Partial<Omit<FakeFeverItem, 'id' | 'feedId'>> = {}): number {
    const id = this.nextId++;
    this.items.push({
      id,
      feedId,
      title: fields.title ?? `Item ${id}`,
      html: fields.html ?? `<p>Item ${id}</p>`,
      url: fields.url ?? `https://example.com/items/${id}`,
      author: fields.author ?? '',
      createdOnTime: fields.createdOnTime ?? this.nowSeconds,
      addedAt: fields.addedAt ?? this.nowSeconds,
      read: fields.read ?? false,
      saved: fields.saved ?? false,
    });
    return id;
  }

  item(id: number | string): FakeFeverItem | undefined {
    return this.items.find((item) => item.id === Number(id));
  }

  get apiKey(): string {
    return createHash('md5').update(`${this.user}:${this.password}`).digest('hex');
  }

  /** The fake as the core's transport: no socket, the same answers. */
  transport(): HttpTransport {
    return async (request: HttpRequest): Promise<HttpResponse> => {
      request.signal?.throwIfAborted();
      const answer = this.handle(request.url, request.method, request.body ?? '');
      return {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
        body: answer.body,
        url: request.url,
      };
    };
  }

  /** Listens on 127.0.0.1; answers the endpoint's URL (`http://127.0.0.1:<port>/api/fever.php`). */
  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const answer = this.handle(
          `http://127.0.0.1${req.url ?? '/'}`,
          req.method ?? 'GET',
          Buffer.concat(chunks).toString(),
        );
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(answer.body);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return `http://127.0.0.1:${address.port}/api/fever.php`;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  handle(url: string, method: string, body: string): { status: number; body: string } {
    const query = new URL(url).searchParams;
    const form = new URLSearchParams(body);
    const fields: Record<string, string> = {};
    for (const [key, value] of query) fields[key] = value;
    for (const [key, value] of form) if (key !== 'api_key') fields[key] = value;
    const what = [...query.keys()].filter((key) => key !== 'api').join('&');
    const call: FakeCall = { what, fields };
    this.calls.push(call);
    if (this.down !== null) return { status: this.down, body: 'down' };
    if (!query.has('api')) return { status: 404, body: 'not found' };
    // FreshRSS reads the key from the POST body only.
    if (method !== 'POST' || form.get('api_key') !== this.apiKey)
      return { status: 200, body: JSON.stringify({ api_version: 3, auth: 0 }) };
    const reply: Record<string, unknown> = { api_version: 3, auth: 1, last_refreshed_on_time: this.nowSeconds };
    const id = (value: number) => (this.integerIds ? value : String(value));
    const feedsGroups = () =>
      this.groups.map((group) => ({
        group_id: group.id,
        feed_ids: this.feeds
          .filter((feed) => feed.groupIds.includes(group.id))
          .map((feed) => feed.id)
          .join(','),
      }));
    if ('groups' in fields) {
      reply.groups = this.groups.map((group) => ({ id: group.id, title: group.title }));
      reply.feeds_groups = feedsGroups();
    }
    if ('feeds' in fields) {
      reply.feeds = this.feeds.map((feed) => ({
        id: feed.id,
        favicon_id: 0,
        title: feed.title,
        url: feed.url,
        site_url: feed.siteUrl,
        is_spark: 0,
        last_updated_on_time: this.nowSeconds,
      }));
      reply.feeds_groups = feedsGroups();
    }
    if ('items' in fields) {
      const page = this.page(fields);
      call.items = page.length;
      reply.total_items = this.items.length;
      reply.items = page.map((item) => ({
        id: id(item.id),
        feed_id: item.feedId,
        title: item.title,
        author: item.author,
        html: item.html,
        url: item.url,
        is_saved: item.saved ? 1 : 0,
        is_read: item.read ? 1 : 0,
        created_on_time: item.createdOnTime,
      }));
    }
    if ('unread_item_ids' in fields) reply.unread_item_ids = this.idsWhere((item) => !item.read);
    if ('saved_item_ids' in fields) reply.saved_item_ids = this.idsWhere((item) => item.saved);
    if (fields.mark !== undefined && fields.as !== undefined && /^\d+$/.test(fields.id ?? '')) this.mark(fields);
    return { status: 200, body: JSON.stringify(reply) };
  }

  private page(fields: Record<string, string>): FakeFeverItem[] {
    if (fields.with_ids !== undefined) {
      const wanted = new Set(fields.with_ids.split(',').map(Number));
      return this.items.filter((item) => wanted.has(item.id)).slice(0, 50);
    }
    if (fields.max_id !== undefined) {
      const max = Number(fields.max_id);
      return this.items
        .filter((item) => item.id < max)
        .sort((a, b) => b.id - a.id)
        .slice(0, 50);
    }
    const since = Number(fields.since_id ?? 0);
    return this.items
      .filter((item) => item.id > since)
      .sort((a, b) => a.id - b.id)
      .slice(0, 50);
  }

  private idsWhere(test: (item: FakeFeverItem) => boolean): string {
    return this.items
      .filter(test)
      .map((item) => item.id)
      .join(',');
  }

  private mark(fields: Record<string, string>): void {
    const id = Number(fields.id);
    const before = Number(fields.before ?? 0);
    const upTo = (item: FakeFeverItem) => before === 0 || item.addedAt <= before;
    if (fields.mark === 'item') {
      const item = this.item(id);
      if (!item) return;
      if (fields.as === 'read') item.read = true;
      else if (fields.as === 'unread') item.read = false;
      else if (fields.as === 'saved' || fields.as === 'unsaved')
        item.saved = this.savedToggles ? !item.saved : fields.as === 'saved';
    } else if (fields.mark === 'feed' && fields.as === 'read') {
      for (const item of this.items) if (item.feedId === id && upTo(item)) item.read = true;
    } else if (fields.mark === 'group' && fields.as === 'read') {
      const feeds = new Set(this.feeds.filter((feed) => id === 0 || feed.groupIds.includes(id)).map((feed) => feed.id));
      for (const item of this.items) if (feeds.has(item.feedId) && upTo(item)) item.read = true;
    }
  }
}
