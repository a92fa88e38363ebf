import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hostLog } from '../../../electron/host/log/loggers';
import { startLog, type RunningLog } from '../../../electron/host/log/start-log';
import { makeTempDir } from '../../support/temp-dir';

let log: RunningLog | undefined;
let cleanup: (() => void) | undefined;
afterEach(() => {
  log?.stop();
  cleanup?.();
});

function numbers(text: string): number[] {
  return [...text.matchAll(/record (\d+) /g)].map((match) => Number(match[1]));
}

describe('the log file', () => {
  it('rotates past its size and keeps a bounded number of older files, newest first', () => {
    const dir = makeTempDir();
    cleanup = dir.cleanup;
    log = startLog({
      logDir: join(dir.path, 'logs'),
      fileName: 'broadsheet.log',
      rotation: { maxSize: 2000, maxFiles: 2 },
    });
    for (let n = 0; n < 150; n++) hostLog.info(`record ${n} ${'x'.repeat(40)}`);

    const files = readdirSync(join(dir.path, 'logs')).sort();
    expect(files).toEqual(['broadsheet.log', 'broadsheet.log.1', 'broadsheet.log.2']);
    for (const file of files) expect(statSync(join(dir.path, 'logs', file)).size).toBeLessThanOrEqual(2000);

    const [current, previous, oldest] = files.map((file) =>
      numbers(readFileSync(join(dir.path, 'logs', file), 'utf8')),
    );
    // Nothing lost between the kept files, the newest record last, the oldest ones gone.
    expect([...oldest!, ...previous!, ...current!]).toEqual(
      Array.from({ length: oldest!.length + previous!.length + current!.length }, (_, i) => oldest![0]! + i),
    );
    expect(current!.at(-1)).toBe(149);
    expect(oldest![0]).toBeGreaterThan(0);
  });

  it('writes one line per record with time, level, category and message', () => {
    const dir = makeTempDir();
    cleanup = dir.cleanup;
    log = startLog({ logDir: dir.path, fileName: 'preview.log' });
    hostLog.warn('The core stopped: {reason}', { reason: 'exit code 1' });

    const text = readFileSync(log.path, 'utf8');
    expect(text).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} [+-]\d\d:\d\d \[WRN\] broadsheet\.host: The core stopped: exit code 1\n$/,
    );
  });

  it('escapes line breaks in values, so text from a page cannot forge a record', () => {
    const dir = makeTempDir();
    cleanup = dir.cleanup;
    log = startLog({ logDir: dir.path, fileName: 'broadsheet.log' });
    hostLog.error('From the window: {message}', {
      message: 'oops\n2030-01-01 00:00:00.000 +00:00 [INF] broadsheet.main: forged',
    });

    expect(readFileSync(log.path, 'utf8').trimEnd().split('\n')).toHaveLength(1);
  });
});
