import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startLog } from '../../../electron/host/log/start-log';
import { makeTempDir } from '../../support/temp-dir';

describe('the error that ends the process', () => {
  it('is written before the process goes, and only while the log runs', () => {
    const dir = makeTempDir();
    const log = startLog({ logDir: dir.path, fileName: 'broadsheet.log' });
    const listeners = process.listenerCount('uncaughtExceptionMonitor');
    // What Node does just before it ends the process on an uncaught error.
    (process.emit as (event: string, ...args: unknown[]) => boolean)(
      'uncaughtExceptionMonitor',
      new Error('the last straw'),
      'uncaughtException',
    );
    log.stop();

    expect(readFileSync(log.path, 'utf8')).toMatch(
      /\[FTL\] broadsheet\.host: Uncaught \(uncaughtException\): Error: the last straw\n\s+at /,
    );
    expect(process.listenerCount('uncaughtExceptionMonitor')).toBe(listeners - 1);
    dir.cleanup();
  });
});
