import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import type { EventEmitter } from '../api/contract';
import { ApiError } from '../api/errors';
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  salvageSettings,
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from '../api/settings-schema';
import type { NoticeBoard } from './notices';
import { MemoryConf, type ConfLike } from './memory-conf';
import { WindowStateSchema, type WindowState } from './window-state-schema';

export type { ConfLike } from './memory-conf';

/**
 * Settings behind the contract, stored with electron-store (desktop) or conf
 * (preview) — both speak `ConfLike`. A corrupt or unreadable file never stops
 * the app: it is kept aside as a backup, the app starts with defaults (keeping
 * whatever part was still valid) and the reader is told.
 */
export interface SettingsService {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  getWindowState(): WindowState | undefined;
  setWindowState(state: WindowState): void;
}

interface Options {
  open: () => ConfLike;
  notices: NoticeBoard;
  emit: EventEmitter;
}

export function openSettingsService({ open, notices, emit }: Options): SettingsService {
  const store = openStore(open, notices);
  let settings = readSettings(store, notices);

  return {
    get: () => settings,
    update(patch) {
      const next = applySettingsPatch(settings, patch);
      write(store, 'settings', next);
      settings = next;
      emit('settings.changed', settings);
      return settings;
    },
    getWindowState() {
      const parsed = WindowStateSchema.safeParse(safeGet(store, 'windowState'));
      return parsed.success ? parsed.data : undefined;
    },
    setWindowState(state) {
      write(store, 'windowState', WindowStateSchema.parse(state));
    },
  };
}

function openStore(open: () => ConfLike, notices: NoticeBoard): ConfLike {
  try {
    return open();
  } catch (firstError) {
    const path = (firstError as { path?: string }).path ?? findPathInMessage(firstError);
    const backup = path && existsSync(path) ? setAside(path, 'move') : undefined;
    if (backup) {
      try {
        const store = open();
        notices.add({
          level: 'warning',
          title: 'Settings were reset',
          message: `Your settings file could not be read, so Broadsheet started with default settings. The old file was kept as ${backup}.`,
        });
        return store;
      } catch {
        // Fall through to the in-memory store below.
      }
    }
    notices.add({
      level: 'error',
      title: 'Settings cannot be saved',
      message: `Broadsheet could not open its settings file (${describe(firstError)}). It is using default settings, and changes will not be kept after you quit.`,
    });
    return new MemoryConf();
  }
}

function readSettings(store: ConfLike, notices: NoticeBoard): Settings {
  const stored = safeGet(store, 'settings');
  if (stored === undefined) {
    // Valid JSON that is not an object (`[1,2]`, `"x"`) reads as "no settings"; keep
    // a copy before the next save overwrites it, and say so.
    if (holdsNonObject(store.path)) {
      const backup = setAside(store.path, 'copy');
      notices.add({
        level: 'warning',
        title: 'Settings were reset',
        message: `Your settings file did not hold settings, so Broadsheet started with default settings${backup ? `. The old file was kept as ${backup}` : ''}.`,
      });
    }
    return DEFAULT_SETTINGS;
  }
  const parsed = SettingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;

  // Keep every group that is still valid; only the broken ones fall back to defaults.
  const salvaged = salvageSettings(stored);
  const backup = existsSync(store.path) ? setAside(store.path, 'copy') : undefined;
  try {
    store.set('settings', salvaged);
  } catch {
    // Reading still works with the salvaged settings; the next update reports the write error.
  }
  notices.add({
    level: 'warning',
    title: 'Some settings were reset',
    message: `Some of your settings were not valid and were reset to their defaults${backup ? `. A copy of the old file was kept as ${backup}` : ''}.`,
  });
  return salvaged;
}

function holdsNonObject(path: string): boolean {
  if (!path || !existsSync(path)) return false;
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof value !== 'object' || value === null || Array.isArray(value);
  } catch {
    return false; // unparseable files are handled when the store opens
  }
}

function safeGet(store: ConfLike, key: string): unknown {
  try {
    return store.get(key);
  } catch {
    return undefined;
  }
}

function write(store: ConfLike, key: string, value: unknown): void {
  try {
    store.set(key, value);
  } catch (error) {
    throw new ApiError('STORAGE', `Settings could not be saved: ${describe(error)}`);
  }
}

function setAside(path: string, mode: 'move' | 'copy'): string | undefined {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backup = `${path.replace(/\.json$/, '')}.corrupt-${stamp}.json`;
  try {
    if (mode === 'move') renameSync(path, backup);
    else copyFileSync(path, backup);
    return backup;
  } catch {
    return undefined;
  }
}

function findPathInMessage(error: unknown): string | undefined {
  const match = /`([^`]+\.json)`/.exec(describe(error));
  return match?.[1];
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
