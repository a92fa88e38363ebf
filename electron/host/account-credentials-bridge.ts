/**
 * Hands the core every account's credentials, in memory, each time the core worker is ready (a restarted
 * worker remembers nothing). The core learns the accounts' ids from `accounts.list` and gets one complete
 * `internal.setAccountCredentials` answer, so it knows when it has heard everything: an account without a usable
 * secret then shows "needs your password". Secrets never travel anywhere else.
 */
import { z } from 'zod';
import type { EventEmitter, EventPayload } from '../api/contract';
import { AccountSchema, LOCAL_ACCOUNT_ID } from '../api/methods/accounts';
import { readAccountCredentials } from '../core/secrets/account-secrets';
import { hostLog } from './log/loggers';
import type { SecretStore } from './platform';
import type { CoreCaller } from './router';

export interface AccountCredentialsBridge {
  /** Wraps an event emitter: passes every event on and hands credentials over when the core is ready. */
  observe(emit: EventEmitter): EventEmitter;
  /** The core is built after the emitters it reports through, so it is attached afterwards. */
  attach(core: CoreCaller): void;
  /** Settles when the hand-over started by the last `ready` has finished (tests wait on it). */
  settled(): Promise<void>;
}

/** The name and the reason only: a secret's value never reaches the log. */
const logUnreadable = (name: string, error: unknown) =>
  hostLog.warn('The secret {name} could not be read: {reason}', {
    name,
    reason: error instanceof Error ? error.message : String(error),
  });

export function createAccountCredentialsBridge(secrets: SecretStore): AccountCredentialsBridge {
  let core: CoreCaller | undefined;
  let last: Promise<void> = Promise.resolve();

  const handOver = async (caller: CoreCaller) => {
    const listed = await caller.call('accounts.list', []);
    // A core that failed to answer gets everything again at its next `ready`.
    if (!listed.ok) return;
    const accounts = z.array(AccountSchema).parse(listed.value);
    const credentials = [];
    for (const account of accounts) {
      if (account.id !== LOCAL_ACCOUNT_ID)
        credentials.push(await readAccountCredentials(secrets, account.id, logUnreadable));
    }
    await caller.call('internal.setAccountCredentials', [credentials]);
  };

  return {
    observe: (emit) => (event, payload) => {
      emit(event, payload);
      if (event !== 'core.status' || (payload as EventPayload<'core.status'>).state !== 'ready' || !core) return;
      last = handOver(core).catch((error: unknown) =>
        hostLog.error('Handing the accounts’ credentials to the core failed: {error}', { error }),
      );
    },
    attach: (caller) => {
      core = caller;
    },
    settled: () => last,
  };
}
