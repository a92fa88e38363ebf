/**
 * Who may use the preview: holders of this run's cookie. Each run makes two random values: a token, printed in the
 * address `npm run preview` shows (`/?token=…`), and a cookie value. Opening the address exchanges the token for an
 * HttpOnly, SameSite=Strict cookie and redirects to `/`, so the token leaves the address bar, and the page never
 * holds either value (scripts cannot read an HttpOnly cookie; a hostile article that ran code would find nothing
 * to steal).
 *
 * The cookie is named for the port because cookies ignore ports: two previews on one machine must not accept each
 * other's visitors (each checks its own name and value), and a page on another port of 127.0.0.1 that sets a
 * cookie under this name only adds a wrong value beside the right one. It has no expiry, so it ends with the
 * browser session; a restarted preview makes new values, so an old cookie opens nothing.
 *
 * The token may be exchanged more than once while the run lasts, as a notebook server's token may. A single-use
 * token would lock out a reader who opens the address in a second browser or profile, or whose session cookie is
 * gone, until they restart the preview; and it would protect against no one who can see the address, since it is
 * only ever printed on the terminal of the person who started the preview, who can read the data folder anyway.
 * Other users and processes never see it: it is not on the command line, never in the page, never in a Referer
 * (the redirect drops it before the page loads, and every response says `Referrer-Policy: no-referrer`), and the
 * browser's history keeps it only in that person's own profile. The end-to-end tests and the UI benchmark rely on
 * this: each of their browser contexts opens the printed address, exactly as a reader would.
 */
import { randomBytes } from 'node:crypto';
import { sameSecret } from './request-guard';

export const TOKEN_PARAM = 'token';

export interface PreviewDoor {
  /** The address to print: the page, with the token that lets a browser in. */
  readonly entryUrl: string;
  readonly cookieName: string;
  /** The `Set-Cookie` value that lets a browser in, for the right token; null for any other. */
  exchange(token: string | null): string | null;
  /** Whether a request's `Cookie` header holds this run's cookie. */
  admits(cookieHeader: string | undefined): boolean;
}

export function createPreviewDoor(
  origin: string,
  port: number,
  random: () => string = () => randomBytes(32).toString('base64url'),
): PreviewDoor {
  const token = random();
  const cookieValue = random();
  const cookieName = `broadsheet_preview_${port}`;
  const setCookie = `${cookieName}=${cookieValue}; Path=/; HttpOnly; SameSite=Strict`;
  return {
    entryUrl: `${origin}/?${TOKEN_PARAM}=${token}`,
    cookieName,
    exchange: (presented) => (sameSecret(presented, token) ? setCookie : null),
    // Any matching value lets in: a cookie of the same name set by another port must not lock the reader out.
    admits: (header) => cookieValues(header, cookieName).some((value) => sameSecret(value, cookieValue)),
  };
}

/** Every value the `Cookie` header gives `name` (browsers send one per path and domain that matches). */
export function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  const values: string[] = [];
  for (const pair of header.split(';')) {
    const equals = pair.indexOf('=');
    if (equals !== -1 && pair.slice(0, equals).trim() === name) values.push(pair.slice(equals + 1).trim());
  }
  return values;
}
