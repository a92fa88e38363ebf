/**
 * Secrets in one file in the data folder (`secrets.json`), readable by the user alone (0600), written atomically:
 * the one implementation of that file, used by the desktop app, the preview and the command line. The desktop app
 * hands in a cipher backed by the system keychain (Electron's safeStorage); where there is none (the preview, the
 * CLI) values are stored as they are and the file's permissions are the protection, as `--help` says.
 * A value sealed by a cipher this process does not have (the desktop app's, read by the preview) is `locked`:
 * the caller asks the reader for the password again instead of failing obscurely.
 */
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SecretStore } from './secret-store';

export const SECRETS_FILE = 'secrets.json';

export interface SecretCipher {
  /** Names the scheme in the file, so another host knows it cannot open the value. */
  scheme: string;
  encrypt(plain: string): Promise<Buffer>;
  decrypt(sealed: Buffer): Promise<string>;
}

interface StoredSecret {
  scheme: string;
  value: string;
}

export class SecretLockedError extends Error {
  constructor(
    readonly secretName: string,
    readonly scheme: string,
  ) {
    super(`The secret "${secretName}" was saved by another program (${scheme}) and cannot be read here.`);
    this.name = 'SecretLockedError';
  }
}

const PLAIN = 'plain';

export function createFileSecretStore(path: string, cipher: SecretCipher | null = null): SecretStore {
  const read = (): Record<string, StoredSecret> => {
    if (!existsSync(path)) return {};
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, StoredSecret>)
      : {};
  };
  const write = (secrets: Record<string, StoredSecret>) => {
    const temporary = `${path}.tmp`;
    writeFileSync(temporary, JSON.stringify(secrets), { mode: 0o600 });
    // An existing temporary file keeps its old mode: make sure before it becomes the real one.
    chmodSync(temporary, 0o600);
    renameSync(temporary, path);
  };
  return {
    async get(name) {
      const stored = read()[name];
      if (!stored) return null;
      if (stored.scheme === PLAIN) return Buffer.from(stored.value, 'base64').toString('utf8');
      if (!cipher || cipher.scheme !== stored.scheme) throw new SecretLockedError(name, stored.scheme);
      return cipher.decrypt(Buffer.from(stored.value, 'base64'));
    },
    async set(name, value) {
      const secrets = read();
      secrets[name] = cipher
        ? { scheme: cipher.scheme, value: (await cipher.encrypt(value)).toString('base64') }
        : { scheme: PLAIN, value: Buffer.from(value, 'utf8').toString('base64') };
      write(secrets);
    },
    async delete(name) {
      const secrets = read();
      if (!(name in secrets)) return;
      delete secrets[name];
      write(secrets);
    },
  };
}
