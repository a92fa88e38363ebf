import { memorySecretStore } from '../../support/memory-secret-store';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ERROR_REPORT_LIMITS } from '../../../electron/api/methods/app';
import { createHostHandlers } from '../../../electron/host/host-handlers';
import { startLog, type RunningLog } from '../../../electron/host/log/start-log';
import { NoticeBoard } from '../../../electron/host/notices';
import { createRouter } from '../../../electron/host/router';
import type { SettingsService } from '../../../electron/host/settings-service';
import { makeTempDir } from '../../support/temp-dir';

let log: RunningLog | undefined;
let cleanup: (() => void) | undefined;
afterEach(() => {
  log?.stop();
  cleanup?.();
});

/** The host's real handlers behind the real router, as the IPC binding and the preview's API reach them. */
function setup(options: { logDir?: (dir: string) => string } = {}) {
  const dir = makeTempDir();
  cleanup = dir.cleanup;
  let time = 5_000_000;
  const clock = { now: () => time, advance: (ms: number) => (time += ms) };
  log = startLog({
    logDir: options.logDir?.(dir.path) ?? dir.path,
    fileName: 'broadsheet.log',
    now: clock.now,
    onTrouble: () => {},
  });
  const host = createHostHandlers({
    settings: {} as SettingsService,
    notices: new NoticeBoard(() => {}),
    openExternal: async () => false,
    saveExport: vi.fn(),
    core: () => ({ call: vi.fn() }),
    pickFile: vi.fn(),
    secrets: memorySecretStore(),
    passwordStorage: { kind: 'keychain' },
  });
  const router = createRouter({ host, core: { call: vi.fn() } });
  const lines = () =>
    existsSync(log!.path) ? readFileSync(log!.path, 'utf8').trimEnd().split('\n').filter(Boolean) : [];
  return { router, lines, clock };
}

const uncaught = {
  kind: 'error',
  message: "Cannot read properties of undefined (reading 'title')",
  source: 'app://broadsheet/assets/index-abc.js:12:34',
  stack: "TypeError: Cannot read properties of undefined (reading 'title')\n    at ArticleView (index-abc.js:12:34)",
};

describe('app.reportError', () => {
  it('writes an uncaught error from the window as one line with its source and stack', async () => {
    const { router, lines } = setup();
    expect(await router.dispatch('app.reportError', [uncaught])).toEqual({ ok: true, value: null });

    expect(lines()).toHaveLength(1);
    expect(lines()[0]).toMatch(
      /\[ERR\] broadsheet\.renderer: Uncaught error: Cannot read properties of undefined \(reading 'title'\) at app:\/\/broadsheet\/assets\/index-abc\.js:12:34 \| TypeError: .*\\n {4}at ArticleView/,
    );
  });

  it('writes a failed action with the banner’s name for it and the error code', async () => {
    const { router, lines } = setup();
    await router.dispatch('app.reportError', [
      { kind: 'action', action: 'Marking as read', code: 'STORAGE', message: 'The disk is full.' },
    ]);
    await router.dispatch('app.reportError', [{ kind: 'unhandledrejection', message: 'offline' }]);

    expect(lines()[0]).toMatch(/broadsheet\.renderer: Marking as read failed: The disk is full\. \(STORAGE\)$/);
    expect(lines()[1]).toMatch(/broadsheet\.renderer: Unhandled rejection: offline$/);
  });

  it('redacts secrets the window sends', async () => {
    const { router, lines } = setup();
    await router.dispatch('app.reportError', [
      {
        kind: 'error',
        message: 'fetch https://me:hunter2@feeds.example/?api_key=K9 failed',
        stack: 'Authorization: Bearer x1',
      },
    ]);
    expect(lines()[0]).toContain('https://***@feeds.example/?api_key=***');
    expect(lines()[0]).not.toMatch(/hunter2|K9|x1/);
  });

  const over = (limit: number) => 'x'.repeat(limit + 1);
  it.each([
    ['a message past its limit', [{ kind: 'error', message: over(ERROR_REPORT_LIMITS.message) }]],
    ['a stack past its limit', [{ kind: 'error', message: 'm', stack: over(ERROR_REPORT_LIMITS.stack) }]],
    ['a source past its limit', [{ kind: 'error', message: 'm', source: over(ERROR_REPORT_LIMITS.source) }]],
    ['an action past its limit', [{ kind: 'action', message: 'm', action: over(ERROR_REPORT_LIMITS.action) }]],
    ['a field the contract does not know', [{ kind: 'error', message: 'm', article: 'full text of an article' }]],
    ['an unknown kind', [{ kind: 'warning', message: 'm' }]],
    ['an unknown error code', [{ kind: 'action', message: 'm', code: 'TEAPOT' }]],
    ['no message', [{ kind: 'error' }]],
    ['a string instead of a report', ['boom']],
    [
      'two reports in one call',
      [
        { kind: 'error', message: 'a' },
        { kind: 'error', message: 'b' },
      ],
    ],
    ['nothing', []],
  ])('refuses %s and writes nothing', async (_name, args) => {
    const { router, lines } = setup();
    const result = await router.dispatch('app.reportError', args);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
    expect(lines()).toEqual([]);
  });

  it('keeps a window stuck in an error loop from flooding the log, and says how many it left out', async () => {
    const { router, lines, clock } = setup();
    for (let n = 0; n < 25; n++) await router.dispatch('app.reportError', [{ kind: 'error', message: `loop ${n}` }]);
    expect(lines()).toHaveLength(20);

    clock.advance(60_000);
    await router.dispatch('app.reportError', [{ kind: 'error', message: 'later' }]);
    expect(lines().slice(20)).toEqual([
      expect.stringMatching(/\[WRN\] broadsheet\.renderer: 5 more errors from the window were not logged\.$/),
      expect.stringMatching(/Uncaught error: later$/),
    ]);
  });

  it('answers the window even when the log cannot be written', async () => {
    const { router } = setup({
      logDir: (dir) => {
        writeFileSync(join(dir, 'logs'), 'a file where the folder should be');
        return join(dir, 'logs');
      },
    });
    expect(await router.dispatch('app.reportError', [uncaught])).toEqual({ ok: true, value: null });
  });
});
