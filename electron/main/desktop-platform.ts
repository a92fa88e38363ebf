/** What the desktop app supplies to the composition root (`createHost`): Electron's dialogs, network, keychain. */
import { app, net, powerMonitor } from 'electron';
import { join } from 'node:path';
import type { EventEmitter } from '../api/contract';
import { createFileSecretStore, SECRETS_FILE } from '../core/secrets/file-secret-store';
import { logDirOf } from '../host/log/log-files';
import { watchOnline } from '../host/online-watch';
import type { HostPlatform, OnlineSource } from '../host/platform';
import { createFilePicker } from './backup-dialogs';
import { showDesktopNotification } from './desktop-notification';
import { createExportSaver } from './export-save';
import type { OpenExternal } from './external-links';
import { passwordStorageOf, safeStorageCipher } from './safe-storage-cipher';
import { openSettingsStore } from './settings-store';

export interface DesktopPlatformOptions {
  deliverEvent: EventEmitter;
  openExternal: OpenExternal;
}

export function createDesktopPlatform({ deliverEvent, openExternal }: DesktopPlatformOptions): HostPlatform {
  const dataDir = app.getPath('userData');
  // Asked once, after the app is ready (Linux chooses its keyring backend then).
  const keychain = safeStorageCipher();
  return {
    identity: {
      dataDir,
      appName: app.getName(),
      appVersion: app.getVersion(),
      runtime: 'electron',
      platform: process.platform,
      electronVersion: process.versions.electron ?? null,
      chromeVersion: process.versions.chrome ?? null,
    },
    logDir: logDirOf(dataDir),
    // Bundled next to main as dist/electron/core-worker.mjs (see scripts/build.mjs).
    workerPath: join(import.meta.dirname, 'core-worker.mjs'),
    deliverEvent,
    openSettingsStore: () => openSettingsStore(dataDir),
    online: electronOnline(),
    openExternal,
    saveExport: createExportSaver({ dataDir }),
    pickFile: createFilePicker(dataDir),
    secrets: createFileSecretStore(join(dataDir, SECRETS_FILE), keychain.cipher),
    passwordStorage: passwordStorageOf(keychain),
    notify: showDesktopNotification,
  };
}

/** Main has `net.isOnline()` but no events: poll, and ask at once on waking, when the answer goes stale. */
function electronOnline(): OnlineSource {
  const isOnline = () => net.isOnline();
  return {
    isOnline,
    watch(onChange) {
      const watch = watchOnline(isOnline, onChange);
      powerMonitor.on('resume', watch.recheck);
      powerMonitor.on('unlock-screen', watch.recheck);
      return {
        stop() {
          watch.stop();
          powerMonitor.off('resume', watch.recheck);
          powerMonitor.off('unlock-screen', watch.recheck);
        },
      };
    },
  };
}
