/**
 * What every conformance case starts from: a fresh remote side (the target's server) and a fresh library here,
 * made before each case and closed after it, the account once the case adds it, and the readings a case compares
 * (read and starred here by remote id, this account's feeds and sections, a subscription as the server has it).
 */
import { afterEach, beforeEach, it } from 'vitest';
import type { Feed } from '../../../../electron/api/library-models';
import type { Account } from '../../../../electron/api/methods/accounts';
import type { Section } from '../../../../electron/api/models';
import type { AccountSyncSummary } from '../../../../electron/core/accounts/account-service';
import { openLocalSide, type LocalSide } from './local-side';
import type { ConformanceTarget, Lack, RemoteSide } from './remote-side';

export interface ConformanceContext {
  /** The target's server, new for each case. */
  remote: RemoteSide;
  /** The library here, new for each case. */
  local: LocalSide;
  /** The account, once the case added it (`add`). */
  account: Account;
  /** A case that needs what the target's service lacks is skipped, visibly, with the reason (never deleted). */
  needs(capability: Lack): (title: string, body: () => Promise<void>) => void;
  add(): Promise<Account>;
  sync(): Promise<AccountSyncSummary>;
  /** Remote ids of the articles read here, and of those bookmarked (starred) here. */
  localRead(): Set<string>;
  localStarred(): Set<string>;
  remoteOf(articleId: string): string;
  localIdOf(remoteId: string): string;
  /** This account's feeds here; one by URL; one of its sections by name. */
  feedsHere(): Feed[];
  feedHere(url: string): Feed;
  sectionHere(name: string): Section;
  subscriptionOf(url: string): Promise<Awaited<ReturnType<RemoteSide['subscriptions']>>[number] | undefined>;
}

/** Registers the set-up and clean-up of each case of the suite it is called in. */
export function conformanceContext(target: ConformanceTarget): ConformanceContext {
  const c = {
    needs:
      (capability: Lack) =>
      (title: string, body: () => Promise<void>): void => {
        if (target.lacks?.includes(capability))
          it.skip(`${title} (skipped: this service cannot change ${capability} from the app)`, body);
        else it(title, body);
      },
    add: async () => (c.account = await c.local.accounts.add(c.remote.input)),
    sync: () => c.local.accounts.sync(c.account.id),
    localRead: () =>
      new Set(
        c.local
          .articles(c.account.id)
          .filter((row) => row.read)
          .map((row) => c.remoteOf(row.id)),
      ),
    localStarred: () =>
      new Set(
        c.local
          .articles(c.account.id)
          .filter((row) => row.bookmarked)
          .map((row) => c.remoteOf(row.id)),
      ),
    remoteOf: (articleId: string) => {
      for (const [remoteId, id] of c.local.idsByRemote(c.account.id)) if (id === articleId) return remoteId;
      throw new Error(`article ${articleId} has no remote id`);
    },
    localIdOf: (remoteId: string) => {
      const id = c.local.idsByRemote(c.account.id).get(remoteId);
      if (!id) throw new Error(`no local article for ${remoteId}`);
      return id;
    },
    feedsHere: () => (c.local.handlers['feeds.list']() as Feed[]).filter((feed) => feed.accountId === c.account.id),
    feedHere: (url: string) => {
      const feed = c.feedsHere().find((entry) => entry.url === url);
      if (!feed) throw new Error(`no local feed for ${url}`);
      return feed;
    },
    sectionHere: (name: string) => {
      const found = (c.local.handlers['sections.list']() as Section[]).find(
        (entry) => entry.accountId === c.account.id && entry.name === name,
      );
      if (!found) throw new Error(`no local section ${name}`);
      return found;
    },
    subscriptionOf: async (url: string) => (await c.remote.subscriptions()).find((entry) => entry.url === url),
  } as ConformanceContext;

  beforeEach(async () => {
    c.remote = await target.start();
    c.local = openLocalSide(c.remote.transport, () => c.remote.now());
  });
  afterEach(async () => {
    await c.local.accounts.idle();
    c.local.close();
    await c.remote.close();
  });
  return c;
}
