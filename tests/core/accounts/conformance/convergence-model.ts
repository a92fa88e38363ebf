/**
 * The rules of offline-first state sync (issue 15, section 3) as a model the convergence property checks the app
 * against, step by step. Items are named by their remote id; each has the server's state and, once it arrived,
 * the state here. A local change to a key queues a wish, coalesced as the outbox does (library/outbox/
 * queue-change.ts): the last wish wins, and a wish back to the state before the first one removes it, unless a
 * push may already have carried the first to the server (the row was taken by a sync: `sent`), in which case the
 * wish stays to put the server back. A sync takes every waiting wish before its first request (even when the
 * server is away: the push begins, then fails; a backend that signs in anew before each push would take them only
 * after that request); when the server answers, each taken wish is applied there and leaves unless the reader
 * changed that key again meanwhile; then every item arrives here and every key without a waiting wish takes the
 * server's state. A change made while a sync runs comes after whatever part of it the app had done (`progress`). So: a pending local change beats the server, a remote change to a key
 * nothing waits for wins, and opposite local changes never sent leave the server's state.
 *
 * Where the service takes "mark all as read" as its own call (`markAllOnServer`), marking a section or everything
 * read also queues an intent: the section's feeds (or all), up to the newest item here among them. The read wishes
 * of those feeds are tagged with it and never cancel (the server will hold "read" whatever happens), they flip. A
 * sync takes the intents with the wishes; when the server answers it marks read every item of those feeds up to
 * that one (what arrived after stays unread), then the taken wishes are applied as always.
 */
import { wishKey, type ItemState } from './store-state';

export type StateKey = keyof ItemState;

/** A change the reader makes here; item and section numbers pick among what exists (modulo its count). */
export type LocalStep =
  | { do: 'read'; items: number[]; read: boolean }
  /** Bookmarks the item, or removes its bookmark. */
  | { do: 'bookmark'; item: number }
  | { do: 'readSection'; section: number }
  | { do: 'readAll' };

export type Step =
  | LocalStep
  | { do: 'remoteRead'; items: number[]; read: boolean }
  | { do: 'remoteStar'; items: number[]; on: boolean }
  | { do: 'remoteAdd'; feed: number; count: number }
  /** A sync; `during` is a change made here as its `at`-th request goes out (after it ends if it made fewer). */
  | { do: 'sync'; during: { change: LocalStep; at: number } | null }
  | { do: 'down' }
  | { do: 'up' };

/** A local step with its targets chosen: what the runner calls and the model applies. */
export type LocalChange =
  | { kind: 'read'; ids: string[]; read: boolean }
  | { kind: 'bookmark'; id: string; on: boolean }
  | { kind: 'readSection'; section: number }
  | { kind: 'readAll' };

export interface ModelItem {
  id: string;
  feed: number;
  server: ItemState;
  /** Null until a sync brought it here. */
  local: ItemState | null;
}

interface Wish {
  value: boolean;
  /** A sync took it: the server may hold it already. */
  sent: boolean;
  /** The mark-all intent it was tagged with (it never cancels then), or null. */
  intent: number | null;
}

interface Intent {
  /** `section <n>` or `all`: a second mark-all of the same stream not yet taken widens the first. */
  stream: string;
  feeds: Set<number>;
  /** Index in `items` (crawl order) of the newest item it covers. */
  upTo: number;
  taken: boolean;
}

/**
 * How often each rule decided something, per key (`cancelled read`, `resent starred`…), so a run shows it exercised
 * them all: `cancelled` (a wish never sent met its opposite: both gone, the server's state stands), `resent` (a wish
 * a sync had taken met its opposite: the new one is sent to put the server back), `local won` (the other device set
 * a key to the opposite of a wish waiting here), `remote won` (a state here followed the server's at a pull),
 * `taken offline` (a sync took wishes while the server was away), `changed mid-sync`.
 */
