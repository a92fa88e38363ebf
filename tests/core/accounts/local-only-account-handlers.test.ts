import { afterEach, describe, expect, test, vi } from 'vitest';
import { AccountSchema, AccountServiceInfoSchema } from '../../../electron/api/methods/accounts';
import { createLocalOnlyAccountHandlers } from '../../../electron/core/accounts/local-only-account-handlers';
import { createFixture, entries, type Fixture } from '../library/support/library-fixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.dispose());

function setup(refreshing = false) {
  fixture = createFixture();
  const feed = fixture.addFeed('News');
  fixture.addFeed('Blog');
  fixture.ingest(feed, entries(3));
  const emit = vi.fn();
  const refreshAll = vi.fn();
  const accounts = createLocalOnlyAccountHandlers(fixture.library, {
    emit,
    now: () => fixture!.clock.now,
    refreshing: () => refreshing,
    lastRefreshAt: () => '2025-06-15T11:00:00.000Z',
    refreshAll,
  });
  return { ...accounts, emit, refreshAll };
}

describe('the accounts stand-in (local account only)', () => {
  test('lists the local account with its feeds, unread articles and last refresh', () => {
    const { handlers } = setup();
    const [local, ...others] = handlers['accounts.list']() as unknown[];
    expect(others).toEqual([]);
    expect(AccountSchema.parse(local)).toMatchObject({
      id: 'local',
      kind: 'local',
      name: 'On this computer',
      status: 'ok',
      lastSyncAt: '2025-06-15T11:00:00.000Z',
      feedCount: 2,
      unreadCount: 3,
    });
  });

  test('offers the Google Reader API services, Inoreader with app credentials', () => {
    const { handlers } = setup();
    const services = AccountServiceInfoSchema.array().parse(handlers['accounts.services']());
    expect(services.map((service) => service.label)).toEqual([
      'FreshRSS',
      'Inoreader',
      'The Old Reader',
      'BazQux Reader',
      'Miniflux',
      'Other Google Reader API server',
    ]);
    expect(services.filter((service) => service.needsAppCredentials).map((service) => service.service)).toEqual([
      'inoreader',
    ]);
  });

  test('syncing the local account refreshes every feed; a running refresh shows as syncing', () => {
    const { handlers, refreshAll } = setup(true);
    expect(handlers['accounts.sync']('local')).toMatchObject({ id: 'local', status: 'syncing' });
    expect(refreshAll).toHaveBeenCalledOnce();
    expect(() => handlers['accounts.sync']('nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  test('refuses what needs the accounts service, with reasons a reader can act on', () => {
    const { handlers } = setup();
    const add = () =>
      handlers['internal.addAccount']({ kind: 'greader', service: 'freshrss', user: 'u', password: 'p' });
    expect(add).toThrow(expect.objectContaining({ code: 'UNAVAILABLE' }));
    expect(() => handlers['internal.removeAccount']('local', { keepBookmarks: true })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(() => handlers['internal.setAccountPassword']('local', 'p')).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(handlers['internal.setAccountCredentials']([])).toBeNull();
  });

  test('tells the UI when the local account changed', () => {
    const { notifyChanged, emit } = setup();
    notifyChanged();
    expect(emit).toHaveBeenCalledWith('accounts.changed', [expect.objectContaining({ id: 'local', feedCount: 2 })]);
  });
});
