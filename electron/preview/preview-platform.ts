/**
 * What the browser preview supplies to the composition root (`createHost`): settings through `conf`, no system
 * browser or dialogs (the page downloads and uploads instead), secrets in a 0600 file, and a network it assumes
 * is there unless told otherwise.
 */
import Conf from 'conf';
import { join } from 'node:path';
import type { EventEmitter } from '../api/contract';
import { ApiError } from '../api/errors';
import { APP_NAME } from '../host/data-dir';
import { createFileSecretStore, SECRETS_FILE } from '../core/secrets/file-secret-store';
import { logDirOf } from '../host/log/log-files';
import type { HostPlatform } from '../host/platform';

export interface PreviewPlatformOptions {
  dataDir: string;
  workerPath: string;
  appVersion: string;
  deliverEvent: EventEmitter;
  /** The same-origin address the page downloads a finished export from. */
  exportUrl: (token: string) => string;
  /** Offline: the end-to-end tests, whose seeded feeds live at made-up addresses that must not be fetched. */
  offline: boolean;
}

export function createPreviewPlatform(options: PreviewPlatformOptions): HostPlatform {
  return {
    identity: {
      dataDir: options.dataDir,
      appName: APP_NAME,
      appVersion: options.appVersion,
      runtime: 'preview',
      platform: process.platform,
      electronVersion: null,
      chromeVersion: null,
    },
    logDir: logDirOf(options.dataDir),
    workerPath: options.workerPath,
    deliverEvent: options.deliverEvent,
    openSettingsStore: () => new Conf({ cwd: options.dataDir, configName: 'config', projectName: APP_NAME }),
    // The preview has no network signal of its own.
    online: { isOnline: () => !options.offline, watch: () => ({ stop() {} }) },
    // The preview cannot open the reader's browser; the page opens the checked URL itself.
    openExternal: async () => false,
    saveExport: async (token) => ({ kind: 'download', url: options.exportUrl(token) }),
    pickFile: async () => {
      throw new ApiError('UNAVAILABLE', 'Choose the file with the page’s file picker here.');
    },
    secrets: createFileSecretStore(join(options.dataDir, SECRETS_FILE)),
    // No keychain here: passwords are kept as they are, in a file readable by this user alone (0600).
    passwordStorage: { kind: 'private-file' },
    notify: null,
  };
}
