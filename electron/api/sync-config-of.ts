/**
 * The part of the reader's settings the core's sync needs (`sync.configure`):
 * refresh interval, proxy, the offline-image settings and how many days of
 * unread articles an account downloads at first. The host sends it
 * from its settings service; the CLI, from the data folder's config.json, so
 * both refresh a library the same way.
 */
import type { SyncConfig } from './methods/sync';
import type { Settings } from './settings-schema';

export function syncConfigOf(settings: Settings): SyncConfig {
  return {
    refreshIntervalMinutes: settings.refreshIntervalMinutes,
    proxy: settings.proxy,
    offlineImages: settings.offlineImages,
    offlineImagesDays: settings.offlineImagesDays,
    imageCacheQuotaMB: settings.imageCacheQuotaMB,
    accountUnreadDays: settings.accountUnreadDays,
  };
}
