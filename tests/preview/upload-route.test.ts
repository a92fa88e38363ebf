import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { incomingFile } from '../../electron/core/backup/incoming-files';
import { handleUpload } from '../../electron/preview/upload-route';
import { makeTempDir } from '../support/temp-dir';

let dir: ReturnType<typeof makeTempDir>;
let server: Server;
let url: string;
beforeEach(async () => {
  dir = makeTempDir();
  server = createServer((request, response) => void handleUpload(request, response, dir.path));
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
      headers: { 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array([1, 2, 3]),
    });
    const body = (await response.json()) as { ok: true; value: { token: string } };
    expect(body.ok).toBe(true);
    expect([...readFileSync(incomingFile(dir.path, body.value.token)!)]).toEqual([1, 2, 3]);
  });

  // Who may upload at all (the cookie, the page's request header) is checked by the server first: door.test.ts.
  test('refuses a GET', async () => {
    const response = await fetch(url);
    expect(response.status).toBe(405);
    expect((await response.json()) as unknown).toMatchObject({ ok: false });
  });
});
