import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { methods, type CoreMethodName, type EventName } from '../../electron/api/contract';
import { failure, success } from '../../electron/api/envelope';
import { DEFAULT_SETTINGS } from '../../electron/api/settings-schema';
import { findExport } from '../../electron/core/export/export-files';
import { newIncomingFile } from '../../electron/core/backup/incoming-files';
import { createCoreService, type CoreService } from '../../electron/core/service';
import { createBackupHostHandlers } from '../../electron/host/backup-host-handlers';
import { MemoryConf } from '../../electron/host/memory-conf';
import { NoticeBoard } from '../../electron/host/notices';
import type { CoreCaller } from '../../electron/host/router';
import { openSettingsService } from '../../electron/host/settings-service';
import { makeTempDir } from '../support/temp-dir';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A profile: an in-process core (called like the worker would be) and a settings service. */
function profile() {
  const dir = makeTempDir();
  const core: CoreService = createCoreService({
    dataDir: dir.path,
    appName: 'Broadsheet',
    appVersion: '2.0.0',
    runtime: 'preview',
    platform: process.platform,
    electronVersion: null,
    chromeVersion: null,
    emit: () => undefined,
  });
  cleanups.push(dir.cleanup, () => core.shutdown());
  const caller: CoreCaller = {
    async call(method: CoreMethodName, args: unknown[]) {
      try {
        const parsed = methods[method].args.parse(args) as unknown[];
        return success(await (core.handlers[method] as (...a: unknown[]) => unknown)(...parsed));
      } catch (error) {
        return failure(error);
      }
    },
  };
  const emit = (_event: EventName, _payload: unknown) => undefined;
  const settings = openSettingsService({ open: () => new MemoryConf(), notices: new NoticeBoard(emit), emit });
  return {
    dir: dir.path,
    core,
    settings,
    handlers: createBackupHostHandlers({ settings, core: () => caller, pickFile: async () => null }),
  };
}

describe('backup and restore through the host', () => {
  test('a backup carries the host’s settings; restoring it elsewhere brings the library and the settings back', async () => {
    const a = profile();
    a.settings.update({ theme: 'dark', reading: { fontSize: 22 } });
    await a.core.handlers['sections.create']('Korea');
    const written = await a.handlers['backup.create']();
    expect(written).toMatchObject({
      fileName: expect.stringMatching(/^broadsheet-backup-\d{4}-\d\d-\d\d\.bsbackup$/),
      counts: { sections: 1 },
    });

    const b = profile();
    const incoming = newIncomingFile(b.dir);
    copyFileSync(findExport(a.dir, written.token)!.path, incoming.path);
    const restored = await b.handlers['backup.restore'](incoming.token, { applySettings: true });
    expect(restored).toMatchObject({
      settingsApplied: true,
      appVersion: '2.0.0',
      summary: { sections: { added: 1, merged: 0 } },
    });
    expect(b.settings.get()).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      reading: { ...DEFAULT_SETTINGS.reading, fontSize: 22 },
    });
    expect((await b.core.handlers['sections.list']()).map((s) => s.name)).toEqual(['Korea']);
  });

  test('a refused file leaves the settings alone and the message reaches the caller', async () => {
    const b = profile();
    const incoming = newIncomingFile(b.dir);
    copyFileSync(join(import.meta.dirname, 'backup-host-handlers.test.ts'), incoming.path);
    await expect(b.handlers['backup.restore'](incoming.token, { applySettings: true })).rejects.toThrow(
      'This file is not a Broadsheet backup. Nothing was changed.',
    );
    expect(b.settings.get()).toEqual(DEFAULT_SETTINGS);
    // The file is used once: asking again names nothing.
    await expect(b.handlers['backup.restore'](incoming.token, { applySettings: true })).rejects.toThrow(
      /no longer available/,
    );
  });
});
