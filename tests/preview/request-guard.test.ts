import { describe, expect, test } from 'vitest';
import { checkHost, checkPageRequest, sameSecret } from '../../electron/preview/request-guard';

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

describe('preview page-request check (no cross-site form posts)', () => {
  test.each([
    ['a GET without the header', 'GET', {}],
    ['a HEAD without the header', 'HEAD', {}],
    ['a POST with the page’s header', 'POST', { 'x-broadsheet-request': 'page' }],
  ])('lets through %s', (_label, method, headers) => {
    expect(checkPageRequest(method, headers)).toEqual({ allowed: true });
  });

  test.each([
    ['a POST without it', 'POST', {}],
    ['a POST with an empty one', 'POST', { 'x-broadsheet-request': '' }],
    ['a POST with another value', 'POST', { 'x-broadsheet-request': 'Page' }],
    ['a PUT without it', 'PUT', {}],
    ['a DELETE without it', 'DELETE', {}],
    ['no method at all', undefined, {}],
  ])('refuses %s', (_label, method, headers) => {
    expect(checkPageRequest(method, headers)).toMatchObject({ allowed: false, status: 403 });
  });
});

describe('preview secret comparison', () => {
  const secret = 'c2VjcmV0LXNlY3JldC1zZWNyZXQ';
  test('accepts the secret', () => {
    expect(sameSecret(secret, secret)).toBe(true);
  });
  test.each([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['a prefix', secret.slice(0, 10)],
    ['longer', secret + 'x'],
    ['repeated header', [secret, secret]],
    ['another secret', 'x'.repeat(secret.length)],
    ['a different case', secret.toUpperCase()],
  ])('refuses a %s secret', (_label, provided) => {
    expect(sameSecret(provided, secret)).toBe(false);
  });
});