export type RuleTally = Record<string, number>;

export class ConvergenceModel {
  readonly items: ModelItem[] = [];
  /** Waiting wishes by `<remote id> <key>`. */
  readonly wishes = new Map<string, Wish>();
  /** Mark-all intents waiting, by id. */
  readonly intents = new Map<number, Intent>();
  private nextIntent = 1;
  up = true;

  /** `sectionOfFeed[feed]` is the section (folder) number a feed's items are shown in. */
  constructor(
    readonly sectionOfFeed: readonly number[],
    readonly tally: RuleTally = {},
  ) {}

  /** Whether the account's service takes "mark all as read" as its own call (its capability). */
  markAllOnServer = false;

  /** New items on the server, unread and not starred. */
  added(feed: number, ids: readonly string[]): void {
    for (const id of ids) this.items.push({ id, feed, server: { read: false, starred: false }, local: null });
  }

  /** The `index`-th item the server has (modulo their count). */
  serverItem(index: number): ModelItem {
    return this.items[index % this.items.length]!;
  }

  /** Chooses a local step's targets among the items here; null when it would do nothing a reader could do. */
  choose(step: LocalStep): LocalChange | null {
    const here = this.items.filter((item) => item.local !== null);
    if (here.length === 0) return null;
    switch (step.do) {
      case 'read':
        return {
          kind: 'read',
          ids: [...new Set(step.items.map((index) => here[index % here.length]!.id))],
          read: step.read,
        };
      case 'bookmark': {
        const item = here[step.item % here.length]!;
        return { kind: 'bookmark', id: item.id, on: !item.local!.starred };
      }
      case 'readSection':
        return { kind: 'readSection', section: step.section % this.sections() };
      case 'readAll':
        return { kind: 'readAll' };
    }
  }

  applyLocal(change: LocalChange): void {
    switch (change.kind) {
      case 'read':
        for (const id of change.ids) this.wish(this.item(id), 'read', change.read);
        return;
      case 'bookmark':
        return this.wish(this.item(change.id), 'starred', change.on);
      case 'readSection':
        return this.markAll(
          `section ${change.section}`,
          this.sectionOfFeed.flatMap((section, feed) => (section === change.section ? [feed] : [])),
        );
      case 'readAll':
        return this.markAll(
          'all',
          this.sectionOfFeed.map((_, feed) => feed),
        );
    }
  }

  /** The reader marks every item here of these feeds read; an intent too where the service takes it. */
  private markAll(stream: string, feedList: readonly number[]): void {
    const feeds = new Set(feedList);
    const covered = this.items.filter((item) => item.local !== null && feeds.has(item.feed));
    const unread = covered.some((item) => !item.local!.read);
    for (const item of covered) this.wish(item, 'read', true);
    if (!this.markAllOnServer || !unread) return;
    const upTo = Math.max(...covered.map((item) => this.items.indexOf(item)));
    let id = [...this.intents].find(([, intent]) => intent.stream === stream && !intent.taken)?.[0];
    if (id === undefined) this.intents.set((id = this.nextIntent++), { stream, feeds, upTo, taken: false });
    else {
      const intent = this.intents.get(id)!;
      intent.upTo = Math.max(intent.upTo, upTo);
      intent.feeds = feeds;
    }
    for (const item of covered) {
      const wish = this.wishes.get(wishKey(item.id, 'read'));
      if (wish && wish.value && wish.intent === null) wish.intent = id;
    }
    this.count('mark-all queued');
  }

  remoteSet(ids: readonly string[], key: StateKey, value: boolean): void {
    for (const id of ids) {
      if (this.wishes.has(wishKey(id, key)) && this.wishes.get(wishKey(id, key))!.value !== value)
        this.count(`local won ${key}`);
      this.item(id).server[key] = value;
    }
  }

