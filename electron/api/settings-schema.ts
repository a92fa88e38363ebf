/**
 * The reader's settings. One schema validates the stored file at start-up,
 * every update that comes through the contract, and the defaults themselves.
 */
import { z } from 'zod';

export const ThemeSchema = z.enum(['system', 'light', 'dark', 'sepia']);

export const ReadingSettingsSchema = z.strictObject({
  font: z.enum(['serif', 'sans']),
  fontSize: z.number().int().min(12).max(32),
  lineHeight: z.number().min(1.2).max(2.2),
  columnWidth: z.number().int().min(480).max(1200),
});

export const NotificationSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  /** Section ids whose new articles raise a notification. */
  sectionIds: z.array(z.string().min(1).max(64)).max(500),
});

/**
 * "Download unread articles from the last N days at first" (sync-service accounts): on an account's first sync,
 * unread articles of the last this many days arrive with their bodies at once; older unread ones are counted at
 * once and arrive a few hundred per sync. `all` downloads every unread article at once.
 */
export const ACCOUNT_UNREAD_DAYS = [7, 30, 90, 365, 'all'] as const;
export const AccountUnreadDaysSchema = z.union([
  z.literal(7),
  z.literal(30),
  z.literal(90),
  z.literal(365),
  z.literal('all'),
]);
export type AccountUnreadDays = z.infer<typeof AccountUnreadDaysSchema>;

const ProxySchema = z
  .string()
  .max(2048)
  .refine((value) => value === '' || /^(https?|socks5?):\/\/[^\s]+$/i.test(value), {
    message: 'Proxy must be empty or an http://, https:// or socks:// URL',
  });

export const SettingsSchema = z.strictObject({
  theme: ThemeSchema,
  reading: ReadingSettingsSchema,
  refreshIntervalMinutes: z.number().int().min(5).max(1440),
  retentionDays: z.number().int().min(1).max(3650),
  keepUnread: z.boolean(),
  offlineImages: z.boolean(),
  /**
   * Articles this many days old or newer get their images cached (bookmarks
   * always do). Defaulted rather than required, so settings saved before it
   * existed stay valid instead of raising a "settings were reset" notice.
   */
  offlineImagesDays: z.number().int().min(1).max(365).default(14),
  imageCacheQuotaMB: z.number().int().min(50).max(100_000),
  markReadOnOpen: z.boolean(),
  /** Rows that scroll past the top of a list are marked read. Defaulted like `offlineImagesDays`. */
  markReadOnScroll: z.boolean().default(false),
  /** Reading one source of a story marks every source read (off: only that article). Defaulted like the above. */
  storyReadMarksAll: z.boolean().default(true),
  proxy: ProxySchema,
  notifications: NotificationSettingsSchema,
  /** Defaulted like `offlineImagesDays`, so settings saved before it existed stay valid. */
  accountUnreadDays: AccountUnreadDaysSchema.default(90),
});

export type Settings = z.infer<typeof SettingsSchema>;

/** An update names only what changes; nested groups may be partial too. */
export const SettingsPatchSchema = z.strictObject({
  theme: ThemeSchema.optional(),
  reading: ReadingSettingsSchema.partial().optional(),
  refreshIntervalMinutes: SettingsSchema.shape.refreshIntervalMinutes.optional(),
  retentionDays: SettingsSchema.shape.retentionDays.optional(),
  keepUnread: z.boolean().optional(),
  offlineImages: z.boolean().optional(),
  offlineImagesDays: SettingsSchema.shape.offlineImagesDays.unwrap().optional(),
  imageCacheQuotaMB: SettingsSchema.shape.imageCacheQuotaMB.optional(),
  markReadOnOpen: z.boolean().optional(),
  markReadOnScroll: z.boolean().optional(),
  storyReadMarksAll: z.boolean().optional(),
  proxy: ProxySchema.optional(),
  notifications: NotificationSettingsSchema.partial().optional(),
  accountUnreadDays: AccountUnreadDaysSchema.optional(),
});

export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  reading: { font: 'serif', fontSize: 18, lineHeight: 1.6, columnWidth: 720 },
  refreshIntervalMinutes: 30,
  retentionDays: 90,
  keepUnread: true,
  offlineImages: true,
  offlineImagesDays: 14,
  imageCacheQuotaMB: 2048,
  markReadOnOpen: true,
  markReadOnScroll: false,
  storyReadMarksAll: true,
  proxy: '',
  notifications: { enabled: false, sectionIds: [] },
  accountUnreadDays: 90,
};

/** Stored settings that failed validation: every still-valid group is kept, the broken ones fall back to defaults. */
export function salvageSettings(stored: unknown): Settings {
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = SettingsSchema.shape[key].safeParse(source[key]);
    if (field.success) result[key] = field.data;
  }
  return SettingsSchema.parse(result);
}

/** Applies a validated patch; nested groups merge, everything else replaces. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const next: Settings = {
    ...current,
    ...stripUndefined(patch),
    reading: { ...current.reading, ...stripUndefined(patch.reading ?? {}) },
    notifications: { ...current.notifications, ...stripUndefined(patch.notifications ?? {}) },
  };
  return SettingsSchema.parse(next);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
