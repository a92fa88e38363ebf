/**
 * A self-signed certificate for 127.0.0.1, made at test time with the openssl command (part of every system the
 * suites run on, the Debian base image; a missing one fails the suite loudly), and its SHA-256 fingerprint as
 * browsers and `openssl x509 -fingerprint -sha256` show it (`AB:CD:…`).
 */
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from './temp-dir';

export interface SelfSignedCert {
  key: string;
  cert: string;
  fingerprint: string;
}

export function makeSelfSignedCert(): SelfSignedCert {
  const dir = makeTempDir();
  try {
    const [key, cert] = [join(dir.path, 'key.pem'), join(dir.path, 'cert.pem')];
    // prettier-ignore
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      { stdio: 'ignore' });
    const pem = { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
    return { ...pem, fingerprint: new X509Certificate(pem.cert).fingerprint256 };
  } finally {
    dir.cleanup();
  }
}
