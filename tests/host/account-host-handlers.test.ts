import { describe, expect, test, vi } from 'vitest';
import type { CoreCallName } from '../../electron/api/contract';
import { failure, success, type Envelope } from '../../electron/api/envelope';
import { ApiError } from '../../electron/api/errors';
import type { Account, AddAccountInput } from '../../electron/api/methods/accounts';
import { createAccountHostHandlers } from '../../electron/host/account-host-handlers';
import type { CoreCaller } from '../../electron/host/router';
import { memorySecretStore } from '../support/memory-secret-store';

const ACCOUNT: Account = {
  id: 'a1',
  kind: 'greader',
  service: 'inoreader',
  name: 'Inoreader',
  url: 'https://www.inoreader.com',
  user: 'reader@example.com',
  status: 'ok',
  lastSyncAt: null,
  lastError: null,
  capabilities: { subscriptions: true, folders: true, starred: true, markAllOnServer: true, itemLabels: true },
  feedCount: 0,
  unreadCount: 0,
  unreadToDownload: 0,
};

const INPUT: AddAccountInput = {
  kind: 'greader',
  service: 'inoreader',
  user: 'reader@example.com',
  password: 'correct horse',
  appId: '1000001414',
  appKey: 'kk18irxGeoXA5wyFg9U1PpTuabDu2WWG',
};

const REFUSED = new ApiError('AUTH_REFUSED', 'The server refused this user name or password.');

function setup(answers: Partial<Record<CoreCallName, () => Envelope<unknown>>> = {}, secrets = memorySecretStore()) {
  const call = vi.fn(async (method: CoreCallName, _args: unknown[]) => answers[method]?.() ?? success(null));
  const core: CoreCaller = { call };
  return { call, secrets, handlers: createAccountHostHandlers({ core: () => core, secrets }) };
}

describe('the host’s account methods', () => {
  test('adding: the core tests the credentials, then the host stores the password and App key under the new id', async () => {
    const { call, secrets, handlers } = setup({ 'internal.addAccount': () => success(ACCOUNT) });
    expect(await handlers['accounts.add'](INPUT)).toEqual(ACCOUNT);
    expect(call).toHaveBeenCalledWith('internal.addAccount', [INPUT]);
    expect(Object.fromEntries(secrets.values)).toEqual({
      'account:a1:password': 'correct horse',
      'account:a1:appkey': 'kk18irxGeoXA5wyFg9U1PpTuabDu2WWG',
    });
  });

  test('adding with a refused password stores nothing and passes the refusal on', async () => {
    const { secrets, handlers } = setup({ 'internal.addAccount': () => failure(REFUSED) });
    await expect(handlers['accounts.add'](INPUT)).rejects.toMatchObject({
      code: 'AUTH_REFUSED',
      message: 'The server refused this user name or password.',
    });
    expect(secrets.values.size).toBe(0);
  });

  test('an account whose password cannot be stored is taken back out, and the reader is told why', async () => {
    const secrets = memorySecretStore();
    secrets.failWrites(new Error('ENOSPC: no space left on device'));
    const { call, handlers } = setup({ 'internal.addAccount': () => success(ACCOUNT) }, secrets);
    const refusal = handlers['accounts.add'](INPUT);
    await expect(refusal).rejects.toMatchObject({ code: 'STORAGE' });
    await expect(refusal).rejects.toThrow(/not added: its password could not be saved \(ENOSPC/);
    await expect(refusal).rejects.not.toThrow(/correct horse/);
    expect(call).toHaveBeenLastCalledWith('internal.removeAccount', ['a1', { keepBookmarks: false }]);
    expect(secrets.values.size).toBe(0);
  });

  test('a new password is stored only once the server accepted it', async () => {
    const secrets = memorySecretStore({ 'account:a1:password': 'old' });
    const accepted = setup({ 'internal.setAccountPassword': () => success(ACCOUNT) }, secrets);
    expect(await accepted.handlers['accounts.setPassword']('a1', 'new')).toEqual(ACCOUNT);
    expect(accepted.call).toHaveBeenCalledWith('internal.setAccountPassword', ['a1', 'new']);
    expect(secrets.values.get('account:a1:password')).toBe('new');

    const refused = setup({ 'internal.setAccountPassword': () => failure(REFUSED) }, secrets);
    await expect(refused.handlers['accounts.setPassword']('a1', 'wrong')).rejects.toMatchObject({
      code: 'AUTH_REFUSED',
    });
    expect(secrets.values.get('account:a1:password')).toBe('new');
  });

  test('removing forgets the account’s secrets after the core removed it, and nothing when it refused', async () => {
    const secrets = memorySecretStore({
      'account:a1:password': 'p',
      'account:a1:appkey': 'k',
      'account:a2:password': 'other',
    });
    const { call, handlers } = setup({}, secrets);
    expect(await handlers['accounts.remove']('a1', { keepBookmarks: true })).toBeNull();
    expect(call).toHaveBeenCalledWith('internal.removeAccount', ['a1', { keepBookmarks: true }]);
    expect(Object.fromEntries(secrets.values)).toEqual({ 'account:a2:password': 'other' });

    const refusing = setup(
      { 'internal.removeAccount': () => failure(new ApiError('CONFLICT', 'Cannot remove.')) },
      secrets,
    );
    await expect(refusing.handlers['accounts.remove']('a2', { keepBookmarks: false })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(secrets.values.get('account:a2:password')).toBe('other');
  });
});
