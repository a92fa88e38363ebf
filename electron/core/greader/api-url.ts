/**
 * From what the reader typed to the API endpoint the client calls. Readers paste a server's home page, its API
 * page's "Your API address", or a URL with `/reader/api/0` on the end; a known service's base URL is completed
 * (FreshRSS `https://host` → `https://host/api/greader.php`), a hosted service without an address gets its default.
 * Whether plain HTTP is allowed is the account's decision, not this one: here only "is this an http(s) address".
 */
import type { GReaderService } from './services';

export type ApiUrlOutcome = { ok: true; url: string } | { ok: false; message: string };

/** Paths a reader may have pasted past the endpoint; they are cut off. */
const TAILS = [/\/reader\/api\/0(\/.*)?$/, /\/accounts\/ClientLogin$/i];

export function completeApiUrl(service: GReaderService, typed: string | null | undefined): ApiUrlOutcome {
  const text = (typed ?? '').trim();
  if (text === '') {
    return service.defaultUrl === null
      ? { ok: false, message: `${service.label} needs the address of your server.` }
      : { ok: true, url: service.defaultUrl };
  }
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
  path = path.replace(/\/+$/, '');
  if (service.apiPath !== '' && !path.endsWith(service.apiPath)) {
    // FreshRSS installed at the root of its repository serves the API at /p/api/greader.php: a path that already
    // names greader.php is the endpoint, wherever it sits.
    if (!path.endsWith('/greader.php')) path += service.apiPath;
  }
  return { ok: true, url: `${url.protocol}//${url.host}${path}` };
}
