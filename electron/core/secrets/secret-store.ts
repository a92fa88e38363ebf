/**
 * Where passwords and tokens are kept, by name (an account's password, an App key). The interface lives in the
 * core so that the one file format (file-secret-store.ts) serves the desktop app and the preview (through the
 * host's `HostPlatform.secrets`) and the command line alike. The core service itself never holds a store: the
 * host hands it credentials in memory; only the command line, which is its own host, opens one.
 */
export interface SecretStore {
  get(name: string): Promise<string | null>;
  set(name: string, value: string): Promise<void>;
  delete(name: string): Promise<void>;
}
