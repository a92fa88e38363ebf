import { getCACertificates } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNetwork, type Network } from '../../../electron/core/net/network';
import { normalizeFingerprint, trustedCertificates } from '../../../electron/core/net/tls-trust';
import { TransportError, type TransportErrorCode } from '../../../electron/core/net/transport-error';
import { makeSelfSignedCert } from '../../support/self-signed-cert';
import { answer, startApiServer, type ApiServer } from './support/api-server';
import { startForwardProxy, type ForwardProxy } from './support/forward-proxy';

/**
 * Accounts' TLS against a local https server whose self-signed certificate is made here with the openssl command:
 * refused without a pin, accepted with its pin, and any other certificate refused before the request is sent —
 * directly and through a proxy's tunnel.
 */
let server: ApiServer;
let proxy: ForwardProxy;
let network: Network;
let fingerprint: string;

beforeAll(async () => {
  const made = makeSelfSignedCert();
  fingerprint = made.fingerprint;
  [server, proxy] = await Promise.all([startApiServer(made), startForwardProxy()]);
  server.route('/api', answer(200, 'secure answer'));
  network = createNetwork({ appVersion: '9.9.9-test', fetcher: { env: {}, connectTimeoutMs: 5_000 } });
});
afterAll(async () => {
  await network?.close();
  await Promise.all([server?.close(), proxy?.close()]);
});

const call = (transport: Network['transport'], url = `${server.origin}/api`) =>
  transport({ url, method: 'GET', headers: { Authorization: 'GoogleLogin auth=secret' } });

async function refusal(request: Promise<unknown>, code: TransportErrorCode): Promise<string> {
  const error = await request.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TransportError);
  expect((error as TransportError).code).toBe(code);
  return (error as TransportError).message;
}

describe('TLS for accounts', () => {
  it('refuses a certificate nobody vouches for, without sending the request', async () => {
    const seen = server.seen.length;
    expect(await refusal(call(network.transport), 'TLS')).toBe(
      `The secure connection to ${new URL(server.origin).host} failed: its certificate could not be verified. ` +
        'If the server uses a certificate of its own, pin its fingerprint.',
    );
    expect(server.seen.length).toBe(seen);
  });

  it.each([
    ['as shown by browsers and openssl', (pin: string) => pin],
    ['as bare lower-case hex', (pin: string) => pin.replace(/:/g, '').toLowerCase()],
  ])('accepts the self-signed certificate whose fingerprint is pinned, %s', async (_form, write) => {
    const response = await call(network.createTransport({ pinnedFingerprint: write(fingerprint) }));
    expect(response).toMatchObject({ status: 200, body: 'secure answer' });
  });

  it('refuses any other certificate when one is pinned, before the request is sent', async () => {
    const seen = server.seen.length;
    const other = `${fingerprint.slice(0, -2)}${fingerprint.endsWith('00') ? '01' : '00'}`;
    const message = await refusal(call(network.createTransport({ pinnedFingerprint: other })), 'CERTIFICATE_PIN');
    expect(message).toBe(
      `The certificate of ${new URL(server.origin).host} is not the one pinned for this server (it presented SHA-256 ${fingerprint}). ` +
        'If the server’s certificate was replaced, check the new one and pin its fingerprint.',
    );
    expect(server.seen.length).toBe(seen);
  });

  it('checks the pin through a proxy’s tunnel too', async () => {
    const proxied = createNetwork({ appVersion: '9.9.9-test', fetcher: { env: {}, connectTimeoutMs: 5_000 } });
    try {
      proxied.configureProxy(proxy.url);
      const pinned = proxied.createTransport({ pinnedFingerprint: fingerprint });
      expect(await call(pinned)).toMatchObject({ status: 200, body: 'secure answer' });
      await refusal(call(proxied.transport), 'TLS');
      const wrong = proxied.createTransport({ pinnedFingerprint: 'AB'.repeat(32) });
      await refusal(call(wrong), 'CERTIFICATE_PIN');
      expect(proxy.seen.map((seen) => seen.target)).toEqual(Array(3).fill(new URL(server.origin).host));
    } finally {
      await proxied.close();
    }
  });

  it('reaches a pinned server over https only, and refuses a pin that is not a SHA-256 fingerprint', async () => {
    const pinned = network.createTransport({ pinnedFingerprint: fingerprint });
    expect(await refusal(call(pinned, 'http://127.0.0.1:9/api'), 'CERTIFICATE_PIN')).toMatch(
      /only reaches it over https/,
    );
    for (const bad of ['', 'AB:CD', 'zz'.repeat(32), `${fingerprint}:00`])
      expect(() => network.createTransport({ pinnedFingerprint: bad })).toThrow(/64 hexadecimal digits/);
    expect(normalizeFingerprint(`SHA256 Fingerprint=${fingerprint.toLowerCase()}`)).toBe(fingerprint);
  });

  it('trusts Node’s roots and every root in the system’s store', () => {
    const trusted = new Set(trustedCertificates());
    const system = getCACertificates('system');
    for (const root of [...getCACertificates('bundled'), ...system]) expect(trusted.has(root)).toBe(true);
    console.log(`TLS trust: ${trusted.size} roots, ${system.length} from the system store`);
  });

  it('leaves feeds as they were: the fetcher refuses the self-signed certificate too', async () => {
    const result = await network.fetch(`${server.origin}/api`);
    expect(result).toMatchObject({ kind: 'error', code: 'TLS' });
  });
});
