/**
 * Accounts: where feeds come from — this computer (`local`, Broadsheet polls the feeds itself) or a sync
 * service (FreshRSS, Inoreader, … over the Google Reader API). The host owns every password and app key
 * (`HostPlatform.secrets`), so the methods that carry one (`accounts.add`, `accounts.setPassword`) and the one
 * that must forget one (`accounts.remove`) are the host's: it stores or deletes the secret and calls the core's
 * steps below, which the UI cannot reach. The core keeps credentials in memory only; nothing here ever returns one.
 */
import { z } from 'zod';
import { FINGERPRINT_FORMAT, normalizeFingerprint } from '../certificate-fingerprint';
import { LIMITS } from '../library-models';
import { IdSchema as Id, method } from '../method-spec';
import { RuleNotifiedSchema, SectionNewArticlesSchema } from './sync';

/** The one account every library has, created by the migration; it cannot be removed. */
export const LOCAL_ACCOUNT_ID = 'local';

/**
 * How an account talks to its service: `local` (Broadsheet polls the feeds itself), the Google Reader API, Fever,
 * Nextcloud News. Each remote kind has its own `AddAccountInput` variant and its own backend (core/accounts/backend-factory.ts).
 */
export const AccountKindSchema = z.enum(['local', 'greader', 'fever', 'miniflux', 'nextcloud', 'feedbin']);
export type AccountKind = z.infer<typeof AccountKindSchema>;

/** The kinds a reader can add (the local account exists already). */
export const RemoteAccountKindSchema = AccountKindSchema.exclude(['local']);

/** Google Reader API variants, named as the CLI's `--service` names them. */
export const GReaderServiceSchema = z.enum(['freshrss', 'inoreader', 'theoldreader', 'bazqux', 'miniflux', 'other']);
export type GReaderService = z.infer<typeof GReaderServiceSchema>;

/** What "Add account" offers: a Google Reader API variant, or a protocol of one kind (`fever`, `nextcloud`…). */
export const AccountServiceSchema = z.enum([
  ...GReaderServiceSchema.options,
  'fever',
  'miniflux-api',
  'nextcloud',
  'feedbin',
]);
export type AccountService = z.infer<typeof AccountServiceSchema>;

export const AccountStatusSchema = z.enum(['ok', 'syncing', 'needs-password', 'error']);
export type AccountStatus = z.infer<typeof AccountStatusSchema>;

/** What a backend can do; the UI asks these, never the kind. */
export const AccountCapabilitiesSchema = z.object({
  subscriptions: z.boolean(),
  folders: z.boolean(),
  starred: z.boolean(),
  markAllOnServer: z.boolean(),
  itemLabels: z.boolean(),
});
export type AccountCapabilities = z.infer<typeof AccountCapabilitiesSchema>;

const Count = z.number().int().nonnegative();

export const AccountSchema = z.object({
  id: Id,
  kind: AccountKindSchema,
  /** null for the local account. */
  service: AccountServiceSchema.nullable(),
  name: z.string(),
  /** The server's API endpoint; null for the local account. */
  url: z.string().nullable(),
  user: z.string().nullable(),
  status: AccountStatusSchema,
  lastSyncAt: z.string().datetime({ offset: true }).nullable(),
  /** Why the last sync failed, written for the reader; null when it did not. */
  lastError: z.string().nullable(),
  capabilities: AccountCapabilitiesSchema,
  feedCount: Count,
  /** Unread on the server, including `unreadToDownload`, so it matches the reader's other devices. */
  unreadCount: Count,
  /**
   * Unread articles whose contents are still on the server: those older than "download unread articles from the
   * last N days" arrive a few hundred per sync (ids alone say nothing about an article, so none is listed before).
   */
  unreadToDownload: Count,
});
export type Account = z.infer<typeof AccountSchema>;

export const AccountServiceInfoSchema = z.object({
  service: AccountServiceSchema,
  kind: RemoteAccountKindSchema,
  /** As the reader knows it: "FreshRSS", "Other Google Reader API server". */
  label: z.string(),
  /** The reader types the server's address (self-hosted services). */
  needsUrl: z.boolean(),
  /** The address used when the reader types none; null when one must be typed. */
  defaultUrl: z.string().nullable(),
  /** Inoreader: the reader's own App ID and App key from its developer settings. */
  needsAppCredentials: z.boolean(),
  /** What an account of this service keeps in step, said from its capabilities ("Read and starred articles…"). */
  can: z.string().optional(),
  /** What an account of this service cannot do here, said in the form ("Cannot add or remove feeds…"); absent: none. */
  cannot: z.string().optional(),
});
export type AccountServiceInfo = z.infer<typeof AccountServiceInfoSchema>;

export const ACCOUNT_LIMITS = { name: 200, user: 320, password: 1024, appId: 200, appKey: 512 } as const;

