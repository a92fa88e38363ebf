import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hostLog } from '../../../electron/host/log/loggers';
import { startLog, type RunningLog } from '../../../electron/host/log/start-log';
import { makeTempDir } from '../../support/temp-dir';

let log: RunningLog | undefined;
let cleanup: (() => void) | undefined;
const unhandled = vi.fn();
process.on('unhandledRejection', unhandled);
afterEach(() => {
  log?.stop();
  cleanup?.();
  unhandled.mockClear();
});

function setup() {
  const dir = makeTempDir();
  cleanup = dir.cleanup;
  let time = 1_000_000;
  const clock = { now: () => time, advance: (ms: number) => (time += ms) };
  const onTrouble = vi.fn();
  return { dir: dir.path, clock, onTrouble };
}

/** Lets any promise a failed write might have left behind settle, so an unhandled rejection would show. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('a log that cannot be written', () => {
  it('when the log folder is a file: no throw, told once, and the app goes on', async () => {
    const { dir, clock, onTrouble } = setup();
    const logDir = join(dir, 'logs');
    writeFileSync(logDir, 'not a folder');
    log = startLog({ logDir, fileName: 'broadsheet.log', onTrouble, now: clock.now });

    for (let n = 0; n < 5; n++) expect(() => hostLog.error('record {n}', { n })).not.toThrow();
    clock.advance(60_000);
    expect(() => hostLog.error('after a pause')).not.toThrow();
    await settle();

    expect(onTrouble).toHaveBeenCalledOnce();
    expect(String(onTrouble.mock.calls[0]?.[0])).toMatch(/EEXIST|ENOTDIR/);
    expect(readFileSync(logDir, 'utf8')).toBe('not a folder');
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('when the disk is full: records are dropped, and logging comes back with the space', async () => {
    const { dir, clock, onTrouble } = setup();
    mkdirSync(join(dir, 'logs'));
    const path = join(dir, 'logs', 'broadsheet.log');
    // Every write to /dev/full fails with ENOSPC, as on a full disk.
    symlinkSync('/dev/full', path);
    log = startLog({
      logDir: join(dir, 'logs'),
      fileName: 'broadsheet.log',
      onTrouble,
      now: clock.now,
      retryAfterMs: 30_000,
    });

    expect(() => hostLog.warn('lost to the full disk')).not.toThrow();
    expect(() => hostLog.warn('dropped while waiting to retry')).not.toThrow();
    expect(onTrouble).toHaveBeenCalledOnce();
    expect(String(onTrouble.mock.calls[0]?.[0])).toMatch(/ENOSPC/);

    rmSync(path);
    clock.advance(10_000);
    hostLog.warn('still inside the pause');
    expect(existsSync(path)).toBe(false);
    clock.advance(30_000);
    hostLog.warn('space again');
    await settle();

    expect(readFileSync(path, 'utf8')).toMatch(/space again\n$/);
    expect(readFileSync(path, 'utf8')).not.toContain('still inside the pause');
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('when rotating fails: no throw, and the current file is written again after the pause', async () => {
    const { dir, clock, onTrouble } = setup();
    const logDir = join(dir, 'logs');
    // A non-empty folder where the rotated file must go, which cannot move aside onto the file after it.
    mkdirSync(join(logDir, 'broadsheet.log.1', 'blocker'), { recursive: true });
    writeFileSync(join(logDir, 'broadsheet.log.2'), '');
    log = startLog({
      logDir,
      fileName: 'broadsheet.log',
      rotation: { maxSize: 300, maxFiles: 2 },
      onTrouble,
      now: clock.now,
    });

    for (let n = 0; n < 20; n++)
      expect(() => hostLog.info('record {n} {pad}', { n, pad: 'x'.repeat(40) })).not.toThrow();
    expect(onTrouble).toHaveBeenCalledOnce();

    expect(String(onTrouble.mock.calls[0]?.[0])).toMatch(/EISDIR|ENOTEMPTY|EEXIST/);
    rmSync(join(logDir, 'broadsheet.log.1'), { recursive: true });
    clock.advance(60_000);
    hostLog.info('rotated at last');
    await settle();

    expect(readFileSync(join(logDir, 'broadsheet.log'), 'utf8')).toMatch(/rotated at last\n$/);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
