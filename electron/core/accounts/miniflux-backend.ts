/**
 * A Miniflux account over its own REST API (v1) behind `AccountBackend`. There is no session: every request carries
 * the API key or the user name and password the host handed over (memory only; miniflux-credentials.ts). A refused
 * one makes the account "needs your password". `sync` = push the outbox (miniflux-pusher.ts), then pull
 * (miniflux-pull.ts); subscriptions and folders go to the server first (miniflux-structure.ts). How the server takes
 * stars is learnt once and kept with the cursor, so the probe is not repeated at every start.
 */
import { ApiError } from '../../api/errors';
import { createMinifluxClient, type MinifluxClient } from '../miniflux/client';
import { MinifluxAuthError } from '../miniflux/errors';
import type { MinifluxStarMode } from '../miniflux/types';
import type { RemoteAccount, RemoteAccountContext } from './remote-account';
import { NeedsPasswordError, NO_PASSWORD, type AccountBackend, type AccountSyncOutcome } from './backend';
import { minifluxAuthOf, minifluxCredentials } from './miniflux-credentials';
import { minifluxCursorOf, type MinifluxCursor } from './miniflux-cursor';
import { pullMiniflux } from './miniflux-pull';
import { createMinifluxPusher, MINIFLUX_CAPABILITIES } from './miniflux-pusher';
import { minifluxStructure } from './miniflux-structure';
import { pushOutbox } from './remote/push-outbox';
import { passwordToTest, syncOutcome } from './backend-steps';

export function createMinifluxAccount(context: RemoteAccountContext): RemoteAccount {
  const { row } = context;
  const auth = minifluxAuthOf(row.options);
  const secretName = auth === 'token' ? 'API key' : 'password';
  // Learnt from the cursor of the last sync or from the first star sent in this process.
  let starMode: MinifluxStarMode | null = null;

  const clientWith = (secret: string): MinifluxClient =>
    createMinifluxClient({
      transport: context.transport,
      baseUrl: row.url ?? '',
      credentials: minifluxCredentials(auth, row.user ?? '', secret),
      ...(starMode === null ? {} : { starMode }),
    });
  /** A client with the account's secret; a refusal only the reader can mend is "needs your password". */
  const withClient = async <T>(work: (client: MinifluxClient) => Promise<T>): Promise<T> => {
    const secret = context.password();
    if (secret === null) throw new NeedsPasswordError(NO_PASSWORD);
    const client = clientWith(secret);
    try {
      return await work(client);
    } catch (error) {
      if (error instanceof MinifluxAuthError)
        throw new NeedsPasswordError(`The server refused the saved ${secretName}.`);
      throw error;
    } finally {
      starMode = client.starMode() ?? starMode;
    }
  };
  const { subscribeInFolder, ...structure } = minifluxStructure({
    db: context.db,
    accountId: row.id,
    accountName: row.name,
    withClient,
    syncNow: context.syncNow,
    now: context.now,
  });
  const push = (client: MinifluxClient, signal?: AbortSignal) =>
    pushOutbox(context.db, row.id, createMinifluxPusher(client), context.now, signal);

  const backend: AccountBackend = {
    kind: 'miniflux',
    capabilities: MINIFLUX_CAPABILITIES,

    async validateCredentials(password, signal) {
      const given = passwordToTest(password, context.password(), row.name, secretName);
      const me = await clientWith(given).me(signal ? { signal } : undefined);
      // A key of another Miniflux user would sync someone else's reading into this account.
      if (auth === 'token' && row.user !== null && row.user !== '' && me.username !== row.user)
        throw new ApiError(
          'AUTH_REFUSED',
          `That API key belongs to the Miniflux user “${me.username}”, not “${row.user}”: use a key of ${row.user}.`,
        );
    },

    async sync(run): Promise<AccountSyncOutcome> {
      const cursor: MinifluxCursor = minifluxCursorOf(run.cursor);
      starMode ??= cursor.starMode;
      return withClient(async (client) => {
        const pushed = await push(client, run.signal);
        const pulled = await pullMiniflux({
          db: context.db,
          accountId: row.id,
          client,
          cursor,
          now: context.now,
          bodyDays: context.bodyDays(),
          signal: run.signal,
          ...(run.onArticles ? { onArticles: run.onArticles } : {}),
        });
        const kept: MinifluxCursor = { ...pulled.cursor, starMode: client.starMode() ?? starMode };
        return syncOutcome(pushed.pushed, pulled, kept);
      });
    },

    push: (signal) => withClient(async (client) => (await push(client, signal)).pushed),

    ...structure,
  };
  return { backend, subscribeInFolder };
}
