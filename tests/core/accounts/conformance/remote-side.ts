/**
 * What the conformance suite needs from a service under test: the input to
 * add an account, "another device" that changes things on the server, and a
 * way to take the server away and bring it back. Each backend's target (the
 * Google Reader fake in each variant, the Fever fake, the real FreshRSS over
 * either API, later Miniflux…) provides one; the three suites take any target:
 * the cases (conformance-cases.ts and the files it runs), the SIGKILL suite
 * (sync-kill-cases.ts, which starts the target `served`) and the convergence
 * property (convergence-property.ts, whose steps follow the target's `lacks`).
 */
import type { AddAccountInput } from '../../../../electron/api/methods/accounts';
import type { HttpTransport } from '../../../../electron/core/net/http-transport';

export interface RemoteSide {
  /** What the reader types in Add account (the password included). */
  input: AddAccountInput;
  /** The server's present (epoch ms): the app's clock is set to it, so "the last 90 days" mean the same on both sides. */
  now(): number;
  /** The transport the app under test uses; `down()` makes it fail as an unreachable server would. */
  transport: HttpTransport;
  /** Subscribes on the server to a new feed with `items` items (newest last); returns its feed URL. */
  addFeed(title: string, folder: string | null, items: number): Promise<string>;
  /**
   * A feed the server can fetch, with `items` items, that it does not follow yet (an OPML import's, a feed moved
   * to the account): its URL and its items' links, oldest first.
   */
  offerFeed(title: string, items: number): Promise<{ url: string; links: string[] }>;
  /** A feed address the server cannot fetch, so it refuses to subscribe to it. */
  unfetchableFeedUrl(): string;
  /** New items in a feed the server follows; returns their remote ids. */
  addItems(feedUrl: string, count: number): Promise<string[]>;
  removeFeed(feedUrl: string): Promise<void>;
  moveFeed(feedUrl: string, folder: string): Promise<void>;
  /** The server's subscriptions as it lists them now, with the names of the folders each is in. */
  subscriptions(): Promise<RemoteSubscription[]>;
  /** The names of the server's folders (labels that hold feeds), in its order. */
  folders(): Promise<string[]>;
  /** Every item id the server has, read ones, starred ones (long form). */
  itemIds(): Promise<string[]>;
  readIds(): Promise<Set<string>>;
  starredIds(): Promise<Set<string>>;
  markRead(ids: readonly string[], read: boolean): Promise<void>;
  star(ids: readonly string[], starred: boolean): Promise<void>;
  /** Whether the service keeps the reader's labels on items (the app's `itemLabels`). */
  keepsItemLabels: boolean;
  /** Adds or removes a label on items, as another device would. */
  label(ids: readonly string[], label: string, on: boolean): Promise<void>;
  /** The labels an item carries that are not its feed's folder. */
  labelsOf(id: string): Promise<string[]>;
  changePassword(password: string): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export interface RemoteSubscription {
  url: string;
  title: string;
  folders: string[];
}

export interface ConformanceTarget {
  name: string;
  /** Why the target cannot run here (its server is absent), or null. */
  unavailable: string | null;
  start(options?: StartOptions): Promise<RemoteSide>;
  /** Whether the 10,000-item account runs on this target (the fakes; the real server stays small). */
  large: boolean;
  /** Unread items older than the download window that the first sync brings (default: the Google Reader pull's). */
  olderPerSync?: number;
  /** What the service cannot be asked from here (its capabilities): the cases that need it are skipped, visibly. */
  lacks?: readonly Lack[];
}

export interface StartOptions {
  /**
   * The server must answer real HTTP on 127.0.0.1 at `input.url`, so another process can sync against it with its
   * own transport (the SIGKILL suite's child). A target whose fake answers in this process by default (no socket,
   * faster) listens then; `transport` still reaches the same server. Targets that always listen ignore it.
   */
  served?: boolean;
}

/** What a suite's title adds when the target cannot run here: the reason, so a skip is never silent. */
export function skipped(target: ConformanceTarget): string {
  return target.unavailable === null ? '' : ` (skipped: ${target.unavailable})`;
}

/** Capabilities a case may need: changing subscriptions or folders from the app (Fever has neither). */
export type Lack = 'subscriptions' | 'folders';

/** A transport that can be switched off as a server going away would be. */
export function switchableTransport(inner: HttpTransport): HttpTransport & { down: boolean } {
  const transport = Object.assign(
    async (request: Parameters<HttpTransport>[0]) => {
      if (transport.down) throw new Error(`No answer from ${new URL(request.url).host} (ECONNREFUSED).`);
      return inner(request);
    },
    { down: false },
  );
  return transport;
}
