import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../electron/api/csp';
import { createAppProtocolHandler, requestedSegments } from '../../electron/main/app-protocol';

let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

function put(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'broadsheet-protocol-'));
  root = join(base, 'renderer');
  put(join(root, 'index.html'), '<!doctype html><title>Broadsheet</title>');
  put(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  put(join(root, 'assets', 'index-abc.css'), 'body{}');
  put(join(root, 'assets', 'logo.svg'), '<svg/>');
  put(join(root, 'assets', 'blob.xyz'), 'opaque');
  // Files next to the root that traversal would reach.
  put(join(base, 'secret.txt'), 'TOP SECRET');
  put(join(base, 'renderer-evil', 'x.js'), 'evil');
  handler = createAppProtocolHandler(root);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it.each([
    ['app://broadsheet/index.html', 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://broadsheet/', 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://broadsheet/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log'],
    ['app://broadsheet/assets/index-abc.css?v=1#x', 'text/css; charset=utf-8', 'body'],
    ['app://broadsheet/assets/logo.svg', 'image/svg+xml', '<svg'],
    ['app://broadsheet/assets/blob.xyz', 'application/octet-stream', 'opaque'],
  ])('serves %s as %s', async (url, type, start) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('sends the CSP and nosniff on every response, found or not', async () => {
    for (const url of ['app://broadsheet/index.html', 'app://broadsheet/missing.js', 'app://evil/index.html']) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://broadsheet/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://broadsheet/index.html', 'POST')).status).toBe(405);
  });

  it.each([
    'app://broadsheet/missing.html',
    'app://broadsheet/assets',
    'app://broadsheet/assets/',
    'app://broadsheet/assets/nope/deeper.js',
  ])('gives 404 for %s', async (url) => expect((await get(url)).status).toBe(404));

  const hostile = [
    'app://broadsheet/../secret.txt',
    'app://broadsheet/assets/../../secret.txt',
    'app://broadsheet/%2e%2e/secret.txt',
    'app://broadsheet/%2E%2E/secret.txt',
    'app://broadsheet/.%2e/secret.txt',
    'app://broadsheet/..%2fsecret.txt',
    'app://broadsheet/..%2Fsecret.txt',
    'app://broadsheet/%2e%2e%2fsecret.txt',
    'app://broadsheet/..%5csecret.txt',
    'app://broadsheet/..\\secret.txt',
    'app://broadsheet/assets\\..\\..\\secret.txt',
    'app://broadsheet/%252e%252e/secret.txt',
    'app://broadsheet//etc/passwd',
    'app://broadsheet/C:%5cWindows%5cwin.ini',
    'app://broadsheet/C:/Windows/win.ini',
    'app://broadsheet/index.html%00.js',
    'app://broadsheet/../renderer-evil/x.js',
  ];

  it.each(hostile)('never serves anything outside the root for %s', async (url) => {
    const response = await get(url);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toMatch(/TOP SECRET|evil|root:/);
  });

  it.each([
    'app://evil/index.html',
    'app://broadsheet.evil/index.html',
    'https://broadsheet/index.html',
    'file:///etc/passwd',
  ])('refuses other hosts and schemes: %s', async (url) => {
    expect((await get(url)).status).toBe(403);
  });

  it('maps plain paths to segments and refuses traversal before touching the disk', () => {
    expect(requestedSegments('app://broadsheet/assets/a.js')).toEqual(['assets', 'a.js']);
    expect(requestedSegments('app://broadsheet/a%20b.js')).toEqual(['a b.js']);
    expect(requestedSegments('app://broadsheet/%E0%A4%A.js')).toBeUndefined();
    expect(requestedSegments('app://broadsheet/..%2f..%2fsecret')).toBeUndefined();
    // Request refuses to carry credentials, so the parser is checked directly.
    expect(requestedSegments('app://user:pass@broadsheet/index.html')).toBeUndefined();
    expect(requestedSegments('app://broadsheet/./index.html')).toBeUndefined();
  });
});
