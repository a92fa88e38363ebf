/**
 * From what the reader typed to the News API's base URL, `<server>/index.php/apps/news/api/v1-3`
 * (docs/api/api-v1-3.md "Authentication & Basics"). Readers paste the Nextcloud's home page, the News app's page
 * (`…/index.php/apps/news/`), or a full API address of another version; all become the v1-3 base. Nextcloud in a
 * subfolder (`https://host/nextcloud`) keeps its path. Whether plain HTTP is allowed is the account's decision.
 */

export type NextcloudApiUrlOutcome = { ok: true; url: string } | { ok: false; message: string };

export const NEWS_API_PATH = '/index.php/apps/news/api/v1-3';

/** What may follow the Nextcloud's own path in a pasted address; cut off before the API path is added. */
const TAILS = [/\/index\.php(\/apps\/news(\/api(\/v[\d-]+)?)?(\/.*)?)?$/, /\/apps\/news(\/.*)?$/];

export function completeNextcloudApiUrl(typed: string | null | undefined): NextcloudApiUrlOutcome {
  const text = (typed ?? '').trim();
  if (text === '') return { ok: false, message: 'Nextcloud News needs the address of your Nextcloud.' };
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
  let path = url.pathname.replace(/\/+$/, '');
  for (const tail of TAILS) path = path.replace(tail, '');
  return { ok: true, url: `${url.protocol}//${url.host}${path.replace(/\/+$/, '')}${NEWS_API_PATH}` };
}
