import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { buildCoreWorker } from '../support/build-worker';
import { makeTempDir } from '../support/temp-dir';

// The preview server with the real core worker and a stand-in renderer build.
let server: PreviewServer;
let secret: string;
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
  const html = await (await fetch(server.url)).text();
  secret = /name="broadsheet-preview-secret" content="([^"]+)"/.exec(html)?.[1] ?? '';
});

afterAll(async () => {
  await server.close();
  dataDir.cleanup();
  rendererDir.cleanup();
});

/** Raw HTTP, so tests can send a Host header that fetch would not let them forge. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (method: string, args: unknown, headers: Record<string, string> = {}) =>
  send(`/api/call/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-broadsheet-secret': secret, ...headers },
    body: JSON.stringify(args),
  });

describe('preview server', () => {
  test('listens on loopback and serves the page with its secret and CSP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(secret.length).toBeGreaterThanOrEqual(40);
    const page = await send('/');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
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
    const malformed = await send('/api/call/settings.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-broadsheet-secret': secret },
      body: '{nope',
    });
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
  });

  test('refuses API calls without the secret', async () => {
    expect((await call('app.getInfo', [], { 'x-broadsheet-secret': '' })).status).toBe(403);
    const noHeader = await send('/api/call/app.getInfo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[]',
    });
    expect(noHeader.status).toBe(403);
    expect((await send('/api/events')).status).toBe(403);
  });

  test('refuses every request with a foreign Host header, the page included', async () => {
    const headers = { host: `evil.example:${port}` };
    expect((await call('app.getInfo', [], headers)).status).toBe(403);
    const page = await send('/', { headers });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(secret);
  });

  test('refuses cross-origin calls even with the secret', async () => {
    expect((await call('app.getInfo', [], { origin: 'https://evil.example' })).status).toBe(403);
  });

  test('refuses path traversal and unknown files', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
      '/nope.js',
      '/%00',
    ]) {
      expect((await send(path)).status, path).toBe(404);
    }
    expect((await send('/assets/app.js')).status).toBe(200);
  });

  test('rejects oversized bodies and wrong content types', async () => {
    const big = await send('/api/call/settings.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-broadsheet-secret': secret },
      body: '[' + '"x",'.repeat(300_000) + '"x"]',
    });
    expect(big.status).toBe(413);
    const form = await send('/api/call/settings.get', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-broadsheet-secret': secret },
      body: '[]',
    });
    expect(form.status).toBe(415);
  });

  test('streams events to the page', async () => {
    const controller = new AbortController();
    const response = await fetch(`${server.url}api/events?secret=${secret}`, { signal: controller.signal });
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
