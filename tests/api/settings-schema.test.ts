import { describe, expect, test } from 'vitest';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  SettingsPatchSchema,
  SettingsSchema,
} from '../../electron/api/settings-schema';

describe('settings schema', () => {
  test('the defaults are valid', () => {
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  test('a patch merges nested groups and keeps the rest', () => {
    const next = applySettingsPatch(DEFAULT_SETTINGS, { reading: { fontSize: 20 }, notifications: { enabled: true } });
    expect(next.reading).toEqual({ ...DEFAULT_SETTINGS.reading, fontSize: 20 });
    expect(next.notifications).toEqual({ enabled: true, sectionIds: [] });
    expect(next.theme).toBe(DEFAULT_SETTINGS.theme);
  });

  test.each([
    [{ theme: 'neon' }],
    [{ reading: { fontSize: 11 } }],
    [{ reading: { lineHeight: Number.NaN } }],
    [{ refreshIntervalMinutes: 1 }],
    [{ retentionDays: 0 }],
    [{ offlineImagesDays: 0 }],
    [{ offlineImagesDays: 366 }],
    [{ offlineImagesDays: 1.5 }],
    [{ offlineImagesDays: '14' }],
    [{ imageCacheQuotaMB: 10 }],
    [{ accountUnreadDays: 60 }],
    [{ accountUnreadDays: '90' }],
    [{ accountUnreadDays: null }],
    [{ proxy: 'javascript:alert(1)' }],
    [{ proxy: 'http://proxy example' }],
    [{ extra: true }],
    [{ reading: { font: 'serif', colour: 'red' } }],
    [{ notifications: { sectionIds: [''] } }],
  ])('refuses %j', (patch) => {
    expect(SettingsPatchSchema.safeParse(patch).success).toBe(false);
  });

  test('offline images: 14 days and a 2 GB cache by default, within bounds', () => {
    expect(DEFAULT_SETTINGS.offlineImagesDays).toBe(14);
    expect(DEFAULT_SETTINGS.imageCacheQuotaMB).toBe(2048);
    expect(applySettingsPatch(DEFAULT_SETTINGS, { offlineImagesDays: 30 }).offlineImagesDays).toBe(30);
    expect(SettingsPatchSchema.safeParse({ offlineImagesDays: 365 }).success).toBe(true);
  });

  test('settings saved before offlineImagesDays existed stay valid and get the default', () => {
    const { offlineImagesDays: _dropped, ...older } = DEFAULT_SETTINGS;
    expect(SettingsSchema.parse(older).offlineImagesDays).toBe(14);
  });

  test('accounts download 90 days of unread articles at first by default; 7, 30, 365 or all can be chosen', () => {
    expect(DEFAULT_SETTINGS.accountUnreadDays).toBe(90);
    for (const accountUnreadDays of [7, 30, 90, 365, 'all'] as const)
      expect(applySettingsPatch(DEFAULT_SETTINGS, { accountUnreadDays }).accountUnreadDays).toBe(accountUnreadDays);
    const { accountUnreadDays: _dropped, ...older } = DEFAULT_SETTINGS;
    expect(SettingsSchema.parse(older).accountUnreadDays).toBe(90);
  });

  test('accepts proxies people use', () => {
    for (const proxy of ['', 'http://proxy.local:3128', 'https://p.example', 'socks5://127.0.0.1:1080']) {
      expect(SettingsPatchSchema.safeParse({ proxy }).success, proxy).toBe(true);
    }
  });
});
