import { describe, expect, it } from 'vitest';
import { normalizeProxyUrl, proxyRoutes } from '../../../electron/core/net/proxy-settings';

describe('proxyRoutes', () => {
  it('uses nothing when the environment is empty', () => {
    expect(proxyRoutes({ mode: 'system' }, {})).toEqual({ httpProxy: '', httpsProxy: '', noProxy: '' });
  });

  it('prefers lower-case variables, as curl does', () => {
    const env = { http_proxy: 'http://lower:1', HTTP_PROXY: 'http://upper:1', no_proxy: 'a', NO_PROXY: 'b' };
    expect(proxyRoutes({ mode: 'system' }, env)).toEqual({
      httpProxy: 'http://lower:1/',
      httpsProxy: 'http://lower:1/',
      noProxy: 'a',
    });
  });

  it('uses HTTPS_PROXY for https when set', () => {
    const env = { HTTP_PROXY: 'http://plain:1', HTTPS_PROXY: 'http://secure:2' };
    expect(proxyRoutes({ mode: 'system' }, env)).toMatchObject({
      httpProxy: 'http://plain:1/',
      httpsProxy: 'http://secure:2/',
    });
  });

  it('lets the manual setting win for both schemes but keeps NO_PROXY', () => {
    const env = { HTTP_PROXY: 'http://env:1', NO_PROXY: 'intranet' };
    expect(proxyRoutes({ mode: 'manual', url: 'http://setting:3128' }, env)).toEqual({
      httpProxy: 'http://setting:3128/',
      httpsProxy: 'http://setting:3128/',
      noProxy: 'intranet',
    });
  });

  it('ignores everything in direct mode', () => {
    expect(proxyRoutes({ mode: 'direct' }, { HTTP_PROXY: 'http://env:1' })).toEqual({
      httpProxy: '',
      httpsProxy: '',
      noProxy: '',
    });
  });

  it('rejects an invalid manual proxy, which settings validation should have caught', () => {
    expect(() => proxyRoutes({ mode: 'manual', url: 'socks5://x:1' }, {})).toThrow(/Invalid proxy address/);
  });
});

describe('normalizeProxyUrl', () => {
  it.each([
    ['proxy.local:3128', 'http://proxy.local:3128/'],
    ['  http://user:pw@proxy:8080  ', 'http://user:pw@proxy:8080/'],
    ['https://proxy:443', 'https://proxy/'],
    ['', ''],
    ['socks5://proxy:1080', ''],
    ['file:///etc/passwd', ''],
    ['http://', ''],
    ['::::', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeProxyUrl(raw)).toBe(expected);
  });
});
