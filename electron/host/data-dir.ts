/**
 * The per-user data folder, computed the way Electron's `app.getPath('userData')`
 * does for an app named Broadsheet, so the preview and the desktop app share it.
 */
import { posix, win32 } from 'node:path';

export const APP_NAME = 'Broadsheet';

export function defaultUserDataDir(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  homedir: string,
): string {
  if (platform === 'win32') return win32.join(env.APPDATA ?? win32.join(homedir, 'AppData', 'Roaming'), APP_NAME);
  const join = posix.join;
  if (platform === 'darwin') return join(homedir, 'Library', 'Application Support', APP_NAME);
  const configHome =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(homedir, '.config');
  return join(configHome, APP_NAME);
}
