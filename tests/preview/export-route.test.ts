import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportsDir } from '../../electron/core/export/export-files';
import { exportDownloadUrl, serveExport } from '../../electron/preview/export-route';
import { makeTempDir } from '../support/temp-dir';

/** The preview's download route for finished exports: token-named, served as an attachment (the door is in door.test.ts). */
const TOKEN = '0123456789abcdef'.repeat(2);
let dir: ReturnType<typeof makeTempDir>;
let server: Server;
let origin: string;

beforeAll(async () => {
  dir = makeTempDir();
  mkdirSync(join(exportsDir(dir.path), TOKEN), { recursive: true });
  writeFileSync(join(exportsDir(dir.path), TOKEN, 'Bookmarks “été”.epub'), 'EPUB bytes');
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    void serveExport(request, response, url, dir.path);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  dir.cleanup();
});

describe('GET /exports/<token>', () => {
  test('downloads the export as an attachment under its name', async () => {
    const response = await fetch(origin + exportDownloadUrl(TOKEN));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('EPUB bytes');
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toContain('attachment; filename="Bookmarks __t__.epub"');
    expect(disposition).toContain("filename*=UTF-8''Bookmarks%20%E2%80%9C%C3%A9t%C3%A9%E2%80%9D.epub");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  test('refuses an unknown token, a path outside the exports and other methods', async () => {
    expect((await fetch(origin + exportDownloadUrl('f'.repeat(32)))).status).toBe(404);
    expect((await fetch(`${origin}/exports/..%2F..%2Fconfig.json`)).status).toBe(404);
    expect((await fetch(`${origin}/exports/${TOKEN}%2F..%2F..%2Fconfig.json`)).status).toBe(404);
    expect((await fetch(origin + exportDownloadUrl(TOKEN), { method: 'POST' })).status).toBe(405);
  });
});
