import { describe, expect, test, vi } from 'vitest';
import type { Handlers, HostMethodName } from '../../electron/api/contract';
import { DEFAULT_SETTINGS } from '../../electron/api/settings-schema';
import { createRouter, type CoreCaller } from '../../electron/host/router';

function setup() {
  const host = {
    'app.listNotices': vi.fn(() => []),
    'app.dismissNotice': vi.fn(() => null),
    'app.reportError': vi.fn(() => null),
    'settings.get': vi.fn(() => DEFAULT_SETTINGS),
    'settings.update': vi.fn(() => DEFAULT_SETTINGS),
    'links.openExternal': vi.fn(async (url: string) => ({ opened: true, url })),
    'exports.save': vi.fn(async () => ({ kind: 'saved' as const, path: null })),
    'backup.create': vi.fn(async () => ({
      token: '0'.repeat(32),
      fileName: 'b.bsbackup',
      byteLength: 0,
      counts: { accounts: 1, sections: 0, feeds: 0, bookmarks: 0, readMarks: 0, images: 0 },
    })),
    'backup.pickFile': vi.fn(async () => ({ token: null })),
    'backup.restore': vi.fn(async () => ({
      summary: {
        accounts: { added: 0, merged: 0 },
        sections: { added: 0, merged: 0 },
        feeds: { added: 0, merged: 0 },
        bookmarks: { added: 0, merged: 0 },
        readMarks: 0,
        images: 0,
      },
      settingsApplied: false,
      createdAt: '',
      appVersion: '',
    })),
    'accounts.add': vi.fn(() => {
      throw new Error('not in these tests');
    }),
    'accounts.setPassword': vi.fn(() => {
      throw new Error('not in these tests');
    }),
    'accounts.remove': vi.fn(() => null),
    'accounts.passwordStorage': vi.fn(() => ({ kind: 'keychain' as const })),
  } satisfies Handlers<HostMethodName>;
  const core: CoreCaller = { call: vi.fn(async () => ({ ok: true as const, value: 'from core' })) };
  return { host, core, router: createRouter({ host, core }) };
}

describe('router', () => {
  test('sends core methods to the core with validated arguments', async () => {
    const { router, core } = setup();
    expect(await router.dispatch('app.getInfo', [])).toEqual({ ok: true, value: 'from core' });
    expect(core.call).toHaveBeenCalledWith('app.getInfo', []);
  });

  test('answers host methods itself', async () => {
    const { router, host, core } = setup();
    const result = await router.dispatch('settings.update', [{ theme: 'dark' }]);
    expect(result.ok).toBe(true);
    expect(host['settings.update']).toHaveBeenCalledWith({ theme: 'dark' });
    expect(core.call).not.toHaveBeenCalled();
  });

  test.each([
    ['unknown method', 'settings.delete', []],
    ['prototype key', '__proto__', []],
    ['inherited key', 'toString', []],
    ['constructor', 'constructor', []],
    // The core's steps that take a password are the host's to call: from the UI they do not exist.
    [
      'internal core method',
      'internal.addAccount',
      [{ kind: 'greader', service: 'freshrss', user: 'u', password: 'p' }],
    ],
    ['internal core method', 'internal.setAccountCredentials', [[{ id: 'a1', password: 'p', appKey: null }]]],
  ])('refuses an %s with UNKNOWN_METHOD', async (_label, method, args) => {
    const { router, core } = setup();
    const result = await router.dispatch(method, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(core.call).not.toHaveBeenCalled();
  });

  test.each([
    ['not an array', 'settings.update', { theme: 'dark' }],
    ['missing argument', 'settings.update', []],
    ['extra argument', 'settings.get', ['surprise']],
    ['wrong type', 'settings.update', [{ theme: 42 }]],
    ['unknown setting', 'settings.update', [{ themes: 'dark' }]],
    ['out of range', 'settings.update', [{ reading: { fontSize: 400 } }]],
    ['prototype pollution', 'settings.update', [JSON.parse('{"__proto__": {"polluted": true}}')]],
    ['null', 'links.openExternal', [null]],
    ['huge string', 'links.openExternal', ['https://a.example/' + 'x'.repeat(10_000)]],
    ['null args', 'app.getInfo', null],
  ])('refuses %s with INVALID_ARGUMENTS and calls nothing', async (_label, method, args) => {
    const { router, host, core } = setup();
    const result = await router.dispatch(method, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENTS' } });
    expect(core.call).not.toHaveBeenCalled();
    for (const handler of Object.values(host)) expect(handler).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('routes the account methods that carry a password to the host, never straight to the core', async () => {
    const { router, host, core } = setup();
    expect(await router.dispatch('accounts.remove', ['a1', { keepBookmarks: true }])).toEqual({
      ok: true,
      value: null,
    });
    expect(host['accounts.remove']).toHaveBeenCalledWith('a1', { keepBookmarks: true });
    await router.dispatch('accounts.list', []);
    expect(core.call).toHaveBeenCalledWith('accounts.list', []);
    expect(core.call).toHaveBeenCalledTimes(1);
  });

  test('turns a throwing host handler into an error envelope', async () => {
    const { router, host } = setup();
    host['settings.get'].mockImplementation(() => {
      throw new Error('disk on fire');
    });
    expect(await router.dispatch('settings.get', [])).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Unexpected error: disk on fire' },
    });
  });
});
