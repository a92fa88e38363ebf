/**
 * The accounts' part of `sync`. As the app's host does at every start, the command hands the core each account's
 * credentials from the folder's secrets.json (in memory), then syncs every account in turn (each pushes its
 * outbox first), a progress line per account. A password the command line cannot open (sealed by the desktop
 * app's keychain) or does not have comes on stdin (`--account <id> --password-stdin`, one account per run); an
 * account still without one is reported "needs-password" with what to do, never an obscure failure. A password
 * given on stdin is saved once the server accepted it, except over one the desktop app sealed, which stays as it
 * is (the command line then asks for it again next time).
 */
import type { Account } from '../../api/methods/accounts';
import type { AccountSyncSummary } from '../accounts/account-service';
import { passwordSecret } from '../secrets/account-secrets';
import type { SecretStore } from '../secrets/secret-store';
import type { CoreService } from '../service';
import type { StoredCredentials } from './cli-secrets';
import type { ProgressBar } from './progress-bar';

export interface GivenPassword {
  accountId: string;
  password: string;
}

export type PasswordTarget = { ok: true; accountId: string } | { ok: false; error: string };

/** The remote accounts of the folder, in the app's order. */
export function remoteAccounts(core: CoreService): Account[] {
  return core.accounts.list().filter((account) => account.kind !== 'local');
}

/**
 * Which account the password on stdin is for: the one `--account` names, else the only account without a usable
 * password, else the only account there is. Several candidates and no `--account` is a usage error.
 */
export function passwordTarget(
  accounts: readonly Account[],
  stored: readonly StoredCredentials[],
  named: string | undefined,
): PasswordTarget {
  if (named !== undefined)
    return accounts.some((account) => account.id === named)
      ? { ok: true, accountId: named }
      : { ok: false, error: `there is no sync-service account "${named}" in this folder (see account list)` };
  if (accounts.length === 0)
    return { ok: false, error: 'this folder has no sync-service account to give a password to' };
  const lacking = stored.filter((entry) => entry.credentials.password === null).map((entry) => entry.credentials.id);
  if (lacking.length === 1) return { ok: true, accountId: lacking[0]! };
  if (lacking.length === 0 && accounts.length === 1) return { ok: true, accountId: accounts[0]!.id };
  const candidates = lacking.length > 0 ? lacking : accounts.map((account) => account.id);
  return {
    ok: false,
    error: `several accounts could take the password on stdin (${candidates.join(', ')}): name one with --account <id>, one account per run`,
  };
}

/** Hands the core every account's stored credentials, with the password given on stdin in its account's place. */
export function handOverCredentials(
  core: CoreService,
  stored: readonly StoredCredentials[],
  given: GivenPassword | null,
): void {
  core.accounts.setCredentials(
    stored.map(({ credentials }) =>
      credentials.id === given?.accountId ? { ...credentials, password: given.password } : credentials,
    ),
  );
}

export interface AccountsSyncOptions {
  core: CoreService;
  secrets: SecretStore;
  accounts: readonly Account[];
  stored: readonly StoredCredentials[];
  given: GivenPassword | null;
  bar: ProgressBar;
}

/** Syncs every account one after another; the summaries say what happened to each, in the app's order. */
export async function syncAccounts(options: AccountsSyncOptions): Promise<AccountSyncSummary[]> {
  const summaries: AccountSyncSummary[] = [];
  for (const account of options.accounts) {
    options.bar.status(`account ${account.id}: syncing…`);
    const stored = options.stored.find((entry) => entry.credentials.id === account.id);
    const given = options.given?.accountId === account.id ? options.given : null;
    const summary = explained(await options.core.accounts.sync(account.id), stored, given !== null);
    if (given && summary.status === 'ok' && !stored?.locked) {
      try {
        await options.secrets.set(passwordSecret(account.id), given.password);
      } catch (error) {
        options.bar.line(
          `account ${account.id}: the server accepted the password, but it could not be saved in secrets.json (${error instanceof Error ? error.message : String(error)}); give it again next time`,
        );
      }
    }
    options.bar.line(outcomeLine(summary));
    summaries.push(summary);
  }
  return summaries;
}

/**
 * Whether an account failed because of the app itself rather than the server, the network or the password. The
 * account service words every failure it does not recognise as "Unexpected error: …" (account-service.ts,
 * `readerMessage`): the server's and the network's failures, a refused password and a cancel are all named.
 */
export function accountFailedInApp(summary: AccountSyncSummary): boolean {
  return summary.status === 'error' && (summary.error ?? '').startsWith('Unexpected error');
}

/** A needs-password summary says why and what to type; the rest pass as the account service wrote them. */
function explained(
  summary: AccountSyncSummary,
  stored: StoredCredentials | undefined,
  givenOnStdin: boolean,
): AccountSyncSummary {
  if (summary.status !== 'needs-password') return summary;
  const again = `run sync again with --account ${summary.id} --password-stdin`;
  const error = givenOnStdin
    ? 'The server refused the password given on stdin.'
    : stored?.locked
      ? `Its password was saved by the desktop app’s keychain, which the command line cannot open: ${again} to give it.`
      : stored?.unreadable
        ? `Its saved password could not be read (${stored.unreadable}): ${again} to give it.`
        : stored?.credentials.password === null
          ? `Broadsheet has no password for this account: ${again} to give it.`
          : `${summary.error ?? 'The server needs the password again.'} To give the new one, ${again}.`;
  return { ...summary, error };
}

function outcomeLine(summary: AccountSyncSummary): string {
  const head = `account ${summary.id}: `;
  if (summary.status === 'ok')
    return `${head}${summary.newArticles} new, ${summary.pushed} changes sent, ${summary.pulledStates} states from the server${olderText(summary.unreadToDownload)}`;
  return `${head}${summary.status} (${summary.error ?? 'no reason given'})`;
}

/** ", 1,000 older unread articles still on the server (a few hundred more each sync)", or nothing. */
function olderText(count: number): string {
  if (count === 0) return '';
  const what = count === 1 ? '1 older unread article' : `${count} older unread articles`;
  return `, ${what} still on the server (a few hundred more each sync)`;
}
