/**
 * A pinned certificate's SHA-256 fingerprint, as the reader types it (the Add account form, `--pin-sha256`) and as
 * the network checks it (core/net/tls-trust.ts): one reading of the text for both, so what the form accepts is
 * exactly what the connection compares.
 */

/** What a fingerprint looks like, for the reader who typed something else. */
export const FINGERPRINT_FORMAT =
  'A certificate fingerprint is the SHA-256 of the certificate: 64 hexadecimal digits, in pairs separated by colons or not.';

/**
 * `AB:CD:…` (as browsers and `openssl x509 -fingerprint -sha256` show it, with or without openssl's
 * `SHA256 Fingerprint=` label) or bare hex, either case, as `AB:CD:…` in capitals; null if it is neither.
 */
export function normalizeFingerprint(raw: string): string | null {
  const hex = raw.trim().replace(/^sha-?256\s*(fingerprint)?\s*[:=]?\s*/i, '');
  if (!/^([0-9a-f]{2}:){31}[0-9a-f]{2}$/i.test(hex) && !/^[0-9a-f]{64}$/i.test(hex)) return null;
  return hex
    .replace(/:/g, '')
    .toUpperCase()
    .replace(/(..)(?!$)/g, '$1:');
}
