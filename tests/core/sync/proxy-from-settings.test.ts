import { describe, expect, it } from 'vitest';
import { proxyFromSettings } from '../../../electron/core/sync/proxy-from-settings';
import { call, createHarness } from './support/sync-harness';

describe('the proxy setting', () => {
  it.each([
    ['', { mode: 'system' }, null],
    ['  ', { mode: 'system' }, null],
    ['http://proxy.local:3128', { mode: 'manual', url: 'http://proxy.local:3128' }, null],
    ['HTTPS://proxy.local', { mode: 'manual', url: 'HTTPS://proxy.local' }, null],
    ['socks5://127.0.0.1:1080', { mode: 'system' }, expect.stringMatching(/SOCKS/)],
  ])('%j', (value, setting, warning) => {
    expect(proxyFromSettings(value)).toEqual({ setting, warning });
  });

  it('reaches the status as a notice when it cannot be honoured', async () => {
    const h = createHarness();
    try {
      await call(h, 'sync.configure', { refreshIntervalMinutes: 30, proxy: 'socks5://127.0.0.1:1080' });
      expect((await call(h, 'sync.status')).notice).toMatch(/SOCKS/);
    } finally {
      await h.dispose();
    }
  });
});
