/**
 * A Feedbin account (API v2) behind `AccountBackend`. Basic auth on every call with the email address and the
 * password the host handed over (memory only); the API root is Feedbin's own unless the row names another (a test's
 * fake). A refused password makes the account "needs your password". `sync` = push the outbox (feedbin-pusher.ts),
 * then pull (feedbin-pull.ts); subscriptions and folders change on Feedbin first (feedbin-account-structure.ts).
 */
import { createFeedbinClient, type FeedbinClient } from '../feedbin/client';
import { FeedbinAuthError } from '../feedbin/errors';
import { FEEDBIN_API_URL } from '../feedbin/session';
import { NeedsPasswordError, NO_PASSWORD, type AccountBackend, type AccountSyncOutcome } from './backend';
import { feedbinStructure } from './feedbin-account-structure';
import { feedbinCursorOf } from './feedbin-cursor';
import { pullFeedbin } from './feedbin-pull';
import { createFeedbinPusher, FEEDBIN_CAPABILITIES } from './feedbin-pusher';
import { pushOutbox } from './remote/push-outbox';
import type { RemoteAccount, RemoteAccountContext } from './remote-account';
import { passwordToTest, syncOutcome } from './backend-steps';

export function createFeedbinAccount(context: RemoteAccountContext): RemoteAccount {
  const { row } = context;
  const clientWith = (password: string): FeedbinClient =>
    createFeedbinClient({
      transport: context.transport,
      apiUrl: row.url ?? FEEDBIN_API_URL,
      user: row.user ?? '',
      password,
    });
  /** The client with the password the account holds; a refusal (401) only the reader can mend. */
  const withClient = async <T>(work: (client: FeedbinClient) => Promise<T>): Promise<T> => {
    const password = context.password();
    if (password === null) throw new NeedsPasswordError(NO_PASSWORD);
    try {
      return await work(clientWith(password));
    } catch (error) {
      if (error instanceof FeedbinAuthError) throw new NeedsPasswordError('Feedbin refused the saved password.');
      throw error;
    }
  };
  const push = (client: FeedbinClient, signal?: AbortSignal) =>
    pushOutbox(context.db, row.id, createFeedbinPusher(client), context.now, signal);

  const structure = feedbinStructure({ db: context.db, row, withClient, syncNow: context.syncNow });
  const backend: AccountBackend = {
    kind: 'feedbin',
    capabilities: FEEDBIN_CAPABILITIES,

    async validateCredentials(password, signal) {
      const given = passwordToTest(password, context.password(), row.name);
      await clientWith(given).checkCredentials(signal ? { signal } : undefined);
    },

    sync: (run) =>
      withClient(async (client): Promise<AccountSyncOutcome> => {
        const pushed = await push(client, run.signal);
        const pulled = await pullFeedbin({
          db: context.db,
          accountId: row.id,
          client,
          cursor: feedbinCursorOf(run.cursor),
          now: context.now,
          bodyDays: context.bodyDays(),
          signal: run.signal,
          ...(run.onArticles ? { onArticles: run.onArticles } : {}),
        });
        return syncOutcome(pushed.pushed, pulled);
      }),

    push: (signal) => withClient(async (client) => (await push(client, signal)).pushed),

    subscribe: structure.subscribe,
    unsubscribe: structure.unsubscribe,
    renameFeed: structure.renameFeed,
    moveFeed: structure.moveFeed,
    renameFolder: structure.renameFolder,
    deleteFolder: structure.deleteFolder,
  };
  return { backend, subscribeInFolder: structure.subscribeInFolder, subscribedFeed: structure.subscribedFeed };
}
