/**
 * The settings in a data folder's `config.json` (plain JSON, written by
 * electron-store or conf), for the commands, which run without the app:
 * backup and restore carry them, sync obeys them. Only the `settings` key is
 * touched; window state and anything else in the file are kept.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  salvageSettings,
  SettingsSchema,
  type Settings,
} from '../../api/settings-schema';
import { settingsPatch } from '../backup/restore-settings';

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

/**
 * The settings the app would run with on this folder: none stored means the
 * defaults, and invalid groups fall back to theirs while valid ones are kept
 * (the app also rewrites the file and tells the reader; a command only reads).
 */
export function effectiveSettings(dataDir: string): Settings {
  const stored = readConfig(dataDir)?.settings;
  if (stored === undefined) return DEFAULT_SETTINGS;
  const parsed = SettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : salvageSettings(stored);
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
