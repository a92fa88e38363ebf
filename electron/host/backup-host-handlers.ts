/**
 * The host's half of backup and restore: it owns the settings, so it puts
 * them into a backup (through the core's `backup.write`) and applies the ones
 * a restore brings back, after the core has merged the library. Settings a
 * newer or hand-edited backup holds that this version does not know, or
 * values out of range, are left as they are here rather than failing the
 * restore.
 */
import type { Handlers } from '../api/contract';
import { ApiError } from '../api/errors';
import { BackupAppliedSchema, BackupWrittenSchema } from '../api/methods/backup';
import { settingsPatch } from '../core/backup/restore-settings';
import type { CoreCaller } from './router';
import type { SettingsService } from './settings-service';

export type BackupHostMethod = 'backup.create' | 'backup.pickFile' | 'backup.restore';

export interface BackupHostDependencies {
  settings: SettingsService;
  core: () => CoreCaller;
  /** The desktop app's open dialog; the preview, which uploads instead, refuses with the reason. */
  pickFile: (kind: 'backup' | 'bookmarks') => Promise<string | null>;
}

export function createBackupHostHandlers({
  settings,
  core,
  pickFile,
}: BackupHostDependencies): Handlers<BackupHostMethod> {
  return {
    'backup.create': async () =>
      BackupWrittenSchema.parse(await callCore(core(), 'backup.write', [{ settings: settings.get() }])),
    'backup.pickFile': async (kind) => ({ token: await pickFile(kind) }),
    'backup.restore': async (token, options) => {
      const applied = BackupAppliedSchema.parse(await callCore(core(), 'backup.apply', [token]));
      const patch = options.applySettings ? settingsPatch(applied.settings) : {};
      const settingsApplied = Object.keys(patch).length > 0;
      if (settingsApplied) settings.update(patch);
      return {
        summary: applied.summary,
        settingsApplied,
        createdAt: applied.createdAt,
        appVersion: applied.appVersion,
      };
    },
  };
}

async function callCore(core: CoreCaller, method: 'backup.write' | 'backup.apply', args: unknown[]): Promise<unknown> {
  const envelope = await core.call(method, args);
  if (!envelope.ok) throw ApiError.fromData(envelope.error);
  return envelope.value;
}
