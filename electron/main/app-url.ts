/**
 * Where the UI lives. It is served from a custom `app://` origin rather than
 * `file://`, so it gets a real origin (CSP 'self', same-origin checks) and no
 * access to the rest of the disk.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'broadsheet';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True only for URLs on the app's own origin: `app://broadsheet/...`. */
export function isAppUrl(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