  /** A sync begins: it takes every waiting wish (from now on a push may carry it to the server). */
  beginSync(): Map<string, boolean> {
    for (const wish of this.wishes.values()) wish.sent = true;
    for (const intent of this.intents.values()) intent.taken = true;
    return new Map([...this.wishes].map(([key, wish]) => [key, wish.value]));
  }

  /**
   * How far a sync got when the reader changed something here while it ran: the server confirmed the taken wishes
   * `confirmed`, and the new items `arrived` are stored (in the server's state). Confirmed wishes leave `taken`.
   */
  progress(taken: Map<string, boolean>, confirmed: readonly string[], arrived: readonly string[]): void {
    this.count('changed mid-sync');
    for (const key of confirmed) {
      this.push(key, taken.get(key)!);
      taken.delete(key);
    }
    for (const id of arrived) this.item(id).local ??= { ...this.item(id).server };
    if (confirmed.length > 0) this.count('changed after a push');
    if (arrived.length > 0) this.count('changed after items arrived');
  }

  /**
   * A sync ends; when the server answered, the rest of what it took reached the server, every item arrived here and
   * every key with no wish waiting took the server's state. Returns whether it succeeded.
   */
  endSync(taken: ReadonlyMap<string, boolean>): boolean {
    if (!this.up) {
      if (taken.size > 0) this.count('taken offline');
      return false;
    }
    this.sendIntents();
    for (const [key, value] of taken) this.push(key, value);
    for (const item of this.items) {
      if (item.local === null) {
        item.local = { ...item.server };
        continue;
      }
      for (const state of ['read', 'starred'] as const) {
        if (this.wishes.has(wishKey(item.id, state)) || item.local[state] === item.server[state]) continue;
        this.count(`remote won ${state}`);
        item.local[state] = item.server[state];
      }
    }
    return true;
  }

  /** A sync with no change made here while it runs. */
  sync(): boolean {
    return this.endSync(this.beginSync());
  }

  /**
   * The taken intents reach the server: every item of their feeds up to the newest the reader had is read there,
   * and the wishes they covered are theirs no more (read ones the push then settles, unread ones it sends after).
   */
  private sendIntents(): void {
    for (const [id, intent] of this.intents) {
      if (!intent.taken) continue;
      this.items.forEach((item, index) => {
        if (index <= intent.upTo && intent.feeds.has(item.feed)) item.server.read = true;
      });
      for (const wish of this.wishes.values()) if (wish.intent === id) wish.intent = null;
      this.intents.delete(id);
      this.count('mark-all sent');
    }
  }

  /** The server applied a taken wish; it leaves unless the reader wished otherwise since. */
  private push(key: string, value: boolean): void {
    const [id, state] = key.split(' ') as [string, StateKey];
    this.item(id).server[state] = value;
    if (this.wishes.get(key)?.value === value) this.wishes.delete(key);
  }

  private count(rule: string): void {
    this.tally[rule] = (this.tally[rule] ?? 0) + 1;
  }

  private sections(): number {
    return Math.max(...this.sectionOfFeed) + 1;
  }

  private item(id: string): ModelItem {
    const item = this.items.find((entry) => entry.id === id);
    if (!item) throw new Error(`The model has no item ${id}.`);
    return item;
  }

  /** The reader sets `key` of an item here: queued, coalesced with a wish already waiting. */
  private wish(item: ModelItem, key: StateKey, value: boolean): void {
    if (item.local === null || item.local[key] === value) return;
    item.local[key] = value;
    const id = wishKey(item.id, key);
    const waiting = this.wishes.get(id);
    if (!waiting) this.wishes.set(id, { value, sent: false, intent: null });
    else if (waiting.intent !== null) {
      this.count(`kept by mark-all ${key}`);
      waiting.value = value;
    } else if (!waiting.sent) {
      this.count(`cancelled ${key}`);
      this.wishes.delete(id);
    } else {
      this.count(`resent ${key}`);
      waiting.value = value;
    }
  }
}
