/**
 * Which certificates an account's server may present. Checks are never turned off. Without a pin the chain must
 * lead to a root Node ships or one the operating system trusts (a private CA the reader's company installed), and
 * the name must match. With a pinned SHA-256 fingerprint of the server's own certificate, exactly that certificate
 * is accepted — even one the server signed itself, which is what pinning a private server is for — and any other is
 * refused once the handshake ends, before a byte of the request is sent. The pin is checked on every new
 * connection, direct or tunnelled through a proxy, so no route skips it.
 */
// A namespace import: `getCACertificates` is missing before Node 22.15, which the CLI still runs on (22.13+), and a
// named import of it would stop the whole bundle from loading there.
import * as tls from 'node:tls';
import { buildConnector, Client, Pool, type Dispatcher, type EnvHttpProxyAgent } from 'undici';
import { normalizeFingerprint } from '../../api/certificate-fingerprint';
import { pinMessages, TransportError } from './transport-error';

export { normalizeFingerprint };

let secureContext: tls.SecureContext | undefined;

/** Node's roots (and NODE_EXTRA_CA_CERTS) plus the operating system's store, each certificate once; empty before 22.15. */
export function trustedCertificates(): string[] {
  const read = (tls as Partial<typeof tls>).getCACertificates;
  if (typeof read !== 'function') return [];
  return [...new Set([...safely(() => read('default')), ...safely(() => read('system'))])];
}

/** Built once: parsing some 700 roots for every connection would cost more than the request. */
function accountSecureContext(): tls.SecureContext {
  const ca = trustedCertificates();
  // Without the list (an older Node), Node's own roots apply, as for feeds.
  secureContext ??= tls.createSecureContext(ca.length > 0 ? { ca } : {});
  return secureContext;
}

/** The parsed form of a pin for `accountTls`; throws the reader's sentence when it is not a fingerprint. */
export function parsePin(raw: string): string {
  const pin = normalizeFingerprint(raw);
  if (!pin) throw new TypeError(pinMessages.invalid());
  return pin;
}

type TlsOptions = Pick<EnvHttpProxyAgent.Options, 'connect' | 'requestTls' | 'factory'>;

/** Dispatcher options for an account's connections: system roots, and with `pin` that one certificate only. */
export function accountTls(pin: string | null): TlsOptions {
  if (pin === null) {
    const tls = { secureContext: accountSecureContext() };
    return { connect: tls, requestTls: tls };
  }
  // The chain and name checks give way to the pin, which `pinnedFactory` checks on every connection. Sessions are not
  // resumed, so every connection shows its certificate.
  const tls = { secureContext: accountSecureContext(), rejectUnauthorized: false, maxCachedSessions: 0 };
  return { connect: tls, requestTls: tls, factory: pinnedFactory(pin) };
}

interface PoolOptions {
  connect?: buildConnector.BuildOptions | buildConnector.connector;
  connectTimeout?: number;
  connections?: number | null;
}

/** undici's own factory (a Client for one connection, else a Pool) with the pin checked on each new socket. */
function pinnedFactory(pin: string): NonNullable<TlsOptions['factory']> {
  return (origin, raw): Dispatcher => {
    const options = raw as PoolOptions;
    const connect = checkingPin(options, pin);
    return options.connections === 1
      ? new Client(origin, { ...(options as Client.Options), connect })
      : new Pool(origin, { ...(options as Pool.Options), connect });
  };
}

function checkingPin(options: PoolOptions, pin: string): buildConnector.connector {
  const base =
    typeof options.connect === 'function'
      ? options.connect
      : buildConnector({ ...(options.connectTimeout ? { timeout: options.connectTimeout } : {}), ...options.connect });
  return (connectOptions, callback) =>
    base(connectOptions, (error, socket) => {
      if (error || !socket) return callback(error ?? new Error('no socket'), null);
      if (!(socket instanceof tls.TLSSocket)) {
        socket.destroy();
        return callback(new TransportError('CERTIFICATE_PIN', pinMessages.httpsOnly()), null);
      }
      const actual = socket.getPeerCertificate().fingerprint256 ?? '';
      if (actual.toUpperCase() === pin) return callback(null, socket);
      socket.destroy();
      const host = connectOptions.port ? `${connectOptions.hostname}:${connectOptions.port}` : connectOptions.hostname;
      return callback(new TransportError('CERTIFICATE_PIN', pinMessages.mismatch(host, actual || 'none')), null);
    });
}

function safely(read: () => string[]): string[] {
  try {
    return read();
  } catch {
    // A system store that cannot be read leaves Node's own roots, as before accounts existed.
    return [];
  }
}
