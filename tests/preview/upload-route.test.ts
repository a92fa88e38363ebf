import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { incomingFile } from '../../electron/core/backup/incoming-files';
import { handleUpload } from '../../electron/preview/upload-route';
import { makeTempDir } from '../support/temp-dir';

const SECRET = 's3cret-s3cret-s3cret';
let dir: ReturnType<typeof makeTempDir>;
let server: Server;
let url: string;
beforeEach(async () => {
  dir = makeTempDir();
  server = createServer((request, response) => void handleUpload(request, response, dir.path, SECRET));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/upload`;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  dir.cleanup();
});

describe('the preview upload route', () => {
  test('streams the body into the incoming folder and answers its token', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'X-Broadsheet-Secret': SECRET, 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array([1, 2, 3]),
    });
    const body = (await response.json()) as { ok: true; value: { token: string } };
    expect(body.ok).toBe(true);
    expect([...readFileSync(incomingFile(dir.path, body.value.token)!)]).toEqual([1, 2, 3]);
  });

  test.each([
    ['no secret', {}, 'POST', 403],
    ['a wrong secret', { 'X-Broadsheet-Secret': 'nope' }, 'POST', 403],
    ['a GET', { 'X-Broadsheet-Secret': SECRET }, 'GET', 405],
  ])('refuses %s', async (_label, headers, method, status) => {
    const response = await fetch(url, { method, headers, ...(method === 'POST' ? { body: 'x' } : {}) });
    expect(response.status).toBe(status);
    expect((await response.json()) as unknown).toMatchObject({ ok: false });
  });
});
