import { afterEach, describe, expect, it } from 'vitest';
import { safeStorage } from 'electron';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileSecretStore } from '../../electron/core/secrets/file-secret-store';
import { safeStorageCipher } from '../../electron/main/safe-storage-cipher';

const mock = safeStorage as unknown as { available: boolean; backend: string };

afterEach(() => {
  mock.available = true;
  mock.backend = 'gnome_libsecret';
});

describe('secrets sealed by the system keychain', () => {
  it('seals what the secret store writes, and opens it again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keychain-'));
    try {
      const path = join(dir, 'secrets.json');
      const store = createFileSecretStore(path, safeStorageCipher('linux').cipher);
      await store.set('account:1', 'correct horse');
      expect(readFileSync(path, 'utf8')).not.toContain('correct horse');
      expect(await store.get('account:1')).toBe('correct horse');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says the protection is weak where Linux has no keyring (the basic_text backend)', () => {
    mock.backend = 'basic_text';
    expect(safeStorageCipher('linux').weak).toBe(true);
    expect(safeStorageCipher('darwin').weak).toBe(false);
  });

  it('has no cipher where the keychain cannot encrypt at all', () => {
    mock.available = false;
    expect(safeStorageCipher('win32')).toEqual({ cipher: null, weak: true });
  });
});
