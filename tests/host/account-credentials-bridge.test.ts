import { describe, expect, test, vi } from 'vitest';
import type { CoreCallName, EventName } from '../../electron/api/contract';
import { failure, success } from '../../electron/api/envelope';
import { ApiError } from '../../electron/api/errors';
import type { Account } from '../../electron/api/methods/accounts';
import { createAccountCredentialsBridge } from '../../electron/host/account-credentials-bridge';
import { SecretLockedError } from '../../electron/core/secrets/file-secret-store';
import { memorySecretStore } from '../support/memory-secret-store';

function account(id: string): Account {
  return {
    id,
    kind: id === 'local' ? 'local' : 'greader',
    service: id === 'local' ? null : 'freshrss',
    name: id,
    url: null,
    user: null,
    status: 'ok',
    lastSyncAt: null,
    lastError: null,
    capabilities: { subscriptions: true, folders: true, starred: true, markAllOnServer: false, itemLabels: false },
    feedCount: 0,
    unreadCount: 0,
    unreadToDownload: 0,
  };
}

function setup(listed = success([account('local'), account('a1'), account('a2'), account('a3')])) {
  const secrets = memorySecretStore({ 'account:a1:password': 'one', 'account:a3:password': 'three' });
  const get = secrets.get;
  // a3's secret was sealed by the desktop app's keychain, which this process lacks.
  secrets.get = async (name) => {
    if (name === 'account:a3:password') throw new SecretLockedError(name, 'electron-safe-storage');
    return get(name);
  };
  const calls: { method: CoreCallName; args: unknown[] }[] = [];
  const call = vi.fn(async (method: CoreCallName, args: unknown[]) => {
    calls.push({ method, args });
    return method === 'accounts.list' ? listed : success(null);
  });
  const bridge = createAccountCredentialsBridge(secrets);
  bridge.attach({ call });
  const forwarded: EventName[] = [];
  const emit = bridge.observe((event) => void forwarded.push(event));
  return { bridge, emit, calls, forwarded };
}

describe('handing the accounts’ credentials to the core', () => {
  test('a ready core gets every remote account’s credentials at once; missing or locked ones are null', async () => {
    const { bridge, emit, calls, forwarded } = setup();
    emit('core.status', { state: 'ready' });
    await bridge.settled();
    expect(forwarded).toEqual(['core.status']);
    expect(calls).toEqual([
      { method: 'accounts.list', args: [] },
      {
        method: 'internal.setAccountCredentials',
        args: [
          [
            { id: 'a1', password: 'one', appKey: null },
            { id: 'a2', password: null, appKey: null },
            { id: 'a3', password: null, appKey: null },
          ],
        ],
      },
    ]);
  });

  test('nothing is sent for other events, and a core that cannot list its accounts is asked again at its next start', async () => {
    const { bridge, emit, calls } = setup(failure(new ApiError('STORAGE', 'The library is not available.')));
    emit('core.status', { state: 'restarting', message: 'x' });
    emit('accounts.changed', []);
    await bridge.settled();
    expect(calls).toEqual([]);
    emit('core.status', { state: 'ready' });
    await bridge.settled();
    expect(calls).toEqual([{ method: 'accounts.list', args: [] }]);
  });
});