const Password = z.string().min(1).max(ACCOUNT_LIMITS.password);

/** A certificate's SHA-256 fingerprint as typed (`AB:CD:…` or bare hex), read as `AB:CD:…` in capitals. */
export const PinnedFingerprintSchema = z
  .string()
  .max(200)
  .transform((raw, context) => {
    const pin = normalizeFingerprint(raw);
    if (pin === null) context.addIssue({ code: 'custom', message: FINGERPRINT_FORMAT });
    return pin ?? '';
  });

/** What every remote account is added with, whatever its kind. */
const accountFields = {
  /** The server's address as typed; a known service's base URL is completed to its API endpoint. */
  url: z.string().trim().min(1).max(LIMITS.url).optional(),
  user: z.string().trim().min(1).max(ACCOUNT_LIMITS.user),
  password: Password,
  /** Shown in the sidebar and settings; the service's label and the user when absent. */
  name: z.string().trim().min(1).max(ACCOUNT_LIMITS.name).optional(),
  /** The reader confirmed plain http:// to a server on their network (loopback never needs it). */
  allowHttp: z.boolean().optional(),
  /**
   * The SHA-256 fingerprint of the server's own certificate: exactly that certificate is accepted (a server with a
   * certificate it signed itself), any other refused. Not a secret: it is kept with the account.
   */
  pinnedFingerprint: PinnedFingerprintSchema.optional(),
};

export const GReaderAccountInputSchema = z.strictObject({
  kind: z.literal('greader'),
  service: GReaderServiceSchema,
  ...accountFields,
  appId: z.string().trim().min(1).max(ACCOUNT_LIMITS.appId).optional(),
  appKey: z.string().trim().min(1).max(ACCOUNT_LIMITS.appKey).optional(),
});

/** A Fever API server (FreshRSS, Miniflux, Tiny Tiny RSS's plugin…): its `…/fever.php` or `…/fever/` address. */
export const FeverAccountInputSchema = z.strictObject({
  kind: z.literal('fever'),
  service: z.literal('fever').optional(),
  ...accountFields,
  url: z.string().trim().min(1).max(LIMITS.url),
  /** Fever has no App credentials (typed `undefined`, so code that reads them needs no case for the kind). */
  appId: z.undefined().optional(),
  appKey: z.undefined().optional(),
});

/**
 * Miniflux's own REST API (v1): the server's base address (completed: `…/v1/me` or a page of its site is cut), and
 * either an API key (`auth: 'token'`, Miniflux's Settings → API Keys) or a user name and password. The key travels
 * in `password`, so the host keeps it exactly as it keeps a password; the user name is then the one the server
 * answers for the key. Which of the two the account uses is kept with it (not a secret).
 */
export const MinifluxAccountInputSchema = z.strictObject({
  kind: z.literal('miniflux'),
  service: z.literal('miniflux-api').optional(),
  auth: z.enum(['token', 'password']),
  ...accountFields,
  url: z.string().trim().min(1).max(LIMITS.url),
  /** Needed with `auth: 'password'`; with a key the server names the user. */
  user: accountFields.user.optional(),
  appId: z.undefined().optional(),
  appKey: z.undefined().optional(),
});

/**
 * A Nextcloud with the News app: the address the reader opens it at (`https://cloud.example.org`, or the News app's
 * page), completed to its News API v1-3. The password may be an app password (needed with two-factor sign-in).
 */
export const NextcloudAccountInputSchema = z.strictObject({
  kind: z.literal('nextcloud'),
  service: z.literal('nextcloud').optional(),
  ...accountFields,
  url: z.string().trim().min(1).max(LIMITS.url),
  /** No App credentials (typed `undefined`, as for Fever). */
  appId: z.undefined().optional(),
  appKey: z.undefined().optional(),
});

/**
 * Feedbin (API v2): the email address as `user` and the password; `url` only where a test points it at a fake
 * (Feedbin is hosted at one address, https://api.feedbin.com/v2/).
 */
export const FeedbinAccountInputSchema = z.strictObject({
  kind: z.literal('feedbin'),
  service: z.literal('feedbin').optional(),
  ...accountFields,
  appId: z.undefined().optional(),
  appKey: z.undefined().optional(),
});

/** One variant per remote kind, told apart by `kind` (each has its backend: core/accounts/backend-factory.ts). */
export const AddAccountInputSchema = z.discriminatedUnion('kind', [
  GReaderAccountInputSchema,
  FeverAccountInputSchema,
  MinifluxAccountInputSchema,
  NextcloudAccountInputSchema,
  FeedbinAccountInputSchema,
]);
export type AddAccountInput = z.infer<typeof AddAccountInputSchema>;

