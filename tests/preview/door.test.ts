import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { incomingDir } from '../../electron/core/backup/incoming-files';
import { exportsDir } from '../../electron/core/export/export-files';
import { createCacheKeyring } from '../../electron/core/images/cache-key';
import { imagesDir } from '../../electron/core/images/cache-paths';
import { loadCacheSecret } from '../../electron/core/images/cache-secret';
import { storeImageFile } from '../../electron/core/images/store-image';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { buildCoreWorker } from '../support/build-worker';
import { makeTempDir } from '../support/temp-dir';
import { enter, FROM_PAGE, openPrintedUrl, peek, send, type RawRequest } from './support/preview-http';

/**
 * The preview's door, through two real servers on two ports: every way in (page, assets, API, events, upload,
 * image, export download) is refused without this run's cookie and served with it; the printed token is the only
 * way to the cookie; the two servers do not accept each other's cookies; the Host and Origin checks still hold.
 */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 4, 5, 6]);
const EXPORT_TOKEN = '0123456789abcdef'.repeat(2);
const dataDir = makeTempDir();
const rendererDir = makeTempDir();
const profile = join(dataDir.path, 'profile');
let first: PreviewServer;
let second: PreviewServer;
let port: number;
let secondPort: number;
let cookie: string;
let secondCookie: string;
let imageKey: string;

beforeAll(async () => {
  writeFileSync(
    join(rendererDir.path, 'index.html'),
    '<!doctype html><html><head><title>the app</title></head></html>',
  );
  mkdirSync(join(rendererDir.path, 'assets'));
  writeFileSync(join(rendererDir.path, 'assets', 'app.js'), 'console.log("the app")');
  mkdirSync(join(exportsDir(profile), EXPORT_TOKEN), { recursive: true });
  writeFileSync(join(exportsDir(profile), EXPORT_TOKEN, 'Bookmarks.epub'), 'EPUB bytes');
  const stored = await storeImageFile(imagesDir(profile), PNG);
  imageKey = createCacheKeyring(loadCacheSecret(imagesDir(profile))).keyFor(stored.contentHash);

  const workerPath = await buildCoreWorker();
  const start = (folder: string) =>
    startPreviewServer({ port: 0, dataDir: folder, rendererDir: rendererDir.path, workerPath, appVersion: '0-test' });
  [first, second] = await Promise.all([start(profile), start(join(dataDir.path, 'second'))]);
  port = Number(new URL(first.url).port);
  secondPort = Number(new URL(second.url).port);
  cookie = await enter(first.url);
  secondCookie = await enter(second.url);
});

afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
  dataDir.cleanup();
  rendererDir.cleanup();
});

const tokenOf = (server: PreviewServer) => new URL(server.url).searchParams.get('token')!;

/** Every way into the preview, as the page itself would ask, with the status it gets once let in. */
const WAYS_IN: [string, string, RawRequest, number][] = [
  ['the page', '/', {}, 200],
  ['index.html by name', '/index.html', {}, 200],
  ['a script of the app', '/assets/app.js', {}, 200],
  [
    'an API call',
    '/api/call/app.getInfo',
    { method: 'POST', headers: { 'content-type': 'application/json', ...FROM_PAGE }, body: '[]' },
    200,
  ],
  [
    'an upload',
    '/api/upload',
    { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...FROM_PAGE }, body: 'backup' },
    200,
  ],
  ['a cached image', '', {}, 200],
  ['an export download', `/exports/${EXPORT_TOKEN}`, {}, 200],
];
const pathOf = (path: string) => path || `/images/${imageKey}`;
const withCookie = (request: RawRequest, value: string | undefined): RawRequest => ({
  ...request,
  headers: { ...request.headers, ...(value === undefined ? {} : { cookie: value }) },
});

