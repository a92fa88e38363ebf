/**
 * What a host (the desktop app, the browser preview) must supply to run Broadsheet: every capability that
 * differs between them. `createHost` takes exactly this, so a host that forgets one does not compile.
 */
import type { EventEmitter } from '../api/contract';
import type { PasswordStorage } from '../api/methods/accounts';
import type { ExportSaveResult } from '../api/methods/exports';
import type { CoreWorkerData } from '../core/worker-protocol';
import type { SecretStore } from '../core/secrets/secret-store';
import type { ConfLike } from './settings-service';

export type { SecretStore } from '../core/secrets/secret-store';

export interface HostPlatform {
  /** Who is running and where its data folder is; handed to the core worker as its `workerData`. */
  identity: CoreWorkerData;
  /** The log folder (`<data folder>/logs`, see log/log-files.ts), shown in Settings → About. */
  logDir: string;
  /** The bundled core worker script. */
  workerPath: string;
  /** How events reach the UI: IPC to the window, or the preview's event stream. */
  deliverEvent: EventEmitter;
  /** Opens the settings file (`config.json` in the data folder). */
  openSettingsStore(): ConfLike;
  /** The network state now, and its changes. */
  online: OnlineSource;
  /** Opens an already-checked http(s) URL in the system browser; false where the host cannot. */
  openExternal(url: string): Promise<boolean>;
  /** Hands a finished export to the reader: a save dialog, or an address the page downloads from. */
  saveExport(token: string, options: { pdf: boolean }): Promise<ExportSaveResult>;
  /** Asks the reader for a backup or bookmarks file and returns its incoming-file token (null: cancelled). */
  pickFile(kind: 'backup' | 'bookmarks'): Promise<string | null>;
  /** Where passwords and tokens are kept: never in config.json, the core's files, logs or backups. */
  secrets: SecretStore;
  /** How `secrets` protects what it keeps; Settings → Accounts tells the reader when that is weak. */
  passwordStorage: PasswordStorage;
  /** Shows a desktop notification; null where the page shows its own (the preview). */
  notify: ((title: string, body: string) => void) | null;
}

export interface OnlineSource {
  isOnline(): boolean;
  /** Calls `onChange` with each change from now on; `stop` ends it (quit). */
  watch(onChange: (online: boolean) => void): { stop(): void };
}
