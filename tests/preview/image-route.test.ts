import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createCacheKeyring } from '../../electron/core/images/cache-key';
import { imagesDir } from '../../electron/core/images/cache-paths';
import { loadCacheSecret } from '../../electron/core/images/cache-secret';
import { storeImageFile } from '../../electron/core/images/store-image';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { buildCoreWorker } from '../support/build-worker';
import { makeTempDir } from '../support/temp-dir';
import { enter, FROM_PAGE, send as sendRaw } from './support/preview-http';

// The preview's /images/<key> route, through the real server (Host check and door included).
const dataDir = makeTempDir();
const rendererDir = makeTempDir();
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 4, 5, 6]);
let server: PreviewServer;
let port: number;
let key: string;
let cookie: string;

beforeAll(async () => {
  writeFileSync(join(rendererDir.path, 'index.html'), '<!doctype html><title>t</title>');
  const profile = join(dataDir.path, 'profile');
  mkdirSync(profile, { recursive: true });
  const root = imagesDir(profile);
  const stored = await storeImageFile(root, PNG);
  key = createCacheKeyring(loadCacheSecret(root)).keyFor(stored.contentHash);
  server = await startPreviewServer({
    port: 0,
    dataDir: profile,
    rendererDir: rendererDir.path,
    workerPath: await buildCoreWorker(),
    appVersion: '0.0.0-test',
  });
  port = Number(new URL(server.url).port);
  cookie = await enter(server.url);
});

afterAll(async () => {
  await server.close();
  dataDir.cleanup();
  rendererDir.cleanup();
});

function send(path: string, options: { method?: string; host?: string } = {}) {
  const headers = { host: options.host ?? `127.0.0.1:${port}`, cookie, ...FROM_PAGE };
  return sendRaw(port, path, { method: options.method, headers });
}

describe('preview image route', () => {
  test('serves a cached image to the page, with locked-down headers', async () => {
    const response = await send(`/images/${key}`);
    expect(response.status).toBe(200);
    expect(new Uint8Array(response.bytes)).toEqual(PNG);
    expect(response.headers).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cross-origin-resource-policy': 'same-origin',
    });
  });

  test('HEAD works; other methods are refused', async () => {
    const head = await send(`/images/${key}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.bytes).toHaveLength(0);
    expect((await send(`/images/${key}`, { method: 'POST' })).status).toBe(405);
  });

  test('the Host check still applies (DNS rebinding)', async () => {
    expect((await send(`/images/${key}`, { host: 'evil.example' })).status).toBe(403);
  });

  test.each([
    ['unknown key', `/images/${'A'.repeat(64)}`],
    ['dot segments', '/images/../../profile/images/cache-secret'],
    ['encoded traversal', '/images/%2e%2e%2fcache-secret'],
    ['secret by name', '/images/cache-secret'],
    ['overlong', `/images/${'A'.repeat(65)}`],
    ['query', `/images/${'A'.repeat(64)}?x`],
    ['empty', '/images/'],
  ])('refuses %s', async (_name, path) => {
    const response = await send(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('PNG');
  });
});
