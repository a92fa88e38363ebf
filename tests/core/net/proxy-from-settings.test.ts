import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../../electron/core/net/network';
import { proxyFromSettings } from '../../../electron/core/net/proxy-from-settings';

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

  it('is the network’s: a SOCKS address is noticed, and the notice goes when the setting is fixed', async () => {
    const network = createNetwork({ appVersion: '9.9.9-test' });
    try {
      expect(network.proxyNotice).toBeNull();
      network.configureProxy('socks5://127.0.0.1:1080');
      expect(network.proxyNotice).toMatch(/SOCKS/);
      network.configureProxy('');
      expect(network.proxyNotice).toBeNull();
    } finally {
      await network.close();
    }
  });
});
