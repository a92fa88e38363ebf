import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { buildCoreWorker } from '../support/build-worker';
import { makeTempDir } from '../support/temp-dir';
import { enter, FROM_PAGE, send } from './support/preview-http';

// The preview server with the real core worker and a stand-in renderer build, entered as a browser would.
// Who gets in, and who does not, is in door.test.ts.
let server: PreviewServer;
let cookie: string;
let port: number;
const dataDir = makeTempDir();
const rendererDir = makeTempDir();

beforeAll(async () => {
  writeFileSync(
    join(rendererDir.path, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  mkdirSync(join(rendererDir.path, 'assets'));
  writeFileSync(join(rendererDir.path, 'assets', 'app.js'), 'console.log(1)');
  server = await startPreviewServer({
    port: 0,
    dataDir: join(dataDir.path, 'profile'),
    rendererDir: rendererDir.path,
    workerPath: await buildCoreWorker(),
    appVersion: '9.9.9-test',
  });
  port = Number(new URL(server.url).port);
  cookie = await enter(server.url);
});

afterAll(async () => {
  await server.close();
  dataDir.cleanup();
  rendererDir.cleanup();
});

const call = (method: string, args: unknown, headers: Record<string, string> = {}) =>
  send(port, `/api/call/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...FROM_PAGE, ...headers },
    body: JSON.stringify(args),
  });

describe('preview server', () => {
  test('listens on loopback and serves the page with its CSP and no secret in it', async () => {
    const page = await send(port, '/', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.body).toContain('<meta name="broadsheet-preview" content="1"></head>');
    expect(page.body).not.toContain(cookie.split('=')[1]);
    expect(page.body).not.toContain(new URL(server.url).searchParams.get('token'));
  });

  test('answers contract calls through the real core worker', async () => {
    const response = await call('app.getInfo', []);
    expect(response.status).toBe(200);
    const envelope = JSON.parse(response.body);
    expect(envelope).toMatchObject({
      ok: true,
      value: { name: 'Broadsheet', version: '9.9.9-test', runtime: 'preview' },
    });
    expect(envelope.value.versions.node.startsWith('24.')).toBe(true);
    expect(JSON.parse((await call('sections.list', [])).body)).toMatchObject({ ok: true });
  });

  test('settings persist in the data folder', async () => {
    const updated = JSON.parse((await call('settings.update', [{ theme: 'dark' }])).body);
    expect(updated).toMatchObject({ ok: true, value: { theme: 'dark' } });
    expect(JSON.parse((await call('settings.get', [])).body).value.theme).toBe('dark');
  });

  test('invalid arguments get a typed error and change nothing', async () => {
    const bad = JSON.parse((await call('settings.update', [{ theme: 'neon' }])).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
    expect(JSON.parse((await call('settings.get', [])).body).value.theme).toBe('dark');
    const malformed = await send(port, '/api/call/settings.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...FROM_PAGE },
      body: '{nope',
    });
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
  });

  test('refuses path traversal and unknown files', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
      '/nope.js',
      '/%00',
    ]) {
      expect((await send(port, path, { headers: { cookie } })).status, path).toBe(404);
    }
    expect((await send(port, '/assets/app.js', { headers: { cookie } })).status).toBe(200);
  });

  test('rejects oversized bodies and wrong content types', async () => {
    const oversized = await send(port, '/api/call/settings.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...FROM_PAGE },
      body: '[' + '"x",'.repeat(300_000) + '"x"]',
    });
    expect(oversized.status).toBe(413);
    const form = await send(port, '/api/call/settings.get', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie, ...FROM_PAGE },
      body: '[]',
    });
    expect(form.status).toBe(415);
  });

  test('streams events to the page', async () => {
    const controller = new AbortController();
    const response = await fetch(new URL('/api/events', server.url), {
      headers: { cookie },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    while (!received.includes('event: core.status')) received += (await reader.read()).value ?? '';
    expect(received).toMatch(/event: core.status\ndata: \{"state":"ready"\}/);
    void call('settings.update', [{ theme: 'light' }]);
    while (!received.includes('event: settings.changed')) received += (await reader.read()).value ?? '';
    expect(received).toContain('"theme":"light"');
    controller.abort();
  });
});
