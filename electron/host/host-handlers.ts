import type { Handlers, HostMethodName } from '../api/contract';
import { ApiError } from '../api/errors';
import { checkExternalUrl } from '../api/external-url';
import type { NoticeBoard } from './notices';
import type { SettingsService } from './settings-service';

/**
 * The contract methods answered by the host process itself (Electron main or
 * the preview server) rather than by the core worker.
 */
export interface HostDependencies {
  settings: SettingsService;
  notices: NoticeBoard;
  /** Opens an already-checked http(s) URL; returns false where the host cannot (the preview). */
  openExternal: (url: string) => Promise<boolean>;
}

export function createHostHandlers({ settings, notices, openExternal }: HostDependencies): Handlers<HostMethodName> {
  return {
    'app.listNotices': () => notices.list(),
    'app.dismissNotice': (id) => {
      notices.dismiss(id);
      return null;
    },
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'links.openExternal': async (raw) => {
      const verdict = checkExternalUrl(raw);
      if (!verdict.allowed) throw new ApiError('UNSAFE_URL', `This link was not opened: ${verdict.reason}.`);
      return { opened: await openExternal(verdict.url), url: verdict.url };
    },
  };
}
