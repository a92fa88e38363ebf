/**
 * Hands a link to the system browser, but only one the safe-URL policy allows,
 * and only in its normalized form. Every path out of the app (window.open, a
 * clicked link, the `links.openExternal` method, the Help menu) goes through here.
 */
import type { Shell } from 'electron';
import { checkExternalUrl } from '../api/url-policy/external-policy';

export type OpenExternal = (raw: string) => Promise<boolean>;

export function createOpenExternal(shell: Pick<Shell, 'openExternal'>): OpenExternal {
  return async (raw) => {
    const verdict = checkExternalUrl(raw);
    if (!verdict.allowed) return false;
    try {
      await shell.openExternal(verdict.url, { activate: true });
      return true;
    } catch {
      // No browser registered, or the OS refused: the caller reports "not opened".
      return false;
    }
  };
}