describe('the address the preview prints', () => {
  test('is the page on 127.0.0.1 with a random token that differs from run to run', () => {
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
    expect(tokenOf(first)).not.toBe(tokenOf(second));
  });

  test('trades its token for an HttpOnly, SameSite=Strict cookie named for the port, and drops the token', async () => {
    const opened = await openPrintedUrl(first.url);
    expect(opened.status).toBe(303);
    expect(opened.location).toBe('/');
    const [pair, ...attributes] = opened.setCookie.split(';').map((part) => part.trim());
    expect(pair).toMatch(new RegExp(`^broadsheet_preview_${port}=[\\w-]{43}$`));
    expect(attributes.sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
    expect(pair).not.toContain(tokenOf(first));
  });

  test('can be opened again while the preview runs, by a second browser', async () => {
    expect(await enter(first.url)).toBe(cookie);
  });

  test.each([
    ['a wrong token', () => `/?token=${'A'.repeat(43)}`],
    ['an empty token', () => '/?token='],
    ['a prefix of the token', () => `/?token=${tokenOf(first).slice(0, 20)}`],
    ['the token twice over', () => `/?token=${tokenOf(first)}${tokenOf(first)}`],
    ['the other preview’s token', () => `/?token=${tokenOf(second)}`],
    ['the token on another path', () => `/assets/app.js?token=${tokenOf(first)}`],
  ])('refuses %s: no cookie, only the page that says where the way in is', async (_label, path) => {
    const response = await send(port, path());
    expect(response.status).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('npm run preview');
    expect(response.body).not.toContain('the app');
  });

  test('is refused under a foreign Host, so a rebinding site cannot try tokens', async () => {
    const response = await send(port, `/?token=${tokenOf(first)}`, { headers: { host: `evil.example:${port}` } });
    expect(response.status).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });
});

describe('every way in', () => {
  test.each(WAYS_IN)('%s is served with the cookie', async (_label, path, request, status) => {
    expect((await send(port, pathOf(path), withCookie(request, cookie))).status).toBe(status);
  });

  test('the event stream is served with the cookie', async () => {
    const response = await peek(port, '/api/events', { cookie });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/event-stream');
  });

  const refusals: [string, () => string | undefined][] = [
    ['no cookie', () => undefined],
    ['a wrong cookie value', () => `broadsheet_preview_${port}=${'A'.repeat(43)}`],
    ['the other preview’s cookie', () => secondCookie],
    ['the other preview’s value under this name', () => `broadsheet_preview_${port}=${secondCookie.split('=')[1]}`],
    ['the right value under another name', () => `broadsheet_preview_${secondPort}=${cookie.split('=')[1]}`],
    ['the printed token as the cookie', () => `broadsheet_preview_${port}=${tokenOf(first)}`],
  ];

  describe.each(refusals)('with %s', (_label, cookieHeader) => {
    test.each(WAYS_IN)('%s is refused with the page that says where the way in is', async (_way, path, request) => {
      const response = await send(port, pathOf(path), withCookie(request, cookieHeader()));
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('Open the address the preview printed');
      expect(response.body).not.toMatch(/the app|Broadsheet\.epub|"ok"|PNG/);
    });

    test('the event stream is refused', async () => {
      const header = cookieHeader();
      expect((await peek(port, '/api/events', header === undefined ? {} : { cookie: header })).status).toBe(403);
    });
  });

  test('a refused upload leaves nothing in the incoming folder', async () => {
    const incoming = () => (existsSync(incomingDir(profile)) ? readdirSync(incomingDir(profile)) : []);
    const before = incoming();
    await send(port, '/api/upload', { method: 'POST', headers: FROM_PAGE, body: 'not let in' });
    expect(incoming()).toEqual(before);
  });

  test('a browser holding both previews’ cookies gets into each with its own', async () => {
    const both = `${secondCookie}; ${cookie}`;
    expect((await send(port, '/', { headers: { cookie: both } })).status).toBe(200);
    expect((await send(secondPort, '/', { headers: { cookie: both } })).status).toBe(200);
  });
});

describe('the checks before the door', () => {
  const call = (headers: Record<string, string>) =>
    send(port, '/api/call/app.getInfo', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...FROM_PAGE, ...headers },
      body: '[]',
    });

  test.each([
    ['a rebinding domain as Host', { host: `evil.example:${port}` }],
    ['another port as Host', { host: `127.0.0.1:${secondPort}` }],
    ['a foreign site as Origin', { origin: 'https://evil.example' }],
    [
      'another port of 127.0.0.1 as Origin (same site, so SameSite sends the cookie)',
      { origin: `http://127.0.0.1:${secondPort}` },
    ],
    ['an opaque Origin', { origin: 'null' }],
  ])('refuse an API call with the cookie but %s', async (_label, headers) => {
    const response = await call(headers);
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('"ok"');
  });

  test('refuse the page with the cookie under a foreign Host', async () => {
    const response = await send(port, '/', { headers: { cookie, host: `evil.example:${port}` } });
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('the app');
  });

  test.each([
    ['without the page’s request header', { 'x-broadsheet-request': '' }],
    ['with another value in it', { 'x-broadsheet-request': '1' }],
  ])('refuse a POST with the cookie but %s', async (_label, headers) => {
    expect((await call(headers)).status).toBe(403);
    const upload = await send(port, '/api/upload', { method: 'POST', headers: { cookie, ...headers }, body: 'x' });
    expect(upload.status).toBe(403);
  });

  test('let the same call through with the cookie, the right Host and the page’s own Origin', async () => {
    const response = await call({ origin: `http://127.0.0.1:${port}` });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { runtime: 'preview' } });
  });
});
