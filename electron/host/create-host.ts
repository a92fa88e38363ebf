/**
 * The one composition root: settings, notices, the core worker, the bridges that tell the core what only the host
 * knows (sync settings, the network, the accounts' credentials), notifications and the router, wired the same way
 * for the desktop app and the preview. Each of those supplies a `HostPlatform` and nothing else.
 */
import { createAccountCredentialsBridge } from './account-credentials-bridge';
import { createCoreSyncBridge } from './core-sync-bridge';
import { CoreWorkerHost } from './core-worker-host';
import { createHostHandlers } from './host-handlers';
import { writeCoreRecord } from './log/core-records';
import { logEvents } from './log/event-log';
import { createNewArticleNotifier } from './new-article-notifier';
import { NoticeBoard } from './notices';
import type { HostPlatform } from './platform';
import { createRouter, type Router } from './router';
import { openSettingsService, type SettingsService } from './settings-service';

export interface Host {
  router: Router;
  core: CoreWorkerHost;
  settings: SettingsService;
  notices: NoticeBoard;
  /** Stops watching the network and stops the core, closing its database cleanly. */
  stop(): Promise<void>;
}

export function createHost(platform: HostPlatform): Host {
  // The core learns the sync settings and the network state through the bridge (see core-sync-bridge.ts).
  const bridge = createCoreSyncBridge({ settings: () => settings.get(), isOnline: () => platform.online.isOnline() });
  // Each (re)started core gets the accounts' credentials from the host's secret store, in memory.
  const credentials = createAccountCredentialsBridge(platform.secrets);
  const notifier = platform.notify
    ? createNewArticleNotifier({ settings: () => settings.get(), core: () => core, show: platform.notify })
    : null;
  // Outermost, so the log sees every event the UI gets (sync summaries, core restarts, notices).
  const emit = logEvents(
    credentials.observe(bridge.observe(notifier ? notifier.observe(platform.deliverEvent) : platform.deliverEvent)),
  );
  const notices = new NoticeBoard(emit);
  const settings = openSettingsService({ open: () => platform.openSettingsStore(), notices, emit });
  const core = new CoreWorkerHost({
    workerPath: platform.workerPath,
    workerData: { ...platform.identity, logDir: platform.logDir },
    onEvent: emit,
    onLog: writeCoreRecord,
  });
  bridge.attach(core);
  credentials.attach(core);
  core.start();
  const online = platform.online.watch((state) => bridge.setOnline(state));
  const router = createRouter({
    host: createHostHandlers({
      settings,
      notices,
      openExternal: (url) => platform.openExternal(url),
      core: () => core,
      pickFile: (kind) => platform.pickFile(kind),
      saveExport: (token, options) => platform.saveExport(token, options),
      secrets: platform.secrets,
      passwordStorage: platform.passwordStorage,
    }),
    core,
  });
  return {
    router,
    core,
    settings,
    notices,
    async stop() {
      online.stop();
      await core.stop();
    },
  };
}
