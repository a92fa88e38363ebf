import { describe, expect, it } from 'vitest';
import { call, createHarness } from './support/sync-harness';

describe('the proxy setting in sync', () => {
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
