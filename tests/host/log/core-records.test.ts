import { resetSync } from '@logtape/logtape';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../electron/api/errors';
import { forwardLogToHost } from '../../../electron/core/log/forward-log';
import { logFailedCall } from '../../../electron/core/log/log-failed-call';
import type { LogMessage } from '../../../electron/core/worker-protocol';
import { writeCoreRecord } from '../../../electron/host/log/core-records';
import { startLog } from '../../../electron/host/log/start-log';
import { makeTempDir } from '../../support/temp-dir';

let cleanup: (() => void) | undefined;
afterEach(() => {
  resetSync();
  cleanup?.();
});

/** What the worker would post for these failed calls (the worker's side, configured in this thread). */
function forwarded(failures: [string, unknown][]): LogMessage[] {
  const posted: LogMessage[] = [];
  forwardLogToHost((message) => posted.push(message));
  for (const [method, error] of failures) logFailedCall(method, error);
  resetSync();
  return posted;
}

describe('core errors on their way to the log', () => {
  it('forwards failures nobody meant, with their stack, and not the answers the core gave on purpose', () => {
    const posted = forwarded([
      ['articles.get', new ApiError('NOT_FOUND', 'That article is gone.')],
      ['feeds.add', new ApiError('INVALID_ARGUMENTS', 'Bad.')],
      ['sync.refresh', new TypeError("Cannot read properties of undefined (reading 'id')")],
      ['library.sections', new ApiError('INTERNAL', 'Something inside broke.')],
    ]);

    expect(posted.map((message) => message.message.split('\n')[0])).toEqual([
      "sync.refresh failed: TypeError: Cannot read properties of undefined (reading 'id')",
      'library.sections failed: ApiError: Something inside broke.',
    ]);
    expect(posted[0]).toMatchObject({ type: 'log', level: 'error', category: ['broadsheet', 'core'] });
    expect(posted[0]?.message).toMatch(/\n\s+at /);
    // Plain data: it can cross to the host thread.
    expect(structuredClone(posted[0])).toEqual(posted[0]);
  });

  it('the host writes them under the core’s category, with the core’s time, secrets redacted', () => {
    const [message] = forwarded([['feeds.add', new Error('fetching https://me:pw@feeds.example/?token=t1 failed')]]);
    const dir = makeTempDir();
    cleanup = dir.cleanup;
    const log = startLog({ logDir: dir.path, fileName: 'broadsheet.log' });

    writeCoreRecord({ ...message!, timestamp: Date.UTC(2030, 0, 2, 3, 4, 5) });
    writeCoreRecord({ type: 'log', level: 'warning', category: ['elsewhere'], message: 'odd', timestamp: 0 });

    const text = readFileSync(log.path, 'utf8');
    expect(text).toMatch(
      /^2030-01-0\d \d\d:04:05\.000 [+-]\d\d:\d\d \[ERR\] broadsheet\.core: feeds\.add failed: Error: fetching https:\/\/\*\*\*@feeds\.example\/\?token=\*\*\* failed\n/,
    );
    expect(text).toMatch(/\[WRN\] broadsheet\.core\.elsewhere: odd\n$/);
    expect(text).not.toContain('me:pw');
    expect(text).not.toContain('t1');
  });

  it('writes the same core failure at most 30 times a minute, then says how many more there were', () => {
    const [message] = forwarded([['articles.list', new TypeError('x is undefined')]]);
    const dir = makeTempDir();
    cleanup = dir.cleanup;
    let time = 1_000_000;
    const log = startLog({ logDir: dir.path, fileName: 'broadsheet.log', now: () => time });

    for (let n = 0; n < 45; n++) writeCoreRecord(message!);
    time += 60_000;
    writeCoreRecord(message!);

    const lines = readFileSync(log.path, 'utf8')
      .split('\n')
      .filter((line) => /^\d{4}-/.test(line));
    expect(lines.filter((line) => line.includes('articles.list failed'))).toHaveLength(31);
    expect(lines.at(-2)).toMatch(/broadsheet\.host: The core’s last message was repeated 15 more times\.$/);
    expect(lines.at(-1)).toMatch(/broadsheet\.core: articles\.list failed: TypeError: x is undefined$/);
  });
});
