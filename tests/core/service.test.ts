import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../electron/api/contract';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { LIBRARY_FILE, createCoreService, type CoreService } from '../../electron/core/service';
import { tempDir } from './library/support/library-fixture';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function service(dir = tempDir()): { core: CoreService; events: EventName[] } {
  const events: EventName[] = [];
  const core = createCoreService({
    dataDir: dir,
    appName: 'Broadsheet',
    appVersion: '0.0.0-test',
    runtime: 'preview',
    platform: process.platform,
    electronVersion: null,
    chromeVersion: null,
    emit: (event) => void events.push(event),
  });
  cleanups.push(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { core, events };
}

describe('core service library', () => {
  it('opens the library in the data folder and answers library methods', async () => {
    const { core, events } = service();
    await core.library.checked;
    expect(await core.handlers['library.status']()).toMatchObject({
      state: 'ready',
      schemaVersion: LATEST_VERSION,
      integrity: 'ok',
    });
    expect(events).toContain('library.statusChanged');
    const section = await core.handlers['sections.create']('World News');
    expect(await core.handlers['sections.list']()).toEqual([section]);
    expect(events).toContain('library.countsChanged');
  });

  it('reports a newer library instead of crashing, and refuses library calls with a clear message', async () => {
    const dir = tempDir();
    const raw = new DatabaseSync(join(dir, LIBRARY_FILE));
    raw.exec(`CREATE TABLE t (x); PRAGMA user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const { core } = service(dir);
    expect(await core.handlers['library.status']()).toMatchObject({
      state: 'unavailable',
      problems: [{ code: 'NEWER_VERSION' }],
    });
    expect(() => core.handlers['sections.list']()).toThrow(
      expect.objectContaining({ code: 'STORAGE', message: expect.stringMatching(/newer version/) }),
    );
    expect((await core.handlers['app.getInfo']()).name).toBe('Broadsheet');
  });
});
