import { describe, expect, test } from 'vitest';
import { checkHost, checkSecret } from '../../electron/preview/request-guard';

describe('preview host check (DNS rebinding)', () => {
  test('accepts exactly the loopback address and port it listens on', () => {
    expect(checkHost({ host: '127.0.0.1:5210' }, '127.0.0.1', 5210)).toEqual({ allowed: true });
    expect(checkHost({ host: '127.0.0.1:5210', origin: 'http://127.0.0.1:5210' }, '127.0.0.1', 5210)).toEqual({
      allowed: true,
    });
  });

  test.each([
    ['a rebinding domain', { host: 'evil.example:5210' }],
    ['localhost by name', { host: 'localhost:5210' }],
    ['another port', { host: '127.0.0.1:80' }],
    ['no port', { host: '127.0.0.1' }],
    ['no host header', {}],
    ['upper-case trickery', { host: 'EVIL.example:5210' }],
    ['trailing dot', { host: '127.0.0.1.:5210' }],
    ['a foreign origin', { host: '127.0.0.1:5210', origin: 'https://evil.example' }],
    ['an opaque origin', { host: '127.0.0.1:5210', origin: 'null' }],
  ])('refuses %s', (_label, headers) => {
    expect(checkHost(headers, '127.0.0.1', 5210)).toMatchObject({ allowed: false, status: 403 });
  });
});

describe('preview secret check', () => {
  const secret = 'c2VjcmV0LXNlY3JldC1zZWNyZXQ';
  test('accepts the secret', () => {
    expect(checkSecret(secret, secret)).toEqual({ allowed: true });
  });
  test.each([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['a prefix', secret.slice(0, 10)],
    ['longer', secret + 'x'],
    ['repeated header', [secret, secret]],
    ['another secret', 'x'.repeat(secret.length)],
  ])('refuses a %s secret', (_label, provided) => {
    expect(checkSecret(provided as string | undefined, secret)).toMatchObject({ allowed: false });
  });
});
