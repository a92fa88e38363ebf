import { app, net, powerMonitor } from 'electron';
import { join } from 'node:path';
import type { EventEmitter } from '../api/contract';
import { createCoreSyncBridge } from '../host/core-sync-bridge';
import { CoreWorkerHost } from '../host/core-worker-host';
import { createHostHandlers } from '../host/host-handlers';
import { NoticeBoard } from '../host/notices';
import { createRouter, type Router } from '../host/router';
import { watchOnline, type OnlineWatch } from '../host/online-watch';
import { openSettingsService, type SettingsService } from '../host/settings-service';
import { createFilePicker } from './backup-dialogs';
import { createExportSaver } from './export-save';
import type { OpenExternal } from './external-links';
import { createNewArticleNotifier } from './notifications';
import { openSettingsStore } from './settings-store';

/**
 * Everything behind the contract in the desktop app: notices, settings, the
 * core worker and the router that joins them. The preview server builds the
 * same pieces from the same host modules.
 */
export interface Services {
  router: Router;
  core: CoreWorkerHost;
  settings: SettingsService;
  notices: NoticeBoard;
  online: OnlineWatch;
}

export function startServices(emit: EventEmitter, openExternal: OpenExternal): Services {
  const userData = app.getPath('userData');
  const notices = new NoticeBoard(emit);
  // The core learns the sync settings and the network state through the bridge (see core-sync-bridge.ts).
  const bridge = createCoreSyncBridge({ settings: () => settings.get(), isOnline: () => net.isOnline() });
  // New-article notifications watch the core's sync.finished on the same path.
  const notifier = createNewArticleNotifier({ settings: () => settings.get(), core: () => core });
  const observed = bridge.observe(notifier.observe(emit));
  const settings = openSettingsService({ open: () => openSettingsStore(userData), notices, emit: observed });
  const core = new CoreWorkerHost({
    // Bundled next to this file as dist/electron/core-worker.mjs (see scripts/build.mjs).
    workerPath: join(import.meta.dirname, 'core-worker.mjs'),
    workerData: {
      dataDir: userData,
      appName: app.getName(),
      appVersion: app.getVersion(),
      runtime: 'electron',
      platform: process.platform,
      electronVersion: process.versions.electron ?? null,
      chromeVersion: process.versions.chrome ?? null,
    },
    onEvent: observed,
  });
  bridge.attach(core);
  core.start();
  const online = watchOnline(
    () => net.isOnline(),
    (state) => bridge.setOnline(state),
  );
  // Waking from sleep is when the network state goes stale: ask at once rather than at the next poll.
  powerMonitor.on('resume', online.recheck);
  powerMonitor.on('unlock-screen', online.recheck);
  const router = createRouter({
    host: createHostHandlers({
      settings,
      notices,
      openExternal,
      core: () => core,
      pickFile: createFilePicker(userData),
      saveExport: createExportSaver({ dataDir: userData }),
    }),
    core,
  });
  return { router, core, settings, notices, online };
}
