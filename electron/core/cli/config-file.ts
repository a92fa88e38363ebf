import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applySettingsPatch, DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../api/settings-schema';
import { settingsPatch } from '../backup/restore-settings';

/**
 * The settings in a data folder's `config.json` (plain JSON, written by
 * electron-store or conf), for the backup and restore commands, which run
 * without the app. Only the `settings` key is touched; window state and
 * anything else in the file are kept.
 */
export const CONFIG_FILE = 'config.json';

function readConfig(dataDir: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(readFileSync(join(dataDir, CONFIG_FILE), 'utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The folder's settings, or null when it has none the app would accept. */
export function readSettings(dataDir: string): Settings | null {
  const parsed = SettingsSchema.safeParse(readConfig(dataDir)?.settings);
  return parsed.success ? parsed.data : null;
}

/** Applies what a restore brought back over the folder's settings; returns whether anything was applied. */
export function applyRestoredSettings(dataDir: string, restored: unknown): boolean {
  const patch = settingsPatch(restored);
  if (Object.keys(patch).length === 0) return false;
  const config = readConfig(dataDir) ?? {};
  const current = SettingsSchema.safeParse(config.settings);
  config.settings = applySettingsPatch(current.success ? current.data : DEFAULT_SETTINGS, patch);
  const path = join(dataDir, CONFIG_FILE);
  writeFileSync(`${path}.tmp`, JSON.stringify(config, null, '\t'));
  renameSync(`${path}.tmp`, path);
  return true;
}
