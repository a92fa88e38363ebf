/**
 * `account add | list | remove`: a library folder's sync-service accounts from the command line, through the
 * same account service the app uses (`core.accounts`), so an account added here is one the app shows. The command
 * line is the host: it keeps passwords in the folder's `secrets.json` (cli-secrets.ts) and stores one only after
 * the server accepted it, so a refused password leaves no account and no secret behind.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../api/errors';
import {
  GReaderServiceSchema,
  AddAccountInputSchema,
  LOCAL_ACCOUNT_ID,
  type Account,
  type AddAccountInput,
} from '../../api/methods/accounts';
import { GREADER_SERVICES } from '../greader/services';
import { forgetAccountSecrets, storeAccountSecrets } from '../secrets/account-secrets';
import { LIBRARY_FILE } from '../service';
import { minifluxAccountInput } from './account-add-miniflux';
import { openCliCore } from './cli-core';
import { openSecretFile } from './cli-secrets';
import { jsonResult, usageError, type CommandResult } from './command-result';
import { parseArgs, type ParsedArgs } from './parse-args';
import { readLines, type SecretInput } from './read-stdin';

export const ACCOUNT_ADD_USAGE =
  'account add --data-dir <dir> --kind greader|fever|nextcloud|feedbin [--service freshrss|theoldreader|bazqux|miniflux|inoreader|other] --url <url> --user <name> --password-stdin [--app-id <id>] [--name <label>] [--allow-http] [--pin-sha256 <fingerprint>]';
export const ACCOUNT_ADD_MINIFLUX_USAGE =
  'account add --data-dir <dir> --kind miniflux --url <url> (--token-stdin | --user <name> --password-stdin) [--name <label>] [--allow-http] [--pin-sha256 <fingerprint>]';
export const ACCOUNT_LIST_USAGE = 'account list --data-dir <dir>';
export const ACCOUNT_REMOVE_USAGE = 'account remove --data-dir <dir> --account <id> [--keep-bookmarks]';
export const ACCOUNT_USAGE = 'account (add | list | remove) --data-dir <dir> [options]';

export const ACCOUNT_HELP = [
  'Adds, lists or removes a library folder’s sync-service accounts (the Google Reader API: FreshRSS, The Old Reader, BazQux, Miniflux, Inoreader, other servers; the Fever API: FreshRSS, Miniflux, Tiny Tiny RSS…; Miniflux’s own API; Nextcloud News; Feedbin).',
  '',
  `  ${ACCOUNT_ADD_USAGE}`,
  '      Tests the user name and password with the server first: a refused password exits 1 and saves nothing. The password is the first line of stdin (e.g. `printf "%s\\n" "$PW" | npm run cli -- account add … --password-stdin`), never an argument, which other users can see. Inoreader also needs --app-id and your App key as the second line of stdin. --url is the server’s API endpoint (FreshRSS: https://host/api/greader.php; a known service’s base URL is completed; The Old Reader, BazQux and Inoreader need none). --service (Google Reader API only) defaults to other. --kind fever needs the Fever endpoint as --url (FreshRSS: https://host/api/fever.php; Miniflux: https://host/fever/); a Fever account cannot add or remove feeds or rename folders from here. --kind nextcloud needs your Nextcloud’s address as --url (e.g. https://cloud.example.org; the News API’s path is added) and takes your password or an app password (the only kind that works with two-factor sign-in). --kind feedbin signs in with your Feedbin email address as --user and needs no --url (it connects to https://api.feedbin.com/v2/). Plain http:// to anything but this computer needs --allow-http. A server with a certificate of its own (self-signed) is reached with --pin-sha256 and its certificate’s SHA-256 fingerprint (AB:CD:… or 64 hex digits, as `openssl x509 -noout -fingerprint -sha256 -in cert.pem` shows it): exactly that certificate is accepted, any other refused. No keychain here: the password is kept in a file readable only by you (<dir>/secrets.json, mode 0600). Prints {"account": {id, kind, service, name, url, user, status}}.',
  `  ${ACCOUNT_ADD_MINIFLUX_USAGE}`,
  '      Miniflux’s own API (feeds, folders, read and starred state, all changeable from here). --url is the address you open Miniflux at (https://reader.example.com; a path it lives under is kept). --token-stdin reads an API key (Miniflux: Settings → API Keys) from stdin’s first line, and the account takes the user name the server gives for it; or --user with --password-stdin signs in with the user name and password. Refused: exit 1, nothing saved. The key is kept as a password is, in <dir>/secrets.json. Miniflux’s Google Reader API is --kind greader --service miniflux.',
  `  ${ACCOUNT_LIST_USAGE}`,
  '      Prints {"accounts": [{id, kind, service, name, url, user, status, lastSyncAt, lastError}]}, the local account first; status is ok, syncing, needs-password or error.',
  `  ${ACCOUNT_REMOVE_USAGE}`,
  '      Removes the account, its feeds and sections, and its saved password; with --keep-bookmarks its bookmarked articles stay as local copies.',
  '',
  'Exit codes: 0 done; 1 the server refused the password, the address was refused, or there is no such account; 2 a usage error, an unreachable server, or a folder without a library.',
].join('\n');

export interface AccountIo {
  /** Where --password-stdin reads from. */
  stdin: SecretInput;
  appVersion?: string;
  now?: () => number;
}

