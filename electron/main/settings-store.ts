/**
 * Opens the settings file (`config.json` in the user-data folder) with
 * electron-store. Validation is the settings service's job (one zod schema for
 * file, defaults and updates), so the store gets no JSON schema of its own, and
 * it must never wipe an unreadable file: the service keeps it aside as a backup.
 */
import Store from 'electron-store';
import { join } from 'node:path';
import type { ConfLike } from '../host/settings-service';

export const SETTINGS_FILE_NAME = 'config';

export function openSettingsStore(userDataDir: string): ConfLike {
  const path = join(userDataDir, `${SETTINGS_FILE_NAME}.json`);
  try {
    return new Store({ name: SETTINGS_FILE_NAME, cwd: userDataDir, clearInvalidConfig: false });
  } catch (error) {
    // Tell the service which file failed, so it can set that file aside.
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { path });
  }
}
