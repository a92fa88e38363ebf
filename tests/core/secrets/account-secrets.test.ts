import { describe, expect, it } from 'vitest';
import {
  appKeySecret,
  forgetAccountSecrets,
  passwordSecret,
  readAccountCredentials,
  storeAccountSecrets,
} from '../../../electron/core/secrets/account-secrets';
import { SecretLockedError } from '../../../electron/core/secrets/file-secret-store';
import { memorySecretStore } from '../../support/memory-secret-store';

describe('an account’s secrets', () => {
  it('are stored, read back and forgotten under the account’s names', async () => {
    const secrets = memorySecretStore();
    await storeAccountSecrets(secrets, 'a1', { password: 'pw', appKey: 'key' });
    await storeAccountSecrets(secrets, 'a2', { password: 'other' });
    expect(await secrets.get(passwordSecret('a1'))).toBe('pw');
    expect(await secrets.get(appKeySecret('a1'))).toBe('key');
    expect(await readAccountCredentials(secrets, 'a2')).toEqual({ id: 'a2', password: 'other', appKey: null });
    await forgetAccountSecrets(secrets, 'a1');
    expect(await readAccountCredentials(secrets, 'a1')).toEqual({ id: 'a1', password: null, appKey: null });
    expect(await secrets.get(passwordSecret('a2'))).toBe('other');
  });

  it('reads a locked secret as null and names it, never its value, to the caller', async () => {
    const secrets = memorySecretStore({ [appKeySecret('a1')]: 'key' });
    secrets.get = async (name) => {
      if (name === passwordSecret('a1')) throw new SecretLockedError(name, 'electron-safe-storage');
      return name === appKeySecret('a1') ? 'key' : null;
    };
    const unreadable: string[] = [];
    const credentials = await readAccountCredentials(secrets, 'a1', (name, error) =>
      unreadable.push(`${name} ${error instanceof SecretLockedError}`),
    );
    expect(credentials).toEqual({ id: 'a1', password: null, appKey: 'key' });
    expect(unreadable).toEqual(['account:a1:password true']);
  });
});
