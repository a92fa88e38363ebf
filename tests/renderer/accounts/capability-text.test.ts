import { describe, expect, it } from 'vitest';
import { unavailableReason } from '../../../renderer/src/accounts/capability-text';
import { remoteAccount } from '../support/accounts';

const locked = { subscriptions: false, folders: false, starred: true, markAllOnServer: false, itemLabels: false };

describe('why an account cannot change something, in words', () => {
  it('names a hosted service, sends "other" and Fever servers to the server itself, and says nothing when allowed', () => {
    const feverAccount = remoteAccount({ kind: 'fever', service: 'fever', capabilities: locked });
    expect(unavailableReason(feverAccount, 'subscriptions')).toBe(
      'The Fever API does not let other apps change subscriptions: change them on the server itself.',
    );
    expect(unavailableReason(feverAccount, 'folders')).toBe(
      'The Fever API does not let other apps change folders: change them on the server itself.',
    );
    expect(unavailableReason(remoteAccount({ service: 'other', capabilities: locked }), 'folders')).toBe(
      'This server does not let other apps change its folders: change them on the server itself.',
    );
    expect(unavailableReason(remoteAccount(), 'subscriptions')).toBeNull();
    expect(unavailableReason(null, 'subscriptions')).toBeNull();
  });
});