type AccountRow = Pick<Account, 'id' | 'kind' | 'service' | 'name' | 'url' | 'user' | 'status'>;
const row = (account: Account): AccountRow => ({
  id: account.id,
  kind: account.kind,
  service: account.service,
  name: account.name,
  url: account.url,
  user: account.user,
  status: account.status,
});

export async function accountFromArgv(argv: readonly string[], io: AccountIo): Promise<CommandResult> {
  const [action, ...rest] = argv;
  switch (action) {
    case 'add': {
      const parsed = parseArgs(
        rest,
        ['data-dir', 'kind', 'service', 'url', 'user', 'name', 'app-id', 'pin-sha256'],
        ['password-stdin', 'token-stdin', 'allow-http'],
      );
      return parsed.ok ? addAccount(parsed.args, io) : usageError(parsed.error, ACCOUNT_ADD_USAGE);
    }
    case 'list': {
      const parsed = parseArgs(rest, ['data-dir']);
      if (!parsed.ok) return usageError(parsed.error, ACCOUNT_LIST_USAGE);
      if (parsed.args.positionals.length > 0 || !parsed.args.flags['data-dir'])
        return usageError('account list needs --data-dir', ACCOUNT_LIST_USAGE);
      return listAccounts(parsed.args.flags['data-dir'], io);
    }
    case 'remove': {
      const parsed = parseArgs(rest, ['data-dir', 'account'], ['keep-bookmarks']);
      if (!parsed.ok) return usageError(parsed.error, ACCOUNT_REMOVE_USAGE);
      const { flags, positionals } = parsed.args;
      if (positionals.length > 0 || !flags['data-dir'] || !flags.account)
        return usageError('account remove needs --data-dir and --account', ACCOUNT_REMOVE_USAGE);
      return removeAccount(flags['data-dir'], flags.account, flags['keep-bookmarks'] === 'true', io);
    }
    default:
      return usageError(
        action === undefined ? 'account needs add, list or remove' : `unknown account action "${action}"`,
        ACCOUNT_USAGE,
      );
  }
}

async function addAccount({ flags, positionals }: ParsedArgs, io: AccountIo): Promise<CommandResult> {
  const usage = (message: string) => usageError(message, ACCOUNT_ADD_USAGE);
  if (positionals.length > 0) return usage(`unexpected argument "${positionals[0]}"`);
  if (!flags['data-dir']) return usage('account add needs --data-dir');
  if (flags.kind === 'miniflux') {
    const read = await minifluxAccountInput(flags, io.stdin);
    if (!read.ok) return usageError(read.error, ACCOUNT_ADD_MINIFLUX_USAGE);
    return withCore(flags['data-dir'], io, (core) => addAndStore(core, flags['data-dir']!, read.input));
  }
  if (flags['token-stdin'] !== undefined) return usage('--token-stdin is for --kind miniflux (an API key)');
  if (flags.kind !== 'greader' && flags.kind !== 'fever' && flags.kind !== 'nextcloud' && flags.kind !== 'feedbin')
    return usage('account add needs --kind greader, fever, miniflux, nextcloud or feedbin');
  const kind = flags.kind;
  if (kind === 'fever' && flags.service !== undefined && flags.service !== 'fever')
    return usage('--service is for --kind greader (a Fever account has no variants)');
  if (kind === 'feedbin' && flags.service !== undefined && flags.service !== 'feedbin')
    return usage('--service is for --kind greader (Feedbin is one service)');
  if (kind === 'fever' && flags.url === undefined)
    return usage('account add --kind fever needs --url (FreshRSS: https://host/api/fever.php)');
  if (kind === 'nextcloud' && flags.service !== undefined && flags.service !== 'nextcloud')
    return usage('--service is for --kind greader (a Nextcloud News account has no variants)');
  if (kind === 'nextcloud' && flags.url === undefined)
    return usage('account add --kind nextcloud needs --url (your Nextcloud’s address: https://cloud.example.org)');
  const service = GReaderServiceSchema.safeParse(kind !== 'greader' ? 'other' : (flags.service ?? 'other'));
  if (!service.success) return usage(`--service must be one of ${GReaderServiceSchema.options.join(', ')}`);
  if (!flags.user) return usage('account add needs --user');
  if (flags['password-stdin'] !== 'true')
    return usage('account add reads the password from stdin: add --password-stdin and pipe the password in');
  const needsAppKey = kind === 'greader' && GREADER_SERVICES[service.data].needsAppCredentials;
  if (needsAppKey && !flags['app-id'])
    return usage(`${GREADER_SERVICES[service.data].label} needs --app-id, and your App key as stdin’s second line`);

  const [password, appKey] = await readLines(io.stdin, needsAppKey ? 2 : 1);
  if (!password) return usage('no password on stdin: its first line is the password');
  if (needsAppKey && !appKey) return usage('no App key on stdin: its second line is the App key');
  const input = AddAccountInputSchema.safeParse({
    ...(kind === 'greader' ? { kind, service: service.data } : { kind }),
    user: flags.user,
    password,
    ...(flags.url === undefined ? {} : { url: flags.url }),
    ...(flags.name === undefined ? {} : { name: flags.name }),
    ...(flags['app-id'] === undefined ? {} : { appId: flags['app-id'] }),
    ...(needsAppKey ? { appKey } : {}),
    ...(flags['allow-http'] === 'true' ? { allowHttp: true } : {}),
    ...(flags['pin-sha256'] === undefined ? {} : { pinnedFingerprint: flags['pin-sha256'] }),
  });
  if (!input.success) {
    const issue = input.error.issues[0]!;
    return usage(`${optionName(String(issue.path[0] ?? ''))} is not acceptable: ${issue.message}`);
  }
  return withCore(flags['data-dir'], io, (core) => addAndStore(core, flags['data-dir']!, input.data));
}

