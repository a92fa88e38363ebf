/** A `SecretStore` in memory for host and secrets tests: what was stored, and a switch to make writes fail like a full disk. */
import type { SecretStore } from '../../electron/core/secrets/secret-store';

export interface MemorySecretStore extends SecretStore {
  readonly values: Map<string, string>;
  /** Makes every later `set` throw this error (null: writes work again). */
  failWrites(error: Error | null): void;
}

export function memorySecretStore(initial: Record<string, string> = {}): MemorySecretStore {
  const values = new Map(Object.entries(initial));
  let writeError: Error | null = null;
  return {
    values,
    failWrites: (error) => {
      writeError = error;
    },
    get: async (name) => values.get(name) ?? null,
    set: async (name, value) => {
      if (writeError) throw writeError;
      values.set(name, value);
    },
    delete: async (name) => {
      values.delete(name);
    },
  };
}
