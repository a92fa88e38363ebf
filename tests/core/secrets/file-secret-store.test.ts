import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createFileSecretStore,
  SecretLockedError,
  type SecretCipher,
} from '../../../electron/core/secrets/file-secret-store';

const dirs: string[] = [];
function secretsPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'secrets-'));
  dirs.push(dir);
  return join(dir, 'secrets.json');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A stand-in for the keychain: reversible, and visibly not the plain text. */
const reversing: SecretCipher = {
  scheme: 'test-keychain',
  encrypt: async (plain) => Buffer.from([...plain].reverse().join(''), 'utf8'),
  decrypt: async (sealed) => [...sealed.toString('utf8')].reverse().join(''),
};

describe('the file secret store', () => {
  it('keeps, returns and deletes secrets in a file only the user can read', async () => {
    const path = secretsPath();
    const store = createFileSecretStore(path);
    expect(await store.get('account:1')).toBeNull();
    await store.set('account:1', 'hunter2 ✓');
    expect(await store.get('account:1')).toBe('hunter2 ✓');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await store.delete('account:1');
    expect(await store.get('account:1')).toBeNull();
  });

  it('a second store on the same file sees what the first wrote (no cache to go stale)', async () => {
    const path = secretsPath();
    await createFileSecretStore(path).set('a', 'one');
    expect(await createFileSecretStore(path).get('a')).toBe('one');
  });

  it('stores values sealed by the cipher, never as plain text', async () => {
    const path = secretsPath();
    const store = createFileSecretStore(path, reversing);
    await store.set('account:1', 'correct horse');
    expect(readFileSync(path, 'utf8')).not.toContain('correct horse');
    expect(readFileSync(path, 'utf8')).not.toContain(Buffer.from('correct horse').toString('base64'));
    expect(await store.get('account:1')).toBe('correct horse');
  });

  it('says a secret sealed by the desktop keychain is locked where that keychain is not available', async () => {
    const path = secretsPath();
    await createFileSecretStore(path, reversing).set('account:1', 'correct horse');
    await expect(createFileSecretStore(path).get('account:1')).rejects.toBeInstanceOf(SecretLockedError);
  });

  it('keeps other secrets when one is replaced, and tightens a file made readable by others', async () => {
    const path = secretsPath();
    const store = createFileSecretStore(path);
    await store.set('a', '1');
    await store.set('b', '2');
    writeFileSync(`${path}.tmp`, '', { mode: 0o644 });
    await store.set('a', '3');
    expect([await store.get('a'), await store.get('b')]).toEqual(['3', '2']);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
