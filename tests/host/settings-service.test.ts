import Conf from 'conf';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { EventName } from '../../electron/api/contract';
import { DEFAULT_SETTINGS } from '../../electron/api/settings-schema';
import { NoticeBoard } from '../../electron/host/notices';
import { openSettingsService } from '../../electron/host/settings-service';
import { makeTempDir } from '../support/temp-dir';

let dir: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.cleanup());

function open(cwd = dir.path) {
  const events: { event: EventName; payload: unknown }[] = [];
  const emit = (event: EventName, payload: unknown) => events.push({ event, payload });
  const notices = new NoticeBoard(emit);
  const service = openSettingsService({
    open: () => new Conf({ cwd, configName: 'config', projectName: 'Broadsheet' }),
    notices,
    emit,
  });
  return { service, notices, events, file: join(cwd, 'config.json') };
}

describe('settings service', () => {
  test('starts with defaults and keeps updates across restarts', () => {
    const first = open();
    expect(first.service.get()).toEqual(DEFAULT_SETTINGS);
    first.service.update({ theme: 'sepia', reading: { fontSize: 21 } });
    const second = open();
    expect(second.service.get().theme).toBe('sepia');
    expect(second.service.get().reading).toEqual({ ...DEFAULT_SETTINGS.reading, fontSize: 21 });
    expect(second.notices.list()).toEqual([]);
  });

  test('announces changes', () => {
    const { service, events } = open();
    service.update({ markReadOnOpen: false });
    expect(events).toContainEqual({
      event: 'settings.changed',
      payload: expect.objectContaining({ markReadOnOpen: false }),
    });
  });

  test('a corrupt file is kept aside, defaults load, and the reader is told', () => {
    const garbage = '{"settings": {"theme": "dark"'; // truncated mid-write
    writeFileSync(join(dir.path, 'config.json'), garbage);
    const { service, notices } = open();
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    const [notice] = notices.list();
    expect(notice?.title).toBe('Settings were reset');
    const backups = readdirSync(dir.path).filter((name) => name.startsWith('config.corrupt-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir.path, backups[0] ?? ''), 'utf8')).toBe(garbage);
    expect(notice?.message).toContain(backups[0]);
    // And the fresh file works.
    service.update({ theme: 'light' });
    expect(open().service.get().theme).toBe('light');
  });

  test('a file of valid JSON that is not an object is kept aside before defaults replace it', () => {
    writeFileSync(join(dir.path, 'config.json'), '[1,2,3]');
    const { service, notices } = open();
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    const [notice] = notices.list();
    expect(notice?.title).toBe('Settings were reset');
    const backups = readdirSync(dir.path).filter((name) => name.startsWith('config.corrupt-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir.path, backups[0] ?? ''), 'utf8')).toBe('[1,2,3]');
    expect(notice?.message).toContain(backups[0]);
  });

  test('invalid values are reset one group at a time, valid ones kept, and a copy saved', () => {
    writeFileSync(
      join(dir.path, 'config.json'),
      JSON.stringify({
        settings: { ...DEFAULT_SETTINGS, theme: 'purple', retentionDays: 30, reading: { font: 'comic' } },
      }),
    );
    const { service, notices } = open();
    expect(service.get().theme).toBe('system');
    expect(service.get().retentionDays).toBe(30);
    expect(service.get().reading).toEqual(DEFAULT_SETTINGS.reading);
    expect(notices.list()[0]?.title).toBe('Some settings were reset');
    expect(readdirSync(dir.path).some((name) => name.startsWith('config.corrupt-'))).toBe(true);
  });

  test('an unreadable settings location still starts, in memory, and says so', () => {
    mkdirSync(join(dir.path, 'config.json')); // a folder where the file should be
    const { service, notices } = open();
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    expect(service.update({ theme: 'dark' }).theme).toBe('dark');
    expect(notices.list().map((n) => n.level)).toContain('error');
    expect(existsSync(join(dir.path, 'config.json'))).toBe(true);
  });

  test('a failed write reports a STORAGE error and changes nothing', () => {
    if (process.getuid?.() === 0) {
      // Root ignores file permissions; simulate the failing disk at the store instead.
      const events: { event: EventName; payload: unknown }[] = [];
      const emit = (event: EventName, payload: unknown) => events.push({ event, payload });
      const service = openSettingsService({
        open: () => ({
          path: '',
          get: () => undefined,
          set: () => {
            throw new Error('ENOSPC: no space left on device');
          },
        }),
        notices: new NoticeBoard(emit),
        emit,
      });
      expect(() => service.update({ theme: 'dark' })).toThrow(/Settings could not be saved: ENOSPC/);
      expect(service.get().theme).toBe('system');
      expect(events.filter((e) => e.event === 'settings.changed')).toEqual([]);
      return;
    }
    const { service } = open();
    chmodSync(dir.path, 0o500);
    try {
      expect(() => service.update({ theme: 'dark' })).toThrow(/Settings could not be saved/);
      expect(service.get().theme).toBe('system');
    } finally {
      chmodSync(dir.path, 0o700);
    }
  });

  test('window state round-trips and invalid state is ignored', () => {
    const { service, file } = open();
    expect(service.getWindowState()).toBeUndefined();
    service.setWindowState({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
    expect(open().service.getWindowState()).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false });
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...stored, windowState: { width: -5 } }));
    expect(open().service.getWindowState()).toBeUndefined();
  });
});
