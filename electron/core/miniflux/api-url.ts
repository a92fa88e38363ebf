/**
 * From what the reader typed to the server's base address: Miniflux's API lives under `<base>/v1/`, and readers
 * paste the home page, a page inside it, or an API address (`…/v1/me`). Anything from `/v1` on is cut; a base path
 * (Miniflux behind `BASE_URL=https://host/rss/`) is kept. Whether plain HTTP is allowed is the account's decision.
 */

export type MinifluxUrlOutcome = { ok: true; url: string } | { ok: false; message: string };

export function completeMinifluxUrl(typed: string | null | undefined): MinifluxUrlOutcome {
  const text = (typed ?? '').trim();
  if (text === '') return { ok: false, message: 'Miniflux needs the address of your server.' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, message: `“${text}” is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'The server address must start with https:// or http://.' };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, message: 'Leave the user name and password out of the address; the form asks for them.' };
  }
  const path = url.pathname
    .replace(/\/v1(\/.*)?$/, '')
    .replace(/\/(unread|starred|history|feeds|categories|settings|login)(\/.*)?$/, '')
    .replace(/\/+$/, '');
  return { ok: true, url: `${url.protocol}//${url.host}${path}` };
}
