/**
 * The contract methods answered by the host process itself (Electron main or
 * the preview server) rather than by the core worker.
 */
import type { Handlers, HostMethodName } from '../api/contract';
import { ApiError } from '../api/errors';
import { checkExternalUrl } from '../api/url-policy/external-policy';
import type { PasswordStorage } from '../api/methods/accounts';
import type { ExportSaveResult } from '../api/methods/exports';
import { createAccountHostHandlers } from './account-host-handlers';
import { createBackupHostHandlers, type BackupHostDependencies } from './backup-host-handlers';
import { logRendererError } from './log/renderer-errors';
import type { NoticeBoard } from './notices';
import type { SecretStore } from './platform';
import type { SettingsService } from './settings-service';

export interface HostDependencies {
  settings: SettingsService;
  notices: NoticeBoard;
  /** Opens an already-checked http(s) URL; returns false where the host cannot (the preview). */
  openExternal: (url: string) => Promise<boolean>;
  /** Hands a finished export to the reader (save dialog or download address). */
  saveExport: (token: string, options: { pdf: boolean }) => Promise<ExportSaveResult>;
  /** The core, for backup and restore (the host adds or applies the settings it owns) and the accounts' secrets. */
  core: BackupHostDependencies['core'];
  /** Asks for a backup or bookmarks file. */
  pickFile: BackupHostDependencies['pickFile'];
  /** Where accounts' passwords are kept (never the core's files). */
  secrets: SecretStore;
  /** How `secrets` protects them (the platform knows). */
  passwordStorage: PasswordStorage;
}

export function createHostHandlers({
  settings,
  notices,
  openExternal,
  saveExport,
  core,
  pickFile,
  secrets,
  passwordStorage,
}: HostDependencies): Handlers<HostMethodName> {
  return {
    ...createBackupHostHandlers({ settings, core, pickFile }),
    ...createAccountHostHandlers({ core, secrets }),
    'accounts.passwordStorage': () => passwordStorage,
    'app.listNotices': () => notices.list(),
    'app.dismissNotice': (id) => {
      notices.dismiss(id);
      return null;
    },
    'app.reportError': (report) => {
      logRendererError(report);
      return null;
    },
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'links.openExternal': async (raw) => {
      const verdict = checkExternalUrl(raw);
      if (!verdict.allowed) throw new ApiError('UNSAFE_URL', `This link was not opened: ${verdict.reason}.`);
      return { opened: await openExternal(verdict.url), url: verdict.url };
    },
    'exports.save': (token, options) => saveExport(token, options),
  };
}
