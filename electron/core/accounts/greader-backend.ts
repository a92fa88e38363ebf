/**
 * A Google Reader API account (FreshRSS, Inoreader, The Old Reader, BazQux,
 * Miniflux, others): signs in with the password the host handed over in
 * memory, pushes the outbox, then pulls (greader-pull.ts). A session the
 * server stopped accepting is renewed once with the stored password; a
 * password the server refuses makes the account "needs your password" and
 * nothing is retried until the reader gives a new one.
 */
import type { Db } from '../db/sql';
import type { GReaderClient } from '../greader/client';
import type { GReaderCallOptions } from '../greader/types';
import { GReaderAuthError } from '../greader/errors';
import { feedStreamIdForUrl, labelStreamId } from '../greader/streams';
import { pullGReader, type GReaderCursor } from './greader-pull';
import { createGReaderPusher, greaderCapabilities } from './greader-pusher';
import { pushOutbox } from './remote/push-outbox';
import { NeedsPasswordError, NO_PASSWORD } from './backend';

export interface GReaderBackendOptions {
  db: () => Db;
  accountId: string;
  user: string;
  client: GReaderClient;
  /** The password the host handed over, or null when it has none (the reader must type it again). */
  password: () => string | null;
  now: () => number;
  /** Read at each sync (the reader's setting): unread bodies of the last this many days come at once; null: all. */
  bodyDays: () => number | null;
}

export interface AccountSyncRun {
  cursor: unknown;
  signal?: AbortSignal;
  onArticles?: (insertedIds: readonly number[]) => void;
}

export interface AccountSyncResult {
  newArticles: number;
  pushed: number;
  rejected: number;
  pulledStates: number;
  /** What to keep for the next sync (the account row's `state`). */
  cursor: GReaderCursor;
  /** Unread on the server, counted here, contents still to come. */
  unreadToDownload: number;
}

// Shared by every remote kind (backend.ts); still exported here for the files that always took them from here.
export { NeedsPasswordError, NO_PASSWORD } from './backend';

export function createGReaderBackend(options: GReaderBackendOptions) {
  const { client } = options;

  const signIn = async (signal?: AbortSignal): Promise<void> => {
    const password = options.password();
    if (password === null) throw new NeedsPasswordError(NO_PASSWORD);
    try {
      await client.login(options.user, password, callOptions(signal));
    } catch (error) {
      throw credentialProblem(error) ?? error;
    }
  };

  /** Runs `work` signed in; a session the server dropped is renewed once (a changed password then surfaces). */
  const signedIn = async <T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> => {
    if (client.auth() === null) await signIn(signal);
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof GReaderAuthError) || error.reason !== 'session') throw credentialProblem(error) ?? error;
      client.setAuth(null);
      await signIn(signal);
      try {
        return await work();
      } catch (again) {
        throw credentialProblem(again) ?? again;
      }
    }
  };

  return {
    kind: 'greader' as const,
    capabilities: greaderCapabilities(client.service),

    /** Tests a password without keeping anything but the session. */
    async validateCredentials(password: string, signal?: AbortSignal): Promise<void> {
      await client.login(options.user, password, callOptions(signal));
    },

    async sync(run: AccountSyncRun): Promise<AccountSyncResult> {
      return signedIn(async () => {
        const pushed = await pushOutbox(
          options.db,
          options.accountId,
          createGReaderPusher(client),
          options.now,
          run.signal,
        );
        const pulled = await pullGReader({
          db: options.db,
          accountId: options.accountId,
          client,
          cursor: cursorOf(run.cursor),
          now: options.now,
          bodyDays: options.bodyDays(),
          ...(run.signal ? { signal: run.signal } : {}),
          ...(run.onArticles ? { onArticles: run.onArticles } : {}),
        });
        return {
          newArticles: pulled.newArticles,
          pushed: pushed.pushed,
          rejected: pushed.rejected,
          pulledStates: pulled.pulledStates,
          cursor: pulled.cursor,
          unreadToDownload: pulled.unreadToDownload,
        };
      }, run.signal);
    },

    /** Only sends the outbox (quitting): nothing is pulled. */
    async push(signal?: AbortSignal): Promise<number> {
      const pushed = await signedIn(
        () => pushOutbox(options.db, options.accountId, createGReaderPusher(client), options.now, signal),
        signal,
      );
      return pushed.pushed;
    },

    /** Subscribes on the server (into a folder when given); the next pull brings the feed and its items. */
    async subscribe(url: string, folder: string | null, signal?: AbortSignal): Promise<void> {
      await signedIn(
        () =>
          client.subscriptionEdit(
            {
              action: 'subscribe',
              stream: feedStreamIdForUrl(url),
              ...(folder ? { addLabel: labelStreamId(folder) } : {}),
            },
            callOptions(signal),
          ),
        signal,
      );
    },

    async unsubscribe(feedRemoteId: string, signal?: AbortSignal): Promise<void> {
      await signedIn(
        () => client.subscriptionEdit({ action: 'unsubscribe', stream: feedRemoteId }, callOptions(signal)),
        signal,
      );
    },

    async renameFeed(feedRemoteId: string, title: string, signal?: AbortSignal): Promise<void> {
      await signedIn(
        () => client.subscriptionEdit({ action: 'edit', stream: feedRemoteId, title }, callOptions(signal)),
        signal,
      );
    },

    async moveFeed(feedRemoteId: string, from: string | null, to: string | null, signal?: AbortSignal): Promise<void> {
      await signedIn(
        () =>
          client.subscriptionEdit(
            {
              action: 'edit',
              stream: feedRemoteId,
              ...(to ? { addLabel: labelStreamId(to) } : {}),
              ...(from ? { removeLabel: labelStreamId(from) } : {}),
            },
            callOptions(signal),
          ),
        signal,
      );
    },

    async renameFolder(from: string, to: string, signal?: AbortSignal): Promise<void> {
      await signedIn(() => client.renameTag(labelStreamId(from), labelStreamId(to), callOptions(signal)), signal);
    },

    async deleteFolder(name: string, signal?: AbortSignal): Promise<void> {
      await signedIn(() => client.disableTag(labelStreamId(name), callOptions(signal)), signal);
    },
  };
}

export type GReaderBackend = ReturnType<typeof createGReaderBackend>;

/** A refusal only the reader can mend (a new password, a new App ID or key), as the error that says so. */
function credentialProblem(error: unknown): NeedsPasswordError | null {
  if (!(error instanceof GReaderAuthError)) return null;
  if (error.reason === 'password') return new NeedsPasswordError('The server refused the saved password.');
  if (error.reason === 'app-credentials') return new NeedsPasswordError('The server refused the App ID or App key.');
  return new NeedsPasswordError('The server no longer accepts this sign-in; enter the password again.');
}

/** The client's per-call options for an optional signal. */
function callOptions(signal?: AbortSignal): GReaderCallOptions | undefined {
  return signal ? { signal } : undefined;
}

function cursorOf(state: unknown): GReaderCursor {
  const since = (state as { since?: unknown } | null)?.since;
  return { since: typeof since === 'number' && Number.isFinite(since) ? since : null };
}
