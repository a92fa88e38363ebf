import { describe, expect, it } from 'vitest';
import { methods, type CoreCallName } from '../../electron/api/contract';
import { success } from '../../electron/api/envelope';
import { DEFAULT_SETTINGS } from '../../electron/api/settings-schema';
import { syncConfigOf } from '../../electron/api/sync-config-of';
import { createCoreSyncBridge } from '../../electron/host/core-sync-bridge';

/** The image and account settings at their defaults, as the bridge sends them along with every config. */
const IMAGES = { offlineImages: true, offlineImagesDays: 14, imageCacheQuotaMB: 2048, accountUnreadDays: 90 };

function setup(online = true) {
  const calls: { method: CoreCallName; args: unknown[] }[] = [];
  const forwarded: string[] = [];
  const bridge = createCoreSyncBridge({
    settings: () => ({ ...DEFAULT_SETTINGS, refreshIntervalMinutes: 45 }),
    isOnline: () => online,
  });
  bridge.attach({ call: async (method, args) => (calls.push({ method, args }), success(null)) });
  const emit = bridge.observe((event) => void forwarded.push(event));
  return { calls, forwarded, emit, bridge };
}

describe('the host’s sync bridge', () => {
  it('tells a (re)started core the network state and the sync settings', () => {
    const { calls, forwarded, emit } = setup(false);
    emit('core.status', { state: 'ready' });
    expect(forwarded).toEqual(['core.status']);
    expect(calls).toEqual([
      { method: 'sync.setOnline', args: [false] },
      { method: 'sync.configure', args: [{ refreshIntervalMinutes: 45, proxy: '', ...IMAGES }] },
    ]);
  });

  it('passes settings changes and network changes on', () => {
    const { calls, emit, bridge } = setup();
    emit('settings.changed', { ...DEFAULT_SETTINGS, refreshIntervalMinutes: 10, proxy: 'http://proxy:3128' });
    bridge.setOnline(false);
    emit('core.status', { state: 'restarting', message: 'x' });
    expect(calls).toEqual([
      { method: 'sync.configure', args: [{ refreshIntervalMinutes: 10, proxy: 'http://proxy:3128', ...IMAGES }] },
      { method: 'sync.setOnline', args: [false] },
    ]);
  });

  it('maps the offline-image and account settings into the config, and the contract accepts what it sends', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      offlineImages: false,
      offlineImagesDays: 3,
      imageCacheQuotaMB: 100,
      accountUnreadDays: 'all' as const,
    };
    const config = syncConfigOf(settings);
    expect(config).toMatchObject({
      offlineImages: false,
      offlineImagesDays: 3,
      imageCacheQuotaMB: 100,
      accountUnreadDays: 'all',
    });
    expect(methods['sync.configure'].args.parse([config])).toEqual([config]);

    const { calls, emit } = setup();
    emit('settings.changed', settings);
    expect(calls).toEqual([{ method: 'sync.configure', args: [config] }]);
  });

  it('refuses image settings out of range, and fills them in for callers that only know about sync', () => {
    const args = methods['sync.configure'].args;
    expect(args.safeParse([{ refreshIntervalMinutes: 30, proxy: '', imageCacheQuotaMB: 1 }]).success).toBe(false);
    expect(args.safeParse([{ refreshIntervalMinutes: 30, proxy: '', offlineImagesDays: 0 }]).success).toBe(false);
    expect(args.safeParse([{ refreshIntervalMinutes: 30, proxy: '', accountUnreadDays: 60 }]).success).toBe(false);
    expect(args.parse([{ refreshIntervalMinutes: 30, proxy: '' }])).toEqual([
      { refreshIntervalMinutes: 30, proxy: '', ...IMAGES },
    ]);
  });
});
