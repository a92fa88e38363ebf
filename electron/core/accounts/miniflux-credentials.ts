/**
 * How a Miniflux account signs in: with an API key (Miniflux's Settings → API Keys, sent as `X-Auth-Token`) or a
 * user name and password (HTTP Basic). The key travels where a password does — `password` in Add account, the
 * host's secret store, the core's memory — so the host keeps it exactly as it keeps a password; which of the two
 * the account uses is `auth` in the row's options (not a secret). With a key, the row's user is the one the server
 * names for it (`/v1/me`), so the account reads "Miniflux (alice)" and a key of another user is noticed.
 */
import type { AddAccountInput } from '../../api/methods/accounts';
import { createMinifluxClient } from '../miniflux/client';
import type { MinifluxCredentials } from '../miniflux/types';
import type { HttpTransport } from '../net/http-transport';
import type { TestedAccount } from './new-account';

export type MinifluxAuth = 'token' | 'password';

export function minifluxCredentials(auth: MinifluxAuth, user: string, secret: string): MinifluxCredentials {
  return auth === 'token' ? { kind: 'token', token: secret } : { kind: 'password', user, password: secret };
}

/** The row's `auth` option; a row without one (or unreadable) signs in with its user name and password. */
export function minifluxAuthOf(optionsText: string): MinifluxAuth {
  try {
    return (JSON.parse(optionsText) as { auth?: unknown } | null)?.auth === 'token' ? 'token' : 'password';
  } catch {
    return 'password';
  }
}

/** Asks `/v1/me` with what the reader typed: rejects with MinifluxAuthError when refused; answers the user. */
export async function testMinifluxCredentials(
  input: AddAccountInput,
  baseUrl: string,
  transport: HttpTransport,
): Promise<TestedAccount> {
  const auth: MinifluxAuth = input.kind === 'miniflux' ? input.auth : 'password';
  const client = createMinifluxClient({
    transport,
    baseUrl,
    credentials: minifluxCredentials(auth, input.user ?? '', input.password),
  });
  const me = await client.me();
  return { user: me.username };
}
