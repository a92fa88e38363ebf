import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { buildCoreWorker } from '../support/build-worker';
import { makeTempDir } from '../support/temp-dir';
import { enter, FROM_PAGE } from './support/preview-http';

// Backup, upload and restore through the preview server, its router, host handlers and the real core worker.
let server: PreviewServer;
let cookie: string;
const dataDir = makeTempDir();
const rendererDir = makeTempDir();
const profile = join(dataDir.path, 'profile');

beforeAll(async () => {
  writeFileSync(
    join(rendererDir.path, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  server = await startPreviewServer({
    port: 0,
    dataDir: profile,
    rendererDir: rendererDir.path,
    workerPath: await buildCoreWorker(),
    appVersion: '9.9.9-test',
  });
  cookie = await enter(server.url);
});

afterAll(async () => {
  await server.close();
  dataDir.cleanup();
  rendererDir.cleanup();
});

async function call<T>(method: string, ...args: unknown[]): Promise<T> {
  const response = await fetch(new URL(`/api/call/${method}`, server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', cookie, ...FROM_PAGE },
    body: JSON.stringify(args),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(envelope.error?.message);
  return envelope.value as T;
}

async function upload(bytes: Uint8Array): Promise<string> {
  const response = await fetch(new URL('/api/upload', server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', cookie, ...FROM_PAGE },
    body: bytes,
  });
  return ((await response.json()) as { value: { token: string } }).value.token;
}

describe('backup and restore in the preview', () => {
  test('a backup made here, uploaded again, brings back the section and the settings', async () => {
    await call('settings.update', { theme: 'dark' });
    const section = await call<{ id: string }>('sections.create', 'Kept');
    const written = await call<{ token: string; fileName: string }>('backup.create');
    const bytes = readFileSync(join(profile, 'exports', written.token, written.fileName));

    await call('sections.delete', section.id);
    await call('settings.update', { theme: 'light' });
    const restored = await call<{ settingsApplied: boolean; summary: { sections: { added: number } } }>(
      'backup.restore',
      await upload(bytes),
    );
    expect(restored).toMatchObject({ settingsApplied: true, summary: { sections: { added: 1 } } });
    expect((await call<{ name: string }[]>('sections.list')).map((s) => s.name)).toEqual(['Kept']);
    expect((await call<{ theme: string }>('settings.get')).theme).toBe('dark');
  });

  test('a foreign upload is refused with the reason, and the settings stay', async () => {
    await call('settings.update', { theme: 'sepia' });
    await expect(call('backup.restore', await upload(new TextEncoder().encode('hello')))).rejects.toThrow(
      'This file is not a Broadsheet backup. Nothing was changed.',
    );
    expect((await call<{ theme: string }>('settings.get')).theme).toBe('sepia');
  });
});