type CliCore = ReturnType<typeof openCliCore>;

/** Tests the credentials (the core), then stores them; an account whose password cannot be stored is taken out. */
async function addAndStore(core: CliCore, dataDir: string, input: AddAccountInput): Promise<CommandResult> {
  const account = await core.accounts.add(input);
  const secrets = openSecretFile(dataDir);
  try {
    await storeAccountSecrets(secrets, account.id, input);
  } catch (error) {
    await forgetAccountSecrets(secrets, account.id).catch(() => undefined);
    await core.accounts.remove(account.id, false);
    return jsonResult(2, {
      ok: false,
      error: `The account was not added: its password could not be saved (${reason(error)}).`,
    });
  }
  return jsonResult(0, { account: row(account) });
}

async function listAccounts(dataDir: string, io: AccountIo): Promise<CommandResult> {
  if (!hasLibrary(dataDir)) return jsonResult(2, { ok: false, error: `no library in ${dataDir}` });
  return withCore(dataDir, io, async (core) =>
    jsonResult(0, {
      accounts: core.accounts.list().map((account) => ({
        ...row(account),
        lastSyncAt: account.lastSyncAt,
        lastError: account.lastError,
      })),
    }),
  );
}

async function removeAccount(
  dataDir: string,
  id: string,
  keepBookmarks: boolean,
  io: AccountIo,
): Promise<CommandResult> {
  if (!hasLibrary(dataDir)) return jsonResult(2, { ok: false, error: `no library in ${dataDir}` });
  if (id === LOCAL_ACCOUNT_ID)
    return jsonResult(1, { ok: false, error: 'The feeds on this computer cannot be removed as an account.' });
  return withCore(dataDir, io, async (core) => {
    await core.accounts.remove(id, keepBookmarks);
    try {
      await forgetAccountSecrets(openSecretFile(dataDir), id);
    } catch (error) {
      return jsonResult(2, {
        ok: false,
        error: `The account was removed, but its saved password could not be deleted from secrets.json (${reason(error)}).`,
      });
    }
    return jsonResult(0, { ok: true, removed: { id, keepBookmarks } });
  });
}

/** Runs one command on the folder's core service and shuts it down; the core's refusals become exit codes. */
async function withCore(
  dataDir: string,
  io: AccountIo,
  run: (core: CliCore) => Promise<CommandResult>,
): Promise<CommandResult> {
  const core = openCliCore({
    dataDir,
    ...(io.appVersion === undefined ? {} : { appVersion: io.appVersion }),
    ...(io.now ? { now: io.now } : {}),
  });
  try {
    return await run(core);
  } catch (error) {
    return jsonResult(exitCodeOf(error), { ok: false, error: reason(error) });
  } finally {
    await core.shutdown();
  }
}

/** 1 when what was asked was refused (the password, the address, an unknown account); 2 for everything else. */
function exitCodeOf(error: unknown): number {
  if (!(error instanceof ApiError)) return 2;
  return ['AUTH_REFUSED', 'UNSAFE_URL', 'NOT_FOUND', 'CONFLICT'].includes(error.code) ? 1 : 2;
}

function hasLibrary(dataDir: string): boolean {
  // A mistyped folder must not get an empty library created in it.
  return existsSync(join(dataDir, LIBRARY_FILE));
}

const OPTION_NAMES: Record<string, string> = {
  appId: '--app-id',
  appKey: 'the App key',
  password: 'the password',
  pinnedFingerprint: '--pin-sha256',
};
const optionName = (field: string) => OPTION_NAMES[field] ?? `--${field}`;
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
