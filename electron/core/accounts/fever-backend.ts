/**
 * A Fever API account (FreshRSS, Miniflux, Tiny Tiny RSS's plugin…) behind `AccountBackend`. There is no session:
 * every call carries the key made from the user name and the password the host handed over (memory only). A key the
 * server refuses makes the account "needs your password". `sync` = push the outbox (fever-pusher.ts), then pull
 * (fever-pull.ts). Fever has no calls to subscribe, unsubscribe, rename or move feeds, or rename and delete groups:
 * those are refused with a sentence, as the capabilities say (the UI greys them out before).
 */
import { ApiError } from '../../api/errors';
import { feverApiKey } from '../fever/api-key';
import { createFeverClient, type FeverClient } from '../fever/client';
import { FeverAuthError } from '../fever/errors';
import type { RemoteAccount, RemoteAccountContext } from './remote-account';
import { NeedsPasswordError, NO_PASSWORD, type AccountBackend, type AccountSyncOutcome } from './backend';
import { pullFever, type FeverCursor } from './fever-pull';
import { createFeverPusher, FEVER_CAPABILITIES } from './fever-pusher';
import { pushOutbox } from './remote/push-outbox';
import { passwordToTest, syncOutcome } from './backend-steps';

export function createFeverAccount(context: RemoteAccountContext): RemoteAccount {
  const { row } = context;
  const user = row.user ?? '';
  const clientWith = (password: string): FeverClient =>
    createFeverClient({ transport: context.transport, apiUrl: row.url ?? '', apiKey: feverApiKey(user, password) });
  const client = (): FeverClient => {
    const password = context.password();
    if (password === null) throw new NeedsPasswordError(NO_PASSWORD);
    return clientWith(password);
  };
  /** A refused key (`"auth":0`) only the reader can mend. */
  const refused = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof FeverAuthError) throw new NeedsPasswordError('The server refused the saved password.');
      throw error;
    }
  };
  const cannot = (what: string): Promise<never> =>
    Promise.reject(
      new ApiError(
        'UNAVAILABLE',
        `${row.name} uses the Fever API, which cannot ${what}: do it on the server’s own site, and the next sync brings it here.`,
      ),
    );

  const backend: AccountBackend = {
    kind: 'fever',
    capabilities: FEVER_CAPABILITIES,

    async validateCredentials(password, signal) {
      const given = passwordToTest(password, context.password(), row.name);
      await clientWith(given).check(signal ? { signal } : undefined);
    },

    async sync(run): Promise<AccountSyncOutcome> {
      return refused(async () => {
        const fever = client();
        const pushed = await pushOutbox(context.db, row.id, createFeverPusher(fever), context.now, run.signal);
        const pulled = await pullFever({
          db: context.db,
          accountId: row.id,
          client: fever,
          cursor: cursorOf(run.cursor),
          now: context.now,
          signal: run.signal,
          ...(run.onArticles ? { onArticles: run.onArticles } : {}),
        });
        return syncOutcome(pushed.pushed, pulled);
      });
    },

    async push(signal) {
      return refused(
        async () => (await pushOutbox(context.db, row.id, createFeverPusher(client()), context.now, signal)).pushed,
      );
    },

    subscribe: () => cannot('add feeds'),
    unsubscribe: () => cannot('remove feeds'),
    renameFeed: () => cannot('rename feeds'),
    moveFeed: () => cannot('move feeds between folders'),
    renameFolder: () => cannot('rename folders'),
    deleteFolder: () => cannot('delete folders'),
  };
  return { backend, subscribeInFolder: () => cannot('add feeds') };
}

function cursorOf(state: unknown): FeverCursor {
  const sinceId = (state as { sinceId?: unknown } | null)?.sinceId;
  return { sinceId: typeof sinceId === 'string' && /^\d+$/.test(sinceId) ? sinceId : null };
}