/**
 * How this host keeps account passwords, so Settings can tell the reader when the protection is weak:
 * - `keychain`: sealed with the system keychain (Keychain, DPAPI, GNOME Keyring or KWallet);
 * - `weak-keychain`: Linux with no keyring the app can use (Electron's `basic_text`: a key built into the app);
 * - `no-keychain`: the system cannot encrypt at all: a file readable by this user alone (0600) is the only protection;
 * - `private-file`: by design a file readable by this user alone (the browser preview and the command line).
 */
export const PasswordStorageSchema = z.object({
  kind: z.enum(['keychain', 'weak-keychain', 'no-keychain', 'private-file']),
});
export type PasswordStorage = z.infer<typeof PasswordStorageSchema>;

export const RemoveAccountOptionsSchema = z.object({
  /** Keep the account's bookmarked articles as local copies (in the local account) instead of removing them. */
  keepBookmarks: z.boolean(),
});

export const accountsMethods = {
  'accounts.services': method({
    owner: 'core',
    summary: 'The sync services an account can be added for, with what each needs (server address, app credentials).',
    args: z.tuple([]),
    result: z.array(AccountServiceInfoSchema),
  }),
  'accounts.list': method({
    owner: 'core',
    summary: 'Every account, the local one first, with its status, last sync, last error and counts.',
    args: z.tuple([]),
    result: z.array(AccountSchema),
  }),
  'accounts.add': method({
    owner: 'host',
    summary:
      'Tests the credentials, then adds the account and saves its password with the host; a refusal (AUTH_REFUSED) saves nothing.',
    args: z.tuple([AddAccountInputSchema]),
    result: AccountSchema,
  }),
  'accounts.setPassword': method({
    owner: 'host',
    summary: 'Tests a new password for an account and, when the server accepts it, saves it with the host.',
    args: z.tuple([Id, Password]),
    result: AccountSchema,
  }),
  'accounts.sync': method({
    owner: 'core',
    summary: 'Syncs one account now (changes made here are sent first); answers once the sync has started.',
    args: z.tuple([Id]),
    result: AccountSchema,
  }),
  'accounts.passwordStorage': method({
    owner: 'host',
    summary: 'How this computer keeps account passwords (system keychain, a weak fallback, or a private file).',
    args: z.tuple([]),
    result: PasswordStorageSchema,
  }),
  'accounts.remove': method({
    owner: 'host',
    summary:
      'Removes an account, its feeds and sections, and forgets its password; its bookmarks become local copies or go too.',
    args: z.tuple([Id, RemoveAccountOptionsSchema]),
    result: z.null(),
  }),
} as const;

/** An account's sync stored new articles: where they landed, for notifications about chosen sections. */
export const AccountSyncedSchema = z.object({
  accountId: Id,
  newArticles: z.number().int().positive(),
  newBySection: z.array(SectionNewArticlesSchema),
  /** New articles a `notify` rule asked to announce; absent: none. */
  ruleNotified: RuleNotifiedSchema.optional(),
});
export type AccountSynced = z.infer<typeof AccountSyncedSchema>;

export const accountsEvents = {
  'accounts.changed': z.array(AccountSchema),
  'accounts.synced': AccountSyncedSchema,
} as const;

/** Credentials the host hands the core for one account; null where it has none (missing, or sealed by a keychain this process lacks). */
export const AccountCredentialsSchema = z.object({
  id: Id,
  password: Password.nullable(),
  appKey: z.string().min(1).max(ACCOUNT_LIMITS.appKey).nullable(),
});
export type AccountCredentials = z.infer<typeof AccountCredentialsSchema>;

/**
 * The core's half of the host-owned methods. Only the host calls these (see `internalMethods` in contract.ts):
 * the router never routes them, the preload never exposes them, so a password cannot reach the core from the UI
 * without the host storing it.
 */
export const accountsInternalMethods = {
  'internal.addAccount': method({
    owner: 'core',
    summary:
      'Tests the credentials (AUTH_REFUSED when refused), then saves the account and keeps its credentials in memory.',
    args: z.tuple([AddAccountInputSchema]),
    result: AccountSchema,
  }),
  'internal.setAccountPassword': method({
    owner: 'core',
    summary: 'Tests a new password (AUTH_REFUSED when refused) and keeps it in memory; the account is usable again.',
    args: z.tuple([Id, Password]),
    result: AccountSchema,
  }),
  'internal.removeAccount': method({
    owner: 'core',
    summary: 'Removes an account’s row, feeds and sections (keeping its bookmarks as local copies if asked).',
    args: z.tuple([Id, RemoveAccountOptionsSchema]),
    result: z.null(),
  }),
  'internal.setAccountCredentials': method({
    owner: 'core',
    summary:
      'The host’s credentials for every account, sent each time the core is ready; an account without any needs its password.',
    args: z.tuple([z.array(AccountCredentialsSchema).max(1000)]),
    result: z.null(),
  }),
} as const;
