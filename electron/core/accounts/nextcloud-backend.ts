/**
 * A Nextcloud News account (the News app's API v1-3) behind `AccountBackend`. There is no session: every call
 * carries the user name and the password (or an app password) the host handed over, in memory only, as HTTP Basic
 * auth. A 401 makes the account "needs your password". `sync` = push the outbox (nextcloud-pusher.ts), then pull
 * (nextcloud-pull.ts); subscriptions and folders change on the server first (nextcloud-structure.ts).
 */
import { createNextcloudClient, type NextcloudClient } from '../nextcloud/client';
import { NextcloudAuthError } from '../nextcloud/errors';
import { NeedsPasswordError, NO_PASSWORD, type AccountBackend, type AccountSyncOutcome } from './backend';
import { readNextcloudCursor } from './nextcloud-cursor';
import { pullNextcloud } from './nextcloud-pull';
import { createNextcloudPusher, NEXTCLOUD_CAPABILITIES } from './nextcloud-pusher';
import { nextcloudStructure } from './nextcloud-structure';
import type { RemoteAccount, RemoteAccountContext } from './remote-account';
import { pushOutbox } from './remote/push-outbox';
import { passwordToTest, syncOutcome } from './backend-steps';

export function createNextcloudAccount(context: RemoteAccountContext): RemoteAccount {
  const { row } = context;
  const clientWith = (password: string): NextcloudClient =>
    createNextcloudClient({ transport: context.transport, apiUrl: row.url ?? '', user: row.user ?? '', password });
  const client = (): NextcloudClient => {
    const password = context.password();
    if (password === null) throw new NeedsPasswordError(NO_PASSWORD);
    return clientWith(password);
  };
  /** A refused password only the reader can mend. */
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof NextcloudAuthError) throw new NeedsPasswordError('The server refused the saved password.');
      throw error;
    }
  };
  const push = (nextcloud: NextcloudClient, signal?: AbortSignal) =>
    pushOutbox(context.db, row.id, createNextcloudPusher(nextcloud), context.now, signal);
  const structure = nextcloudStructure({
    db: context.db,
    accountId: row.id,
    accountName: row.name,
    client,
    guard,
    syncNow: context.syncNow,
  });

  const backend: AccountBackend = {
    kind: 'nextcloud',
    capabilities: NEXTCLOUD_CAPABILITIES,

    async validateCredentials(password, signal) {
      const given = passwordToTest(password, context.password(), row.name);
      await clientWith(given).status(signal ? { signal } : undefined);
    },

    async sync(run): Promise<AccountSyncOutcome> {
      return guard(async () => {
        const nextcloud = client();
        const pushed = await push(nextcloud, run.signal);
        const pulled = await pullNextcloud({
          db: context.db,
          accountId: row.id,
          client: nextcloud,
          cursor: readNextcloudCursor(run.cursor),
          now: context.now,
          bodyDays: context.bodyDays(),
          signal: run.signal,
          ...(run.onArticles ? { onArticles: run.onArticles } : {}),
        });
        return syncOutcome(pushed.pushed, pulled);
      });
    },

    push: (signal) => guard(async () => (await push(client(), signal)).pushed),

    subscribe: structure.subscribe,
    unsubscribe: structure.unsubscribe,
    renameFeed: structure.renameFeed,
    moveFeed: structure.moveFeed,
    renameFolder: structure.renameFolder,
    deleteFolder: structure.deleteFolder,
  };
  return { backend, subscribeInFolder: structure.subscribeInFolder };
}
